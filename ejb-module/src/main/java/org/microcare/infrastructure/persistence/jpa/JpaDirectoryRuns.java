package org.microcare.infrastructure.persistence.jpa;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.microcare.domain.model.directory.DirectoryChange;
import org.microcare.domain.model.directory.DirectoryPresence;
import org.microcare.domain.model.directory.DirectoryRemovals;
import org.microcare.domain.model.directory.DirectoryRun;
import org.microcare.domain.model.directory.DirectoryRuns;
import org.microcare.infrastructure.tenancy.CouncilData;

@ApplicationScoped
public class JpaDirectoryRuns implements DirectoryRuns, DirectoryRemovals {

    @Inject
    @CouncilData
    EntityManager em;

    @Override
    public boolean ran(LocalDate day) {
        return em.find(DirectoryRun.class, day) != null;
    }

    @Override
    public DirectoryRun claim(LocalDate day, Instant at) {
        DirectoryRun run = new DirectoryRun(day, at);
        em.persist(run);
        em.flush();
        return run;
    }

    @Override
    public Map<String, LocalDate> presence() {
        return em.createQuery("SELECT p FROM DirectoryPresence p", DirectoryPresence.class).getResultStream()
                .collect(Collectors.toMap(DirectoryPresence::getMicroEnterpriseId, DirectoryPresence::getSince));
    }

    @Override
    public void appeared(String microEnterpriseId, LocalDate day) {
        em.persist(new DirectoryPresence(microEnterpriseId, day));
    }

    @Override
    public void disappeared(String microEnterpriseId) {
        DirectoryPresence p = em.find(DirectoryPresence.class, microEnterpriseId);
        if (p != null) {
            em.remove(p);
        }
    }

    @Override
    public void add(DirectoryChange change) {
        em.persist(change);
    }

    @Override
    public List<DirectoryChange> changesOf(String microEnterpriseId) {
        return em.createQuery(DirectoryChange.JPQL_OF_MICRO_ENTERPRISE, DirectoryChange.class).setParameter("id", microEnterpriseId)
                .getResultList();
    }

    @Override
    public List<Removal> between(LocalDate from, LocalDate to, int limit) {
        return em.createQuery(DirectoryChange.JPQL_REMOVALS, Object[].class).setParameter("from", from).setParameter("to", to)
                .setMaxResults(limit).getResultStream()
                .map(r -> new Removal((String) r[0], (String) r[1], (LocalDate) r[2], (String) r[3])).toList();
    }
}
