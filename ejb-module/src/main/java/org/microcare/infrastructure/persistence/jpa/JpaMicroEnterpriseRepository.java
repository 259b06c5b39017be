package org.microcare.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.microcare.domain.model.microenterprise.Absence;
import org.microcare.domain.model.microenterprise.ComplianceEvidence;
import org.microcare.domain.model.microenterprise.MicroEnterprise;
import org.microcare.domain.model.microenterprise.MicroEnterpriseRepository;
import org.microcare.domain.model.microenterprise.StageChange;
import org.microcare.domain.model.microenterprise.SupportSession;

@ApplicationScoped
public class JpaMicroEnterpriseRepository implements MicroEnterpriseRepository {

    @PersistenceContext(unitName = "microcare")
    EntityManager em;

    @Override
    public List<MicroEnterprise> all() {
        return em.createNamedQuery("MicroEnterprise.all", MicroEnterprise.class).getResultList();
    }

    @Override
    public Optional<MicroEnterprise> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(MicroEnterprise.class, id));
    }

    @Override
    public Optional<MicroEnterprise> findForChange(String id) {
        return id == null ? Optional.empty() : em.createNamedQuery("MicroEnterprise.forChange", MicroEnterprise.class)
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
        return em.createNamedQuery("StageChange.ofMicroEnterprise", StageChange.class).setParameter("id", microEnterpriseId).getResultList();
    }

    @Override
    public int movesOf(String microEnterpriseId) {
        return em.createNamedQuery("StageChange.countOf", Long.class).setParameter("id", microEnterpriseId).getSingleResult().intValue();
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
        return em.createNamedQuery("ComplianceEvidence.ofMicroEnterprise", ComplianceEvidence.class)
                .setParameter("id", microEnterpriseId).getResultList();
    }

    @Override
    public void add(SupportSession session) {
        em.persist(session);
    }

    @Override
    public List<SupportSession> sessionsOf(String microEnterpriseId) {
        return em.createNamedQuery("SupportSession.ofMicroEnterprise", SupportSession.class)
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
        return em.createNamedQuery("Absence.ofMicroEnterprise", Absence.class).setParameter("id", microEnterpriseId).getResultList();
    }
}
