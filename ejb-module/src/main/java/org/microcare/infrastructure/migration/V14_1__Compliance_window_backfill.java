package org.microcare.infrastructure.migration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.microcare.domain.model.directory.ComplianceWindows;

/**
 * Fills {@code compliance_window} (V14) for the MEs a council already has, with the same computation
 * the application renews it with ({@link ComplianceWindows}); from then on the application keeps it.
 * Java because the computation is not one SQL statement. Registered with Flyway by {@link SchemaMigrator}.
 */
public class V14_1__Compliance_window_backfill extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        Map<String, Revision> revisions = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT r.id, r.code, r.effective_from, r.effective_to, r.medication_only, s.service_code"
                     + " FROM framework_requirement r LEFT JOIN framework_requirement_service s ON s.requirement_id = r.id"
                     + " WHERE r.mandatory = TRUE ORDER BY r.id")) {
            while (rs.next()) {
                Revision r = revisions.computeIfAbsent(rs.getString(1), k -> {
                    try {
                        return new Revision(rs.getString(2), rs.getDate(3).toLocalDate(), day(rs.getDate(4)), rs.getBoolean(5), new TreeSet<>());
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                if (rs.getString(6) != null) {
                    r.services().add(rs.getString(6));
                }
            }
        }
        List<ComplianceWindows.Requirement> requirements = revisions.values().stream()
                .map(r -> new ComplianceWindows.Requirement(r.code(), r.from(), r.to(), r.medicationOnly(), r.services())).toList();
        Map<String, Boolean> medication = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, medication FROM micro_enterprise ORDER BY id")) {
            while (rs.next()) {
                medication.put(rs.getString(1), rs.getBoolean(2));
            }
        }
        Map<String, List<String>> services = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT micro_enterprise_id, code FROM micro_enterprise_code WHERE kind = 'SERVICE'")) {
            while (rs.next()) {
                services.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        Map<String, List<ComplianceWindows.Evidence>> evidence = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT micro_enterprise_id, requirement_code, checked_on, expires_on FROM compliance_evidence"
                     + " WHERE superseded_by IS NULL")) {
            while (rs.next()) {
                evidence.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new ComplianceWindows.Evidence(rs.getString(2), rs.getDate(3).toLocalDate(), day(rs.getDate(4))));
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO compliance_window (id, micro_enterprise_id, valid_from, valid_to)"
                + " VALUES (?, ?, ?, ?)")) {
            int pending = 0;
            for (Map.Entry<String, Boolean> me : medication.entrySet()) {
                for (ComplianceWindows.Window w : ComplianceWindows.of(requirements, evidence.getOrDefault(me.getKey(), List.of()),
                        services.getOrDefault(me.getKey(), List.of()), me.getValue())) {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, me.getKey());
                    insert.setDate(3, Date.valueOf(w.from()));
                    insert.setDate(4, w.to() == null ? null : Date.valueOf(w.to()));
                    insert.addBatch();
                    if (++pending % 500 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }

    private record Revision(String code, LocalDate from, LocalDate to, boolean medicationOnly, Set<String> services) {
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
