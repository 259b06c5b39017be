package org.microcare.infrastructure.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mysql.cj.jdbc.MysqlDataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microcare.testing.TestDatabase;

/**
 * A council schema that existed before V14 (MEs, evidence and a framework, no stored compliance ranges)
 * gets its ranges from the Java migration V14_1 when SchemaMigrator brings it up to date: the same
 * ranges the application computes.
 */
class ComplianceWindowBackfillIT {

    static TestDatabase.Server server;
    static String schema;
    static MysqlDataSource dataSource;

    @BeforeAll
    static void councilAtV13() throws Exception {
        server = TestDatabase.serverOrEmbedded();
        schema = "mcit_bf_" + UUID.randomUUID().toString().substring(0, 8);
        dataSource = new MysqlDataSource();
        dataSource.setUrl(server.urlFor(""));
        dataSource.setUser(server.user());
        dataSource.setPassword(server.password());
        Flyway.configure(SchemaMigrator.class.getClassLoader()).dataSource(dataSource).schemas(schema).defaultSchema(schema)
                .createSchemas(true).table(SchemaMigrator.HISTORY_TABLE).locations("classpath:db/tenant").target("13").load().migrate();
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("USE `" + schema + "`");
            s.execute("INSERT INTO framework_requirement (id, code, name, mandatory, effective_from) VALUES ('r1', 'DBS', 'DBS check', TRUE, '2024-01-01')");
            s.execute("INSERT INTO framework_requirement (id, code, name, mandatory, effective_from, medication_only)"
                    + " VALUES ('r2', 'MEDS', 'Medication training', TRUE, '2024-01-01', TRUE)");
            s.execute("INSERT INTO framework_requirement (id, code, name, mandatory, effective_from) VALUES ('r3', 'FOOD', 'Food hygiene', TRUE, '2024-01-01')");
            s.execute("INSERT INTO framework_requirement_service (id, requirement_id, service_code) VALUES ('rs3', 'r3', 'MEALS')");
            me(s, "carer", false, "CARE");
            me(s, "cook", true, "MEALS");
            me(s, "nothing-yet", false, "CARE");
            me(s, "developing", false, "CARE", "DEVELOPING");
            evidence(s, "e1", "carer", "DBS", "2024-02-01", "2027-02-01", null);
            evidence(s, "e0", "carer", "DBS", "2023-01-01", "2026-01-01", "e1");
            evidence(s, "e2", "cook", "DBS", "2024-02-01", null, null);
            evidence(s, "e3", "cook", "FOOD", "2024-03-01", "2025-03-01", null);
            evidence(s, "e4", "cook", "MEDS", "2024-02-15", null, null);
        }
    }

    static void me(Statement s, String id, boolean medication, String service) throws Exception {
        me(s, id, medication, service, "LISTED");
    }

    static void me(Statement s, String id, boolean medication, String service, String stage) throws Exception {
        s.execute("INSERT INTO micro_enterprise (id, trading_name, owner_name, postcode, hourly_rate, capacity_hours_per_week, personal_care,"
                + " medication, pets_ok, enquiry_date, stage, created_at, stage_since) VALUES ('" + id + "', '" + id + "', 'Owner', 'KA1 1AA', 20.00, 10,"
                + " FALSE, " + medication + ", FALSE, '2024-01-02', '" + stage + "', CURRENT_TIMESTAMP(3), '2024-01-02')");
        s.execute("INSERT INTO micro_enterprise_code (id, micro_enterprise_id, kind, code) VALUES ('" + UUID.randomUUID() + "', '" + id
                + "', 'SERVICE', '" + service + "')");
    }

    static void evidence(Statement s, String id, String me, String code, String checked, String expires, String supersededBy) throws Exception {
        s.execute("INSERT INTO compliance_evidence (id, micro_enterprise_id, requirement_code, checked_on, expires_on, recorded_by, recorded_at,"
                + " superseded_by) VALUES ('" + id + "', '" + me + "', '" + code + "', '" + checked + "', " + (expires == null ? "NULL" : "'" + expires + "'")
                + ", 'test', CURRENT_TIMESTAMP(3), " + (supersededBy == null ? "NULL" : "'" + supersededBy + "'") + ")");
    }

    @AfterAll
    static void drop() {
        if (schema != null) {
            new SchemaMigrator(dataSource).dropSchema(schema);
        }
    }

    @Test
    void theUpdateStoresEachMesRangesAsTheApplicationComputesThem() throws Exception {
        new SchemaMigrator(dataSource).migrateTenant(schema);
        assertEquals(List.of("1000-01-01..2024-01-01", "2024-02-01..2027-02-01"), ranges("carer"),
                "the superseded DBS check does not count; the medication and meals requirements do not apply");
        assertEquals(List.of("1000-01-01..2024-01-01", "2024-03-01..2025-03-01"), ranges("cook"), "a cook giving medication needs food hygiene and medication training too");
        assertEquals(List.of("1000-01-01..2024-01-01"), ranges("nothing-yet"), "compliant only before the framework came into force");
        assertEquals(List.of("1000-01-01..2024-01-01"), ranges("developing"));

        // V18: the directory's rows, derived from the listed MEs' ranges, names and services
        for (String me : List.of("carer", "cook", "nothing-yet")) {
            assertEquals(ranges(me), ranges("directory_listing", me, ""), me);
        }
        assertEquals(ranges("cook"), ranges("directory_offer", "cook", " AND service_code = 'MEALS' AND trading_name = 'cook'"));
        assertEquals(List.of(), ranges("directory_offer", "cook", " AND service_code <> 'MEALS'"));
        assertEquals(List.of(), ranges("directory_listing", "developing", ""), "not listed: not in the directory on any day");
        assertEquals(List.of(), ranges("directory_offer", "developing", ""));
    }

    static List<String> ranges(String me) throws Exception {
        return ranges("compliance_window", me, "");
    }

    static List<String> ranges(String table, String me, String and) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = server.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT valid_from, valid_to FROM `" + schema + "`." + table + " WHERE micro_enterprise_id = '" + me
                     + "'" + and + " ORDER BY valid_from")) {
            while (rs.next()) {
                out.add(rs.getString(1) + ".." + rs.getString(2));
            }
        }
        return out;
    }
}
