package org.microcare.infrastructure.persistence.jpa;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.microcare.domain.model.programme.FrameworkRepository;
import org.microcare.domain.model.programme.FrameworkRequirement;
import org.microcare.domain.model.programme.FrameworkVersion;
import org.microcare.infrastructure.tenancy.CouncilData;

@ApplicationScoped
public class JpaFrameworkRepository implements FrameworkRepository {

    @Inject
    @CouncilData
    EntityManager em;

    @Override
    public List<FrameworkRequirement> inForceOn(LocalDate day) {
        return em.createQuery(FrameworkRequirement.JPQL_IN_FORCE_ON, FrameworkRequirement.class).setParameter("day", day).getResultList();
    }

    @Override
    public List<FrameworkRequirement> open() {
        return em.createQuery(FrameworkRequirement.JPQL_OPEN, FrameworkRequirement.class).getResultList();
    }

    @Override
    public Optional<FrameworkRequirement> latest(String code) {
        return em.createQuery(FrameworkRequirement.JPQL_LATEST, FrameworkRequirement.class).setParameter("code", code)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public void add(FrameworkRequirement requirement) {
        em.persist(requirement);
    }

    @Override
    public List<FrameworkVersion> history() {
        return em.createQuery(FrameworkVersion.JPQL_HISTORY, FrameworkVersion.class).getResultList();
    }

    @Override
    public int latestVersionNumber() {
        Integer max = em.createQuery(FrameworkVersion.JPQL_LATEST_NUMBER, Integer.class).getSingleResult();
        return max == null ? 0 : max;
    }

    @Override
    public void add(FrameworkVersion version) {
        em.persist(version);
    }
}
