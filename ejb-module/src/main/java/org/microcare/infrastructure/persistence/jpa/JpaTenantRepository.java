package org.microcare.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.microcare.domain.model.tenant.Tenant;
import org.microcare.domain.model.tenant.TenantRepository;

@ApplicationScoped
public class JpaTenantRepository implements TenantRepository {

    @PersistenceContext(unitName = "microcare")
    EntityManager em;

    @Override
    public Optional<Tenant> find(String id) {
        return Optional.ofNullable(em.find(Tenant.class, id));
    }

    @Override
    public Optional<Tenant> findForUpdate(String id) {
        return Optional.ofNullable(em.find(Tenant.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Tenant> findAll() {
        return em.createNamedQuery("Tenant.findAll", Tenant.class).getResultList();
    }

    @Override
    public void add(Tenant tenant) {
        em.persist(tenant);
        try {
            em.flush(); // two operators onboarding the same id at once: the loser gets a conflict, not a commit failure
        } catch (jakarta.persistence.PersistenceException e) {
            throw org.microcare.infrastructure.persistence.DatabaseConflicts.of(e).map(RuntimeException.class::cast).orElse(e);
        }
    }
}
