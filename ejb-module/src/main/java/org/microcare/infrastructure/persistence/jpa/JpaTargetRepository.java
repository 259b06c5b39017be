package org.microcare.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.microcare.domain.model.programme.Target;
import org.microcare.domain.model.programme.TargetRepository;
import org.microcare.infrastructure.tenancy.CouncilData;

@ApplicationScoped
public class JpaTargetRepository implements TargetRepository {

    @Inject
    @CouncilData
    EntityManager em;

    @Override
    public List<Target> all() {
        return em.createQuery(Target.JPQL_ALL, Target.class).getResultList();
    }

    @Override
    public Optional<Target> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Target.class, id));
    }

    @Override
    public void add(Target target) {
        em.persist(target);
    }

    @Override
    public void remove(Target target) {
        em.remove(target);
    }
}
