package org.microcare.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.microcare.domain.model.user.CouncilUser;
import org.microcare.domain.model.user.CouncilUserRepository;
import org.microcare.domain.model.user.Role;
import org.microcare.infrastructure.tenancy.CouncilData;

@ApplicationScoped
public class JpaCouncilUserRepository implements CouncilUserRepository {

    @Inject
    @CouncilData
    EntityManager em;

    @Override
    public Optional<CouncilUser> findByUsername(String username) {
        return em.createQuery(CouncilUser.JPQL_FIND_BY_USERNAME, CouncilUser.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    @Override
    public List<CouncilUser> findAll() {
        return em.createQuery(CouncilUser.JPQL_FIND_ALL, CouncilUser.class).getResultList();
    }

    @Override
    public Optional<CouncilUser> find(String id) {
        return Optional.ofNullable(em.find(CouncilUser.class, id));
    }

    @Override
    public void add(CouncilUser user) {
        em.persist(user);
    }

    @Override
    public void recordFailedAttempt(String id) {
        em.createQuery("UPDATE CouncilUser u SET u.failedAttempts = u.failedAttempts + 1 WHERE u.id = :id")
                .setParameter("id", id).executeUpdate();
    }

    @Override
    public void clearFailedAttempts(String id) {
        em.createQuery("UPDATE CouncilUser u SET u.failedAttempts = 0 WHERE u.id = :id AND u.failedAttempts > 0")
                .setParameter("id", id).executeUpdate();
    }

    @Override
    public long countEnabledWithRole(Role role) {
        return findAll().stream().filter(u -> u.isEnabled() && u.hasRole(role)).count();
    }
}
