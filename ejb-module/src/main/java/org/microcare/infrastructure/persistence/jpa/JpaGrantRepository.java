package org.microcare.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.microcare.domain.model.programme.GrantApplication;
import org.microcare.domain.model.programme.GrantRepository;
import org.microcare.domain.model.programme.GrantScheme;
import org.microcare.infrastructure.tenancy.CouncilData;

@ApplicationScoped
public class JpaGrantRepository implements GrantRepository {

    @Inject
    @CouncilData
    EntityManager em;

    @Override
    public List<GrantScheme> schemes() {
        return em.createQuery(GrantScheme.JPQL_ALL, GrantScheme.class).getResultList();
    }

    @Override
    public Optional<GrantScheme> scheme(String id) {
        return Optional.ofNullable(id == null ? null : em.find(GrantScheme.class, id));
    }

    @Override
    public Optional<GrantScheme> schemeForDecision(String id) {
        return Optional.ofNullable(id == null ? null : em.find(GrantScheme.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<GrantScheme> schemeByName(String name) {
        return em.createQuery(GrantScheme.JPQL_BY_NAME, GrantScheme.class).setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public void add(GrantScheme scheme) {
        em.persist(scheme);
    }

    @Override
    public List<GrantApplication> applications(String schemeId) {
        return em.createQuery(GrantApplication.JPQL_OF_SCHEME, GrantApplication.class).setParameter("scheme", schemeId).getResultList();
    }

    @Override
    public List<GrantApplication> applicationsOf(String microEnterpriseId) {
        return em.createQuery(GrantApplication.JPQL_OF_MICRO_ENTERPRISE, GrantApplication.class)
                .setParameter("me", microEnterpriseId).getResultList();
    }

    @Override
    public Optional<GrantApplication> application(String id) {
        return Optional.ofNullable(id == null ? null : em.find(GrantApplication.class, id));
    }

    @Override
    public void add(GrantApplication application) {
        em.persist(application);
    }

    @Override
    public Optional<GrantScheme> schemeOfApplicationForDecision(String applicationId) {
        return em.createQuery("SELECT s FROM GrantScheme s, GrantApplication a WHERE a.schemeId = s.id AND a.id = :id", GrantScheme.class)
                .setParameter("id", applicationId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }
}
