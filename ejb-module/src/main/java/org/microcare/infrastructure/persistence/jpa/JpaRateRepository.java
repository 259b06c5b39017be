package org.microcare.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.microcare.domain.model.programme.Rate;
import org.microcare.domain.model.programme.RateRepository;
import org.microcare.domain.model.programme.RateType;
import org.microcare.infrastructure.tenancy.CouncilData;

@ApplicationScoped
public class JpaRateRepository implements RateRepository {

    @Inject
    @CouncilData
    EntityManager em;

    @Override
    public List<Rate> all() {
        return em.createQuery(Rate.JPQL_ALL, Rate.class).getResultList();
    }

    @Override
    public List<Rate> ofType(RateType type) {
        return em.createQuery(Rate.JPQL_OF_TYPE, Rate.class).setParameter("type", type).getResultList();
    }

    @Override
    public Optional<Rate> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Rate.class, id));
    }

    @Override
    public void add(Rate rate) {
        em.persist(rate);
    }
}
