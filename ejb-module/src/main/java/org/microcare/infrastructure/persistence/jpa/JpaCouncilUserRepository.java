package org.microcare.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.microcare.domain.model.user.CouncilUser;
import org.microcare.domain.model.user.CouncilUserRepository;

@ApplicationScoped
public class JpaCouncilUserRepository implements CouncilUserRepository {

    @PersistenceContext(unitName = "microcare")
    EntityManager em;

    @Override
    public Optional<CouncilUser> findByUsername(String username) {
        return em.createNamedQuery("CouncilUser.findByUsername", CouncilUser.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    @Override
    public List<CouncilUser> findAll() {
        return em.createNamedQuery("CouncilUser.findAll", CouncilUser.class).getResultList();
    }

    @Override
    public void add(CouncilUser user) {
        em.persist(user);
    }
}
