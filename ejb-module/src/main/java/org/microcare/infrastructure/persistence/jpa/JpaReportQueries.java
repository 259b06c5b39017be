package org.microcare.infrastructure.persistence.jpa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.microcare.domain.model.client.FundingRoute;
import org.microcare.domain.model.microenterprise.Stage;
import org.microcare.domain.model.programme.GrantApplication;
import org.microcare.domain.model.reporting.ReportQueries;

/**
 * The report figures in JPQL, one aggregate query each (indexes in {@code V17__reporting_indexes.sql}).
 * A stage on a day comes from the stage timeline: an ME's move to the stage made on or before the day
 * with no later move (higher position) also made on or before it.
 */
@ApplicationScoped
public class JpaReportQueries implements ReportQueries {

    private static final String ACTIVE = " a.startsOn <= :to AND (a.endsOn IS NULL OR a.endsOn >= :from)";

    @PersistenceContext(unitName = "microcare")
    EntityManager em;

    @Override
    public long atStageOn(Stage stage, LocalDate day) {
        return em.createQuery("SELECT COUNT(c) FROM StageChange c WHERE c.to = :stage AND c.changedOn <= :day AND NOT EXISTS"
                        + " (SELECT n FROM StageChange n WHERE n.microEnterpriseId = c.microEnterpriseId AND n.position > c.position"
                        + " AND n.changedOn <= :day)", Long.class)
                .setParameter("stage", stage).setParameter("day", day).getSingleResult();
    }

    @Override
    public long enquiries(LocalDate from, LocalDate to) {
        return between(em.createQuery("SELECT COUNT(m) FROM MicroEnterprise m WHERE m.enquiryDate BETWEEN :from AND :to", Long.class), from, to);
    }

    @Override
    public long movedTo(Stage stage, LocalDate from, LocalDate to) {
        return between(em.createQuery("SELECT COUNT(DISTINCT c.microEnterpriseId) FROM StageChange c WHERE c.to = :stage"
                + " AND c.changedOn BETWEEN :from AND :to", Long.class).setParameter("stage", stage), from, to);
    }

    @Override
    public long supportSessions(LocalDate from, LocalDate to) {
        return between(em.createQuery("SELECT COUNT(s) FROM SupportSession s WHERE s.heldOn BETWEEN :from AND :to", Long.class), from, to);
    }

    @Override
    public long supportedMicroEnterprises(LocalDate from, LocalDate to) {
        return between(em.createQuery("SELECT COUNT(DISTINCT s.microEnterpriseId) FROM SupportSession s WHERE s.heldOn BETWEEN :from AND :to",
                Long.class), from, to);
    }

    @Override
    public long grantedMicroEnterprises(LocalDate day) {
        return em.createQuery("SELECT COUNT(DISTINCT a.microEnterpriseId) FROM GrantApplication a WHERE a.status = :approved"
                        + " AND a.decidedOn <= :day", Long.class)
                .setParameter("approved", GrantApplication.Status.APPROVED).setParameter("day", day).getSingleResult();
    }

    @Override
    public long clientsActive(LocalDate from, LocalDate to, Collection<FundingRoute> funding) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(DISTINCT a.clientId) FROM Arrangement a WHERE" + ACTIVE
                + (funding == null ? "" : " AND a.funding IN :funding"), Long.class);
        if (funding != null) {
            q.setParameter("funding", funding);
        }
        return between(q, from, to);
    }

    @Override
    public long weeklyHoursOn(LocalDate day) {
        Long sum = em.createQuery("SELECT SUM(a.hoursPerWeek) FROM Arrangement a WHERE" + ACTIVE, Long.class)
                .setParameter("from", day).setParameter("to", day).getSingleResult();
        return sum == null ? 0 : sum;
    }

    @Override
    public Map<LocalDate, BigDecimal> hoursByMonth(LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createQuery("SELECT h.monthStart, SUM(h.hours) FROM MonthlyHours h WHERE h.monthStart BETWEEN :from AND :to"
                + " GROUP BY h.monthStart ORDER BY h.monthStart", Object[].class).setParameter("from", from).setParameter("to", to).getResultList();
        Map<LocalDate, BigDecimal> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put((LocalDate) r[0], (BigDecimal) r[1]));
        return out;
    }

    private static long between(TypedQuery<Long> q, LocalDate from, LocalDate to) {
        return q.setParameter("from", from).setParameter("to", to).getSingleResult();
    }
}
