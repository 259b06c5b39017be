package org.microcare.infrastructure.persistence.jpa;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The platform's connection pool. The URL's database is the platform schema (the tenant store);
 * council schemas sit beside it on the same server. The URL comes from MicroProfile Config
 * ({@code microcare.db.url}) and carries the account ({@code user=…&password=…}): the runnable
 * builds it from MICROCARE_DB_URL/_USER/_PASSWORD or its embedded database.
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
                "fish.payara.connection-validation-method=auto-commit",
                "fish.payara.fail-all-connections=true"
        })
@Singleton
public class MicrocareDataSource {
}
