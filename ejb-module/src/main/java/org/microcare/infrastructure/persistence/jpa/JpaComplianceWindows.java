package org.microcare.infrastructure.persistence.jpa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.microcare.domain.model.directory.ComplianceWindow;
import org.microcare.domain.model.directory.ComplianceWindowStore;
import org.microcare.domain.model.directory.ComplianceWindows;
import org.microcare.domain.model.microenterprise.CodeKind;

/**
 * {@link ComplianceWindowStore} in JPQL. What the ranges depend on is read with locking reads, which
 * see the latest committed rows and wait for uncommitted ones: a framework change and an ME's new
 * evidence committed at the same moment either follow one another or deadlock (one is refused with a
 * conflict), never leave ranges computed from an older snapshot.
 */
@ApplicationScoped
public class JpaComplianceWindows implements ComplianceWindowStore {

    /** MEs renewed per batch by {@link #renewAll()}: one read of each kind and one delete per batch. */
    static final int BATCH = 500;

    @PersistenceContext(unitName = "microcare")
    EntityManager em;

    @Override
    public void renew(String microEnterpriseId) {
        renew(List.of(microEnterpriseId), requirements());
    }

    @Override
    public int renewAll() {
        List<String> ids = em.createQuery("SELECT m.id FROM MicroEnterprise m ORDER BY m.id", String.class)
                .setLockMode(LockModeType.PESSIMISTIC_READ).getResultList();
        List<ComplianceWindows.Requirement> requirements = requirements();
        for (int from = 0; from < ids.size(); from += BATCH) {
            renew(ids.subList(from, Math.min(ids.size(), from + BATCH)), requirements);
        }
        return ids.size();
    }

    private void renew(List<String> ids, List<ComplianceWindows.Requirement> requirements) {
        Map<String, Boolean> medication = new LinkedHashMap<>();
        em.createQuery("SELECT m.id, m.medication FROM MicroEnterprise m WHERE m.id IN :ids", Object[].class).setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_READ).getResultList()
                .forEach(r -> medication.put((String) r[0], (Boolean) r[1]));
        Map<String, List<String>> services = new HashMap<>();
        em.createQuery("SELECT c.microEnterprise.id, c.code FROM MicroEnterpriseCode c WHERE c.microEnterprise.id IN :ids AND c.kind = :kind",
                        Object[].class).setParameter("ids", ids).setParameter("kind", CodeKind.SERVICE)
                .setLockMode(LockModeType.PESSIMISTIC_READ).getResultList()
                .forEach(r -> services.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]));
        Map<String, List<ComplianceWindows.Evidence>> evidence = new HashMap<>();
        em.createQuery("SELECT e.microEnterpriseId, e.requirementCode, e.checkedOn, e.expiresOn FROM ComplianceEvidence e"
                        + " WHERE e.microEnterpriseId IN :ids AND e.supersededBy IS NULL", Object[].class).setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_READ).getResultList()
                .forEach(r -> evidence.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                        .add(new ComplianceWindows.Evidence((String) r[1], (LocalDate) r[2], (LocalDate) r[3])));
        em.createQuery("DELETE FROM ComplianceWindow w WHERE w.microEnterpriseId IN :ids").setParameter("ids", ids).executeUpdate();
        medication.forEach((id, gives) -> ComplianceWindows.of(requirements, evidence.getOrDefault(id, List.of()),
                services.getOrDefault(id, List.of()), gives).forEach(w -> em.persist(new ComplianceWindow(id, w))));
        em.flush();
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
