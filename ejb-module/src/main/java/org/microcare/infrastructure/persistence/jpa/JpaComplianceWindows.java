package org.microcare.infrastructure.persistence.jpa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import org.microcare.domain.model.directory.ComplianceWindowStore;
import org.microcare.domain.model.directory.ComplianceWindows;
import org.microcare.domain.model.microenterprise.CodeKind;
import org.microcare.infrastructure.tenancy.CouncilData;
import org.microcare.infrastructure.tenancy.SchemaNames;

/**
 * {@link ComplianceWindowStore} in JPQL, and the directory rows derived from the ranges in native SQL
 * ({@link #relist}). What the ranges depend on, and the stored ranges compared with
 * the new ones (only an ME whose ranges changed is written), are read with locking reads, which
 * see the latest committed rows and wait for uncommitted ones: a framework change and an ME's new
 * evidence committed at the same moment either follow one another or deadlock (one is refused with a
 * conflict), never leave ranges computed from an older snapshot.
 */
@ApplicationScoped
public class JpaComplianceWindows implements ComplianceWindowStore {

    /** MEs renewed per batch by {@link #renewAll()}: one read of each kind and one delete per batch. */
    static final int BATCH = 500;

    @Inject
    @CouncilData
    EntityManager em;

    @Override
    public void renew(String microEnterpriseId) {
        renew(List.of(microEnterpriseId), requirements());
        relist(microEnterpriseId);
    }

    @Override
    public void relist(String microEnterpriseId) {
        relist(List.of(microEnterpriseId));
    }

    @Override
    public int renewAll() {
        List<String> ids = em.createQuery("SELECT m.id FROM MicroEnterprise m ORDER BY m.id", String.class)
                .setLockMode(LockModeType.PESSIMISTIC_READ).getResultList();
        List<ComplianceWindows.Requirement> requirements = requirements();
        for (int from = 0; from < ids.size(); from += BATCH) {
            relist(renew(ids.subList(from, Math.min(ids.size(), from + BATCH)), requirements));
        }
        return ids.size();
    }

