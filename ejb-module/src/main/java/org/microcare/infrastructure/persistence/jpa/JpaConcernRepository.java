package org.microcare.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.microcare.domain.model.concern.CaseState;
import org.microcare.domain.model.concern.Concern;
import org.microcare.domain.model.concern.ConcernRepository;
import org.microcare.domain.model.concern.ReassessmentRequest;

@ApplicationScoped
public class JpaConcernRepository implements ConcernRepository {

    @PersistenceContext(unitName = "microcare")
    EntityManager em;

    @Override
    public List<Concern> concerns(String microEnterpriseId, String clientId, CaseState status, int max) {
        return em.createNamedQuery("Concern.search", Concern.class).setParameter("me", microEnterpriseId).setParameter("client", clientId)
                .setParameter("status", status).setMaxResults(max).getResultList();
    }

    @Override
    public List<Concern> openConcerns(int max) {
        return em.createNamedQuery("Concern.open", Concern.class).setMaxResults(max).getResultList();
    }

    @Override
    public long countOpenConcerns() {
        return em.createNamedQuery("Concern.countOpen", Long.class).getSingleResult();
    }

    @Override
    public Optional<Concern> concern(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Concern.class, id));
    }

    @Override
    public Optional<Concern> concernForChange(String id) {
        return id == null ? Optional.empty()
                : em.createNamedQuery("Concern.forChange", Concern.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public void add(Concern concern) {
        em.persist(concern);
    }

    @Override
    public List<ReassessmentRequest> reassessmentsOf(String clientId) {
        return em.createNamedQuery("ReassessmentRequest.ofClient", ReassessmentRequest.class).setParameter("client", clientId)
                .getResultList();
    }

    @Override
    public List<ReassessmentRequest> openReassessments(int max) {
        return em.createNamedQuery("ReassessmentRequest.open", ReassessmentRequest.class).setMaxResults(max).getResultList();
    }

    @Override
    public long countOpenReassessments() {
        return em.createNamedQuery("ReassessmentRequest.countOpen", Long.class).getSingleResult();
    }

    @Override
    public Optional<ReassessmentRequest> reassessment(String id) {
        return Optional.ofNullable(id == null ? null : em.find(ReassessmentRequest.class, id));
    }

    @Override
    public Optional<ReassessmentRequest> reassessmentForChange(String id) {
        return id == null ? Optional.empty() : em.createNamedQuery("ReassessmentRequest.forChange", ReassessmentRequest.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public void add(ReassessmentRequest request) {
        em.persist(request);
    }
}
