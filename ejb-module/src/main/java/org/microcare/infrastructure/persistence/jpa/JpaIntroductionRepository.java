package org.microcare.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.microcare.domain.model.introduction.Introduction;
import org.microcare.domain.model.introduction.IntroductionRepository;

@ApplicationScoped
public class JpaIntroductionRepository implements IntroductionRepository {

    @PersistenceContext(unitName = "microcare")
    EntityManager em;

    @Override
    public List<Introduction> ofClient(String clientId) {
        return em.createNamedQuery("Introduction.ofClient", Introduction.class).setParameter("client", clientId).getResultList();
    }

    @Override
    public List<Introduction> ofMicroEnterprise(String microEnterpriseId) {
        return em.createNamedQuery("Introduction.ofMe", Introduction.class).setParameter("me", microEnterpriseId).getResultList();
    }

    @Override
    public List<Introduction> open(String clientId, String microEnterpriseId) {
        return em.createNamedQuery("Introduction.open", Introduction.class).setParameter("client", clientId)
                .setParameter("me", microEnterpriseId).getResultList();
    }

    @Override
    public Optional<Introduction> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Introduction.class, id));
    }

    @Override
    public Optional<Introduction> forChange(String id) {
        return id == null ? Optional.empty()
                : em.createNamedQuery("Introduction.forChange", Introduction.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public void add(Introduction introduction) {
        em.persist(introduction);
    }
}
