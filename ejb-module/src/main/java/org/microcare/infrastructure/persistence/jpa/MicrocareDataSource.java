package org.microcare.infrastructure.persistence.jpa;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The platform's connection pool. The URL's database is the platform schema (the tenant store);
 * council schemas sit beside it on the same server. The URL comes from MicroProfile Config
 * ({@code microcare.db.url}) and carries the account ({@code user=…&password=…}): the runnable
 * builds it from MICROCARE_DB_URL/_USER/_PASSWORD or its embedded database.
 * <p>
 * Every connection is checked when the pool hands it out, and a failed check closes them all: by {@code Connection.isValid}
 * (Connector/J sends one protocol ping), not by turning auto-commit off and on (two statements; a council request takes a
 * connection three times). Checking at most every 30 s instead ({@code validate-atmost-once-period-in-seconds}) made every
 * council request fail for up to 30 s after a database restart (docs/benchmarks.md, "Round trips of a matches request";
 * RecoveryIT drops the pool's connections under a running platform).
 * <p>
 * An EJB only so that a full-profile server reads the definition in the EAR's EJB module, where
 * annotations on plain classes are not processed.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/microcare",
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=microcare.db.url}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"
        })
@Singleton
public class MicrocareDataSource {
}