    /** Renews the ranges of these MEs; returns those whose ranges changed (written). */
    private Set<String> renew(List<String> ids, List<ComplianceWindows.Requirement> requirements) {
        Map<String, Boolean> medication = new LinkedHashMap<>();
        em.createQuery("SELECT m.id, m.medication FROM MicroEnterprise m WHERE m.id IN :ids", Object[].class).setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_READ).getResultList()
                .forEach(r -> medication.put((String) r[0], (Boolean) r[1]));
        Map<String, List<String>> services = new HashMap<>();
        em.createQuery("SELECT c.microEnterpriseId, c.code FROM MicroEnterpriseCode c WHERE c.microEnterpriseId IN :ids AND c.kind = :kind",
                        Object[].class).setParameter("ids", ids).setParameter("kind", CodeKind.SERVICE)
                .setLockMode(LockModeType.PESSIMISTIC_READ).getResultList()
                .forEach(r -> services.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]));
        Map<String, List<ComplianceWindows.Evidence>> evidence = new HashMap<>();
        em.createQuery("SELECT e.microEnterpriseId, e.requirementCode, e.checkedOn, e.expiresOn FROM ComplianceEvidence e"
                        + " WHERE e.microEnterpriseId IN :ids AND e.supersededBy IS NULL", Object[].class).setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_READ).getResultList()
                .forEach(r -> evidence.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                        .add(new ComplianceWindows.Evidence((String) r[1], (LocalDate) r[2], (LocalDate) r[3])));
        Map<String, List<ComplianceWindows.Window>> stored = new HashMap<>();
        em.createQuery("SELECT w.microEnterpriseId, w.validFrom, w.validTo FROM ComplianceWindow w WHERE w.microEnterpriseId IN :ids"
                        + " ORDER BY w.microEnterpriseId, w.validFrom", Object[].class).setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_READ).getResultList()
                .forEach(r -> stored.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                        .add(new ComplianceWindows.Window((LocalDate) r[1], (LocalDate) r[2])));
        Map<String, List<ComplianceWindows.Window>> changed = new LinkedHashMap<>();
        medication.forEach((id, gives) -> {
            List<ComplianceWindows.Window> now = ComplianceWindows.of(requirements, evidence.getOrDefault(id, List.of()),
                    services.getOrDefault(id, List.of()), gives);
            if (!now.equals(stored.getOrDefault(id, List.of()))) {
                changed.put(id, now);
            }
        });
        if (changed.isEmpty()) {
            return Set.of();
        }
        em.createQuery("DELETE FROM ComplianceWindow w WHERE w.microEnterpriseId IN :ids").setParameter("ids", List.copyOf(changed.keySet()))
                .executeUpdate();
        insert(changed);
        return changed.keySet();
    }

    /**
     * Rewrites the directory rows of these MEs ({@code directory_listing}, {@code directory_offer}, V18) from what
     * they are derived from, as the database holds it now (the transaction's changes flushed first): the ME's
     * stage and trading name, its service codes and its stored ranges. Two deletes and two {@code INSERT … SELECT}s,
     * the same statements as the migration's backfill, so the rows cannot be derived two ways.
     */
    private void relist(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        em.flush();
        String s = "`" + SchemaNames.boundTo(em) + "`.";
        String in = " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        String listed = " FROM " + s + "micro_enterprise m JOIN " + s + "compliance_window w ON w.micro_enterprise_id = m.id";
        for (String sql : List.of(
                "DELETE FROM " + s + "directory_offer WHERE micro_enterprise_id" + in,
                "DELETE FROM " + s + "directory_listing WHERE micro_enterprise_id" + in,
                "INSERT INTO " + s + "directory_listing (micro_enterprise_id, valid_from, valid_to, trading_name)"
                        + " SELECT m.id, w.valid_from, w.valid_to, m.trading_name" + listed + " WHERE m.stage = 'LISTED' AND m.id" + in,
                "INSERT INTO " + s + "directory_offer (micro_enterprise_id, service_code, valid_from, valid_to, trading_name)"
                        + " SELECT m.id, c.code, w.valid_from, w.valid_to, m.trading_name" + listed + " JOIN " + s + "micro_enterprise_code c"
                        + " ON c.micro_enterprise_id = m.id AND c.kind = 'SERVICE' WHERE m.stage = 'LISTED' AND m.id" + in)) {
            Query statement = em.createNativeQuery(sql);
            int i = 1;
            for (String id : ids) {
                statement.setParameter(i++, id);
            }
            statement.executeUpdate();
        }
    }

    /**
     * The new ranges in one multi-row INSERT: persisting them one entity at a time took most of a framework
     * change in a council of 10,000 MEs (docs/benchmarks.md). Native SQL names the council's schema, which is
     * the tenant id the transaction was bound to after it matched the tenant store, checked again here.
     */
    private void insert(Map<String, List<ComplianceWindows.Window>> ranges) {
        String schema = SchemaNames.boundTo(em);
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder("INSERT INTO `").append(schema).append("`.compliance_window (id, micro_enterprise_id, valid_from, valid_to) VALUES ");
        ranges.forEach((id, windows) -> windows.forEach(w -> {
            sql.append(values.isEmpty() ? "" : ", ").append(w.to() == null ? "(?, ?, ?, NULL)" : "(?, ?, ?, ?)");
            values.add(UUID.randomUUID().toString());
            values.add(id);
            values.add(java.sql.Date.valueOf(w.from()));
            if (w.to() != null) {
                values.add(java.sql.Date.valueOf(w.to()));
            }
        }));
        if (values.isEmpty()) {
            return;
        }
        Query insert = em.createNativeQuery(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            insert.setParameter(i + 1, values.get(i));
        }
        insert.executeUpdate();
    }

    /** Every revision of every mandatory requirement, past, present and coming, with the services it is limited to. */
    private List<ComplianceWindows.Requirement> requirements() {
        record Revision(String code, LocalDate from, LocalDate to, boolean medicationOnly, Set<String> services) {
        }
        Map<String, Revision> byId = new LinkedHashMap<>();
        em.createQuery("SELECT r.id, r.code, r.effectiveFrom, r.effectiveTo, r.medicationOnly, s.serviceCode FROM FrameworkRequirement r"
                        + " LEFT JOIN r.appliesToServices s WHERE r.mandatory = TRUE ORDER BY r.id", Object[].class)
                .setLockMode(LockModeType.PESSIMISTIC_READ).getResultList()
                .forEach(r -> {
                    Revision revision = byId.computeIfAbsent((String) r[0],
                            k -> new Revision((String) r[1], (LocalDate) r[2], (LocalDate) r[3], (Boolean) r[4], new TreeSet<>()));
                    if (r[5] != null) {
                        revision.services().add((String) r[5]);
                    }
                });
        return byId.values().stream()
                .map(r -> new ComplianceWindows.Requirement(r.code(), r.from(), r.to(), r.medicationOnly(), r.services())).toList();
    }
}
