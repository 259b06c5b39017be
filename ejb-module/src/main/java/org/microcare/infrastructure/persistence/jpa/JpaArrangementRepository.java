package org.microcare.infrastructure.persistence.jpa;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import org.microcare.domain.model.arrangement.Arrangement;
import org.microcare.domain.model.arrangement.ArrangementRepository;
import org.microcare.domain.model.arrangement.Load;
import org.microcare.domain.model.arrangement.MonthlyHours;
import org.microcare.infrastructure.tenancy.CouncilData;

/**
 * Arrangements in JPQL. The list filters and pages in the database. The peak of committed hours is
 * two queries: the hours active on the first day, and for each other arrangement of the ME starting
 * within the period the hours active on its first day, the largest first (committed hours only rise on
 * a day an arrangement starts, so these days are the only candidates for the peak).
 */
@ApplicationScoped
public class JpaArrangementRepository implements ArrangementRepository {

    /** Stands for "leave none out" in {@code a.id <> :except}: no arrangement has an empty id. */
    private static final String NONE = "";

    @Inject
    @CouncilData
    EntityManager em;

    @Override
    public List<Arrangement> page(Filter filter, int first, int size) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Arrangement> q = em.createQuery("SELECT a FROM Arrangement a" + where(filter, params)
                + " ORDER BY a.startsOn DESC, a.createdAt DESC, a.id", Arrangement.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(a) FROM Arrangement a" + where(filter, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    @Override
    public List<Arrangement> runningAfter(String clientId, LocalDate day) {
        return em.createQuery("SELECT a FROM Arrangement a WHERE a.clientId = :client AND (a.endsOn IS NULL OR a.endsOn > :day)"
                + " ORDER BY a.startsOn, a.id", Arrangement.class).setParameter("client", clientId).setParameter("day", day).getResultList();
    }

    private static String where(Filter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        if (f.clientId() != null) {
            w.append(" AND a.clientId = :client");
            params.put("client", f.clientId());
        }
        if (f.microEnterpriseId() != null) {
            w.append(" AND a.microEnterpriseId = :me");
            params.put("me", f.microEnterpriseId());
        }
        if (f.activeOn() != null) {
            w.append(" AND a.startsOn <= :day AND (a.endsOn IS NULL OR a.endsOn >= :day)");
            params.put("day", f.activeOn());
        }
        return w.toString();
    }

    @Override
    public Optional<Arrangement> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Arrangement.class, id));
    }

    @Override
    public Optional<Arrangement> findForChange(String id) {
        return id == null ? Optional.empty() : em.createQuery(Arrangement.JPQL_FOR_CHANGE, Arrangement.class).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Load peakCommitted(String microEnterpriseId, LocalDate from, LocalDate to, String exceptId) {
        String except = exceptId == null ? NONE : exceptId;
        Number onFirst = (Number) em.createQuery(Arrangement.JPQL_COMMITTED_ON).setParameter("me", microEnterpriseId)
                .setParameter("except", except).setParameter("day", from).getSingleResult();
        Load peak = new Load(from, onFirst == null ? 0 : onFirst.intValue());
        Query later = em.createQuery(Arrangement.JPQL_PEAK_AFTER).setParameter("me", microEnterpriseId).setParameter("except", except)
                .setParameter("from", from).setParameter("to", to == null ? Arrangement.OPEN_END : to).setMaxResults(1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = later.getResultList();
        if (!rows.isEmpty() && rows.get(0)[1] != null && ((Number) rows.get(0)[1]).intValue() > peak.hours()) {
            peak = new Load((LocalDate) rows.get(0)[0], ((Number) rows.get(0)[1]).intValue());
        }
        return peak;
    }

    @Override
    public List<Arrangement> ofMicroEnterpriseDuring(String microEnterpriseId, LocalDate from, LocalDate to) {
        return em.createQuery(Arrangement.JPQL_OF_MICRO_ENTERPRISE_DURING, Arrangement.class).setParameter("me", microEnterpriseId)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<Arrangement> coversOf(String absenceId) {
        return em.createQuery(Arrangement.JPQL_COVERS_OF, Arrangement.class).setParameter("absence", absenceId).getResultList();
    }

    @Override
    public void add(Arrangement arrangement) {
        em.persist(arrangement);
    }

    @Override
    public void add(MonthlyHours hours) {
        em.persist(hours);
    }

    @Override
    public List<MonthlyHours> hoursOf(String arrangementId) {
        return em.createQuery(Arrangement.JPQL_HOURS, MonthlyHours.class).setParameter("id", arrangementId).getResultList();
    }
}
