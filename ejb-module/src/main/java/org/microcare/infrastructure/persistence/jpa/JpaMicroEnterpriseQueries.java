package org.microcare.infrastructure.persistence.jpa;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import org.microcare.domain.model.microenterprise.CodeKind;
import org.microcare.domain.model.microenterprise.LeaveReason;
import org.microcare.domain.model.microenterprise.MicroEnterprise;
import org.microcare.domain.model.microenterprise.MicroEnterpriseQueries;
import org.microcare.domain.model.microenterprise.Stage;
import org.microcare.domain.model.microenterprise.StageChange;
import org.microcare.infrastructure.tenancy.CouncilData;

/**
 * The dashboard's questions in JPQL: the named queries of {@code MicroEnterprise} and
 * {@code StageChange}, and, for evidence, the framework's applicability rule shared with the
 * directory ({@link JpaPublishedListings#APPLIES}); "listed but hidden" is the directory's own rule
 * negated ({@link JpaPublishedListings#listedButHidden}). Each list is one query cut to its limit, and
 * its total one {@code COUNT}.
 */
@ApplicationScoped
public class JpaMicroEnterpriseQueries implements MicroEnterpriseQueries {

    /** The best valid evidence {@code e} of ME {@code m} for requirement {@code r} expires in the window. */
    private static final String EXPIRING = " FROM ComplianceEvidence e, MicroEnterprise m, FrameworkRequirement r"
            + " WHERE m.id = e.microEnterpriseId AND r.code = e.requirementCode AND m.stage <> :left AND " + JpaPublishedListings.APPLIES
            + " AND e.supersededBy IS NULL AND e.checkedOn <= :day AND e.expiresOn > :day AND e.expiresOn <= :until"
            + " AND NOT EXISTS (SELECT e2 FROM ComplianceEvidence e2 WHERE e2.microEnterpriseId = e.microEnterpriseId"
            + " AND e2.requirementCode = e.requirementCode AND e2.supersededBy IS NULL AND e2.checkedOn <= :day"
            + " AND (e2.expiresOn IS NULL OR e2.expiresOn > e.expiresOn OR (e2.expiresOn = e.expiresOn AND e2.id > e.id)))";

    private static final List<Stage> OFF_DIRECTORY = List.of(Stage.PAUSED, Stage.LEFT);

    @Inject
    @CouncilData
    EntityManager em;

    @Inject
    JpaPublishedListings directory;

    @Override
    public List<StageCount> stageCounts() {
        List<Object[]> rows = em.createQuery(MicroEnterprise.JPQL_COUNT_BY_STAGE, Object[].class).getResultList();
        return rows.stream().map(r -> new StageCount((Stage) r[0], ((Number) r[1]).longValue(), (LocalDate) r[2]))
                .sorted(java.util.Comparator.comparing(StageCount::stage)).toList();
    }

    @Override
    public Counted<MicroEnterpriseRow> longestAt(Stage stage, int limit) {
        return counted(em.createQuery(MicroEnterprise.JPQL_COUNT_AT_STAGE, Long.class).setParameter("stage", stage),
                em.createQuery(MicroEnterprise.JPQL_AT_STAGE, Object[].class).setParameter("stage", stage), limit, JpaMicroEnterpriseQueries::row);
    }

    @Override
    public Counted<MicroEnterpriseRow> enquiriesSince(LocalDate since, int limit) {
        return counted(em.createQuery(MicroEnterprise.JPQL_COUNT_ENQUIRIES_SINCE, Long.class).setParameter("since", since),
                em.createQuery(MicroEnterprise.JPQL_ENQUIRIES_SINCE, Object[].class).setParameter("since", since), limit,
                JpaMicroEnterpriseQueries::row);
    }

    @Override
    public Counted<ExpiringEvidence> evidenceExpiring(LocalDate day, LocalDate until, int limit) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + EXPIRING, Long.class);
        TypedQuery<Object[]> rows = em.createQuery("SELECT e.microEnterpriseId, m.tradingName, r.code, r.name, r.mandatory, e.expiresOn"
                + EXPIRING + " ORDER BY e.expiresOn, m.tradingName, r.code", Object[].class);
        for (Query q : List.<Query>of(count, rows)) {
            q.setParameter("left", Stage.LEFT).setParameter("day", day).setParameter("until", until)
                    .setParameter("serviceKind", CodeKind.SERVICE);
        }
        return counted(count, rows, limit, r -> new ExpiringEvidence((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (Boolean) r[4], (LocalDate) r[5]));
    }

    @Override
    public Counted<Departure> leftDirectory(LocalDate from, LocalDate to, int limit) {
        TypedQuery<Long> count = em.createQuery(StageChange.JPQL_COUNT_OFF_DIRECTORY, Long.class);
        TypedQuery<Object[]> rows = em.createQuery(StageChange.JPQL_OFF_DIRECTORY, Object[].class);
        for (Query q : List.<Query>of(count, rows)) {
            q.setParameter("listed", Stage.LISTED).setParameter("gone", OFF_DIRECTORY).setParameter("from", from).setParameter("to", to);
        }
        return counted(count, rows, limit, r -> new Departure((String) r[0], (String) r[1], (Stage) r[2], (LocalDate) r[3],
                (LeaveReason) r[4], (String) r[5], (String) r[6]));
    }

    @Override
    public Counted<MicroEnterpriseRow> listedButHidden(LocalDate day, int limit) {
        JpaPublishedListings.Condition hidden = directory.listedButHidden(day);
        String from = " FROM MicroEnterprise m WHERE " + hidden.jpql();
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(m)" + from, Long.class);
        TypedQuery<Object[]> rows = em.createQuery("SELECT m.id, m.tradingName, m.stage, m.stageSince" + from
                + " ORDER BY m.tradingName, m.id", Object[].class);
        for (Query q : List.<Query>of(count, rows)) {
            hidden.params().forEach(q::setParameter);
        }
        return counted(count, rows, limit, JpaMicroEnterpriseQueries::row);
    }

    @Override
    public Counted<MicroEnterpriseRow> listingsConfirmedBefore(LocalDate day, int limit) {
        return counted(em.createQuery(MicroEnterprise.JPQL_COUNT_LISTED_CONFIRMED_BEFORE, Long.class)
                        .setParameter("listed", Stage.LISTED).setParameter("day", day),
                em.createQuery(MicroEnterprise.JPQL_LISTED_CONFIRMED_BEFORE, Object[].class)
                        .setParameter("listed", Stage.LISTED).setParameter("day", day), limit, JpaMicroEnterpriseQueries::row);
    }

    private static MicroEnterpriseRow row(Object[] r) {
        return new MicroEnterpriseRow((String) r[0], (String) r[1], (Stage) r[2], (LocalDate) r[3]);
    }

    /** The total, and the rows only when there are any (an empty list costs one query, not two). */
    private static <T> Counted<T> counted(TypedQuery<Long> count, TypedQuery<Object[]> rows, int limit, Function<Object[], T> map) {
        long total = count.getSingleResult();
        if (total == 0 || limit <= 0) {
            return new Counted<>(total, List.of());
        }
        return new Counted<>(total, rows.setMaxResults(limit).getResultList().stream().map(map).toList());
    }
}
