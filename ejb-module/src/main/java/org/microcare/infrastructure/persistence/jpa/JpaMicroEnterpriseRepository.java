package org.microcare.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import org.microcare.domain.model.microenterprise.Absence;
import org.microcare.domain.model.microenterprise.ComplianceEvidence;
import org.microcare.domain.model.microenterprise.MicroEnterprise;
import org.microcare.domain.model.microenterprise.MicroEnterpriseRepository;
import org.microcare.domain.model.microenterprise.Stage;
import org.microcare.domain.model.microenterprise.StageChange;
import org.microcare.domain.model.microenterprise.SupportSession;
import org.microcare.infrastructure.tenancy.CouncilData;

@ApplicationScoped
public class JpaMicroEnterpriseRepository implements MicroEnterpriseRepository {

    @Inject
    @CouncilData
    EntityManager em;

    @Override
    public List<MicroEnterprise> page(Stage stage, String name, int first, int max) {
        TypedQuery<MicroEnterprise> q = em.createQuery("SELECT m FROM MicroEnterprise m" + where(stage, name) + " ORDER BY m.tradingName, m.id",
                MicroEnterprise.class);
        bind(q, stage, name);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(Stage stage, String name) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(m) FROM MicroEnterprise m" + where(stage, name), Long.class);
        bind(q, stage, name);
        return q.getSingleResult();
    }

    private static String where(Stage stage, String name) {
        List<String> conditions = new java.util.ArrayList<>();
        if (stage != null) {
            conditions.add("m.stage = :stage");
        }
        if (name != null && !name.isBlank()) {
            conditions.add("(LOWER(m.tradingName) LIKE :name ESCAPE '!' OR LOWER(m.ownerName) LIKE :name ESCAPE '!')");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(TypedQuery<?> q, Stage stage, String name) {
        if (stage != null) {
            q.setParameter("stage", stage);
        }
        if (name != null && !name.isBlank()) {
            q.setParameter("name", "%" + name.trim().toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
    }

    @Override
    public java.util.Map<String, String> tradingNames(java.util.Collection<String> ids) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT m.id, m.tradingName FROM MicroEnterprise m WHERE m.id IN :ids", Object[].class)
                    .setParameter("ids", List.copyOf(ids)).getResultList().forEach(r -> out.put((String) r[0], (String) r[1]));
        }
        return out;
    }

    @Override
    public List<String[]> choosable(int max) {
        return em.createQuery("SELECT m.id, m.tradingName FROM MicroEnterprise m WHERE m.stage <> :left ORDER BY m.tradingName, m.id", Object[].class)
                .setParameter("left", Stage.LEFT).setMaxResults(max).getResultList().stream()
                .map(r -> new String[] {(String) r[0], (String) r[1]}).toList();
    }

    @Override
    public Optional<MicroEnterprise> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(MicroEnterprise.class, id));
    }

    @Override
    public Optional<MicroEnterprise> findForChange(String id) {
        return id == null ? Optional.empty() : em.createQuery(MicroEnterprise.JPQL_FOR_CHANGE, MicroEnterprise.class).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public void add(MicroEnterprise microEnterprise) {
        em.persist(microEnterprise);
    }

    @Override
    public void add(StageChange change) {
        em.persist(change);
    }

    @Override
    public List<StageChange> timeline(String microEnterpriseId) {
        return em.createQuery(StageChange.JPQL_OF_MICRO_ENTERPRISE, StageChange.class).setParameter("id", microEnterpriseId).getResultList();
    }

    @Override
    public int movesOf(String microEnterpriseId) {
        return em.createQuery(StageChange.JPQL_COUNT_OF, Long.class).setParameter("id", microEnterpriseId).getSingleResult().intValue();
    }

    @Override
    public void add(ComplianceEvidence evidence) {
        em.persist(evidence);
    }

    @Override
    public Optional<ComplianceEvidence> evidence(String evidenceId) {
        return Optional.ofNullable(evidenceId == null ? null : em.find(ComplianceEvidence.class, evidenceId));
    }

    @Override
    public List<ComplianceEvidence> evidenceOf(String microEnterpriseId) {
        return em.createQuery(ComplianceEvidence.JPQL_OF_MICRO_ENTERPRISE, ComplianceEvidence.class)
                .setParameter("id", microEnterpriseId).getResultList();
    }

    @Override
    public void add(SupportSession session) {
        em.persist(session);
    }

    @Override
    public List<SupportSession> sessionsOf(String microEnterpriseId) {
        return em.createQuery(SupportSession.JPQL_OF_MICRO_ENTERPRISE, SupportSession.class)
                .setParameter("id", microEnterpriseId).getResultList();
    }

    @Override
    public void add(Absence absence) {
        em.persist(absence);
    }

    @Override
    public Optional<Absence> absence(String absenceId) {
        return Optional.ofNullable(absenceId == null ? null : em.find(Absence.class, absenceId));
    }

    @Override
    public List<Absence> absencesOf(String microEnterpriseId) {
        return em.createQuery(Absence.JPQL_OF_MICRO_ENTERPRISE, Absence.class).setParameter("id", microEnterpriseId).getResultList();
    }
}
