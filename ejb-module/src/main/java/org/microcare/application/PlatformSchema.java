package org.microcare.application;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.microcare.infrastructure.migration.SchemaMigrator;

/** The name of the platform schema (the database in the connection URL), read once. */
@ApplicationScoped
public class PlatformSchema {

    @Resource(lookup = "java:app/jdbc/microcare")
    DataSource dataSource;

    private volatile String name;

    public String name() {
        String n = name;
        if (n == null) {
            n = new SchemaMigrator(dataSource).platformSchema();
            name = n;
        }
        return n;
    }
}
