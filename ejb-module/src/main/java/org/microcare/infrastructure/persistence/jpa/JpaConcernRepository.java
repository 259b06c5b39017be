package org.microcare.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.microcare.domain.model.concern.CaseState;
import org.microcare.domain.model.concern.Concern;
import org.microcare.domain.model.concern.ConcernRepository;
import org.microcare.domain.model.concern.ReassessmentRequest;
import org.microcare.infrastructure.tenancy.CouncilData;

@ApplicationScoped
public class JpaConcernRepository implements ConcernRepository {

    @Inject
    @CouncilData
    EntityManager em;

    @Override
    public List<Concern> concerns(String microEnterpriseId, String clientId, CaseState status, int max) {
        return em.createQuery(Concern.JPQL_SEARCH, Concern.class).setParameter("me", microEnterpriseId).setParameter("client", clientId)
                .setParameter("status", status).setMaxResults(max).getResultList();
    }

    @Override
    public List<Concern> openConcerns(int max) {
        return em.createQuery(Concern.JPQL_OPEN, Concern.class).setMaxResults(max).getResultList();
    }

    @Override
    public long countOpenConcerns() {
        return em.createQuery(Concern.JPQL_COUNT_OPEN, Long.class).getSingleResult();
    }

    @Override
    public Optional<Concern> concern(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Concern.class, id));
    }

    @Override
    public Optional<Concern> concernForChange(String id) {
        return id == null ? Optional.empty()
                : em.createQuery(Concern.JPQL_FOR_CHANGE, Concern.class).setLockMode(LockModeType.PESSIMISTIC_WRITE).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public void add(Concern concern) {
        em.persist(concern);
    }

    @Override
    public List<ReassessmentRequest> reassessmentsOf(String clientId) {
        return em.createQuery(ReassessmentRequest.JPQL_OF_CLIENT, ReassessmentRequest.class).setParameter("client", clientId)
                .getResultList();
    }

    @Override
    public List<ReassessmentRequest> openReassessments(int max) {
        return em.createQuery(ReassessmentRequest.JPQL_OPEN, ReassessmentRequest.class).setMaxResults(max).getResultList();
    }

    @Override
    public long countOpenReassessments() {
        return em.createQuery(ReassessmentRequest.JPQL_COUNT_OPEN, Long.class).getSingleResult();
    }

    @Override
    public Optional<ReassessmentRequest> reassessment(String id) {
        return Optional.ofNullable(id == null ? null : em.find(ReassessmentRequest.class, id));
    }

    @Override
    public Optional<ReassessmentRequest> reassessmentForChange(String id) {
        return id == null ? Optional.empty() : em.createQuery(ReassessmentRequest.JPQL_FOR_CHANGE, ReassessmentRequest.class).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public void add(ReassessmentRequest request) {
        em.persist(request);
    }
}
