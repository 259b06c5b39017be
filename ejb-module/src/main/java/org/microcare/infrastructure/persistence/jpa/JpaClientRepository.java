package org.microcare.infrastructure.persistence.jpa;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import org.microcare.domain.model.client.Client;
import org.microcare.domain.model.client.ClientRepository;
import org.microcare.domain.model.client.ClientStatus;
import org.microcare.domain.model.client.RetentionRun;
import org.microcare.infrastructure.tenancy.CouncilData;

@ApplicationScoped
public class JpaClientRepository implements ClientRepository {

    @Inject
    @CouncilData
    EntityManager em;

    @Override
    public List<Client> page(ClientStatus status, int first, int size) {
        TypedQuery<Client> q = status == null ? em.createQuery(Client.JPQL_PAGE, Client.class)
                : em.createQuery(Client.JPQL_PAGE_BY_STATUS, Client.class).setParameter("status", status);
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count(ClientStatus status) {
        TypedQuery<Long> q = status == null ? em.createQuery(Client.JPQL_COUNT, Long.class)
                : em.createQuery(Client.JPQL_COUNT_BY_STATUS, Long.class).setParameter("status", status);
        return q.getSingleResult();
    }

    @Override
    public Optional<Client> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Client.class, id));
    }

    @Override
    public Optional<Client> findWithNeeds(String id) {
        // one row per combination of the three lists (a client has a few of each); the lists are built without repeats
        return id == null ? Optional.empty() : em.createQuery(Client.JPQL_WITH_NEEDS, Client.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Client> findForChange(String id) {
        return id == null ? Optional.empty() : em.createQuery(Client.JPQL_FOR_CHANGE, Client.class).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<Client> findByReference(String reference) {
        return em.createQuery(Client.JPQL_BY_REFERENCE, Client.class).setParameter("reference", reference).getResultStream().findFirst();
    }

    @Override
    public void add(Client client) {
        em.persist(client);
    }

    @Override
    public List<String> closedBefore(LocalDate closedBefore) {
        return em.createQuery(Client.JPQL_DUE_FOR_ERASURE, String.class).setParameter("closed", ClientStatus.CLOSED)
                .setParameter("closedBefore", closedBefore).getResultList();
    }

    @Override
    public boolean retentionRan(LocalDate day) {
        return em.find(RetentionRun.class, day) != null;
    }

    @Override
    public RetentionRun claimRetentionRun(LocalDate day, Instant at) {
        RetentionRun run = new RetentionRun(day, at);
        em.persist(run);
        em.flush();
        return run;
    }
}
