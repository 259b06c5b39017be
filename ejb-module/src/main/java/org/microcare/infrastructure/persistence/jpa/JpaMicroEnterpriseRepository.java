package org.microcare.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.microcare.domain.model.microenterprise.MicroEnterprise;
import org.microcare.domain.model.microenterprise.MicroEnterpriseRepository;

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
    public void add(MicroEnterprise microEnterprise) {
        em.persist(microEnterprise);
    }
}
