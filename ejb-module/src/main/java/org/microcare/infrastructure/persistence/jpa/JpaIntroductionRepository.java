package org.microcare.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.microcare.domain.model.introduction.Introduction;
import org.microcare.domain.model.introduction.IntroductionRepository;
import org.microcare.infrastructure.tenancy.CouncilData;

@ApplicationScoped
public class JpaIntroductionRepository implements IntroductionRepository {

    @Inject
    @CouncilData
    EntityManager em;

    @Override
    public List<Introduction> ofClient(String clientId) {
        return em.createQuery(Introduction.JPQL_OF_CLIENT, Introduction.class).setParameter("client", clientId).getResultList();
    }

    @Override
    public List<Introduction> ofMicroEnterprise(String microEnterpriseId) {
        return em.createQuery(Introduction.JPQL_OF_ME, Introduction.class).setParameter("me", microEnterpriseId).getResultList();
    }

    @Override
    public List<Introduction> open(String clientId, String microEnterpriseId) {
        return em.createQuery(Introduction.JPQL_OPEN, Introduction.class).setParameter("client", clientId)
                .setParameter("me", microEnterpriseId).getResultList();
    }

    @Override
    public Optional<Introduction> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Introduction.class, id));
    }

    @Override
    public Optional<Introduction> forChange(String id) {
        return id == null ? Optional.empty()
                : em.createQuery(Introduction.JPQL_FOR_CHANGE, Introduction.class).setLockMode(LockModeType.PESSIMISTIC_WRITE).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public void add(Introduction introduction) {
        em.persist(introduction);
    }
}
