package org.microcare.infrastructure.persistence.jpa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import org.microcare.domain.model.client.FundingRoute;
import org.microcare.domain.model.introduction.IntroductionStatus;
import org.microcare.domain.model.microenterprise.AvailabilitySlot.Weekday;
import org.microcare.domain.model.microenterprise.CodeKind;
import org.microcare.domain.model.microenterprise.LeaveReason;
import org.microcare.domain.model.microenterprise.Stage;
import org.microcare.domain.model.programme.GrantApplication;
import org.microcare.domain.model.reporting.JourneyFlow;
import org.microcare.domain.model.reporting.MeasureRecord;
import org.microcare.domain.model.reporting.ReportQueries;
import org.microcare.infrastructure.tenancy.CouncilData;

/**
 * The report figures in JPQL, one aggregate query each (indexes in {@code V17__reporting_indexes.sql}).
 * A stage on a day comes from the stage timeline: an ME's move to the stage made on or before the day
 * with no later move (higher position) also made on or before it. Each figure's condition is one constant
 * below, used both by the query that counts and by the query that lists the records behind the count.
 */
@ApplicationScoped
public class JpaReportQueries implements ReportQueries {

    /** Arrangement {@code a} active on at least one day from {@code :from} to {@code :to}. */
    private static final String ACTIVE = " a.startsOn <= :to AND (a.endsOn IS NULL OR a.endsOn >= :from)";
    /** Stage change {@code c} is the last move on or before {@code :day}, and to {@code :stage}. */
    private static final String STAGE_ON = " c.to = :stage AND c.changedOn <= :day AND NOT EXISTS"
            + " (SELECT n FROM StageChange n WHERE n.microEnterpriseId = c.microEnterpriseId AND n.position > c.position AND n.changedOn <= :day)";
    /** ME {@code m}'s enquiry in the period. */
    private static final String ENQUIRED = " m.enquiryDate BETWEEN :from AND :to";
    /** Stage change {@code c} to {@code :stage} in the period. */
    private static final String MOVED = " c.to = :stage AND c.changedOn BETWEEN :from AND :to";
    /** Session {@code s} held in the period. */
    private static final String HELD = " s.heldOn BETWEEN :from AND :to";
    /** Grant application {@code a} approved on or before {@code :day}. */
    private static final String GRANTED = " a.status = :approved AND a.decidedOn <= :day";
    /** Hours {@code h} recorded for a month whose first day lies in the period. */
    private static final String RECORDED = " h.monthStart BETWEEN :from AND :to";
    /** Stage change {@code c} is an ME's first move to {@code :listed} ever, made in the period. */
    private static final String FIRST_LISTED = " c.to = :listed AND c.changedOn BETWEEN :from AND :to AND NOT EXISTS"
            + " (SELECT p FROM StageChange p WHERE p.microEnterpriseId = c.microEnterpriseId AND p.to = :listed AND p.position < c.position)";
    /** Stage change {@code c} is an ME's last move to {@code :left} in the period. */
    private static final String LAST_LEFT = " c.to = :left AND c.changedOn BETWEEN :from AND :to AND NOT EXISTS"
            + " (SELECT n FROM StageChange n WHERE n.microEnterpriseId = c.microEnterpriseId AND n.to = :left AND n.position > c.position"
            + " AND n.changedOn <= :to)";
    /** Grant application {@code a} approved with a decision in the period. */
    private static final String AWARDED = " a.status = :approved AND a.decidedOn BETWEEN :from AND :to";
    /** Joins the ME named by {@code c.microEnterpriseId} as {@code m}. */
    private static final String ME_OF_C = " m.id = c.microEnterpriseId AND";

    /** ME {@code m} listed on {@code :day} (its last stage move {@code c} on or before the day took it to {@code LISTED}). */
    private static final String LISTED_ON = " FROM StageChange c, MicroEnterprise m WHERE m.id = c.microEnterpriseId AND" + STAGE_ON;
    /** Client {@code w} waiting on {@code :day}: referred, not closed, no agreed introduction and no arrangement by the day. */
    private static final String WAITING = " w.referredOn <= :day AND (w.closedOn IS NULL OR w.closedOn > :day)"
            + " AND NOT EXISTS (SELECT i FROM Introduction i WHERE i.clientId = w.id AND i.status = :agreed AND i.decidedOn <= :day)"
            + " AND NOT EXISTS (SELECT a FROM Arrangement a WHERE a.clientId = w.id AND a.startsOn <= :day)";
    /** After this a time of day is the evening. */
    private static final LocalTime EVENING = LocalTime.of(18, 0);
    /** The most months a series query counts (each month is a column of the query). */
    static final int MAX_SERIES = 36;

    @Inject
    @CouncilData
    EntityManager em;

    @Override
    public long atStageOn(Stage stage, LocalDate day) {
        return em.createQuery("SELECT COUNT(c) FROM StageChange c WHERE" + STAGE_ON, Long.class)
                .setParameter("stage", stage).setParameter("day", day).getSingleResult();
    }

    @Override
    public List<MeasureRecord> atStageOnRecords(Stage stage, LocalDate day) {
        return microEnterprises(em.createQuery("SELECT c.microEnterpriseId, m.tradingName, c.changedOn FROM StageChange c, MicroEnterprise m WHERE"
                + ME_OF_C + STAGE_ON + " ORDER BY c.changedOn, m.tradingName", Object[].class).setParameter("stage", stage).setParameter("day", day));
    }

    @Override
    public long enquiries(LocalDate from, LocalDate to) {
        return between(em.createQuery("SELECT COUNT(m) FROM MicroEnterprise m WHERE" + ENQUIRED, Long.class), from, to).getSingleResult();
    }

    @Override
    public List<MeasureRecord> enquiryRecords(LocalDate from, LocalDate to) {
        return microEnterprises(between(em.createQuery("SELECT m.id, m.tradingName, m.enquiryDate FROM MicroEnterprise m WHERE" + ENQUIRED
                + " ORDER BY m.enquiryDate, m.tradingName", Object[].class), from, to));
    }

    @Override
    public long movedTo(Stage stage, LocalDate from, LocalDate to) {
        return between(em.createQuery("SELECT COUNT(DISTINCT c.microEnterpriseId) FROM StageChange c WHERE" + MOVED, Long.class)
                .setParameter("stage", stage), from, to).getSingleResult();
    }

    @Override
    public List<MeasureRecord> movedToRecords(Stage stage, LocalDate from, LocalDate to) {
        return microEnterprises(between(em.createQuery("SELECT c.microEnterpriseId, m.tradingName, MIN(c.changedOn) FROM StageChange c, MicroEnterprise m"
                + " WHERE" + ME_OF_C + MOVED + " GROUP BY c.microEnterpriseId, m.tradingName ORDER BY MIN(c.changedOn), m.tradingName", Object[].class)
                .setParameter("stage", stage), from, to));
    }

    @Override
    public long supportSessions(LocalDate from, LocalDate to) {
        return between(em.createQuery("SELECT COUNT(s) FROM SupportSession s WHERE" + HELD, Long.class), from, to).getSingleResult();
    }

    @Override
    public List<MeasureRecord> supportSessionRecords(LocalDate from, LocalDate to) {
        return between(em.createQuery("SELECT s.id, s.microEnterpriseId, m.tradingName, s.heldOn FROM SupportSession s, MicroEnterprise m"
                + " WHERE m.id = s.microEnterpriseId AND" + HELD + " ORDER BY s.heldOn, m.tradingName, s.id", Object[].class), from, to)
                .getResultList().stream().map(r -> new MeasureRecord((String) r[1], (String) r[2], (String) r[0], null, null, (LocalDate) r[3], null))
                .toList();
    }

    @Override
    public long supportedMicroEnterprises(LocalDate from, LocalDate to) {
        return between(em.createQuery("SELECT COUNT(DISTINCT s.microEnterpriseId) FROM SupportSession s WHERE" + HELD, Long.class), from, to)
                .getSingleResult();
    }

    @Override
    public List<MeasureRecord> supportedMicroEnterpriseRecords(LocalDate from, LocalDate to) {
        return microEnterprises(between(em.createQuery("SELECT s.microEnterpriseId, m.tradingName, MIN(s.heldOn) FROM SupportSession s, MicroEnterprise m"
                + " WHERE m.id = s.microEnterpriseId AND" + HELD + " GROUP BY s.microEnterpriseId, m.tradingName ORDER BY MIN(s.heldOn), m.tradingName",
                Object[].class), from, to));
    }

    @Override
    public long grantedMicroEnterprises(LocalDate day) {
        return em.createQuery("SELECT COUNT(DISTINCT a.microEnterpriseId) FROM GrantApplication a WHERE" + GRANTED, Long.class)
                .setParameter("approved", GrantApplication.Status.APPROVED).setParameter("day", day).getSingleResult();
    }

    @Override
    public List<MeasureRecord> grantedMicroEnterpriseRecords(LocalDate day) {
        return microEnterprises(em.createQuery("SELECT a.microEnterpriseId, m.tradingName, MIN(a.decidedOn) FROM GrantApplication a, MicroEnterprise m"
                        + " WHERE m.id = a.microEnterpriseId AND" + GRANTED + " GROUP BY a.microEnterpriseId, m.tradingName"
                        + " ORDER BY MIN(a.decidedOn), m.tradingName", Object[].class)
                .setParameter("approved", GrantApplication.Status.APPROVED).setParameter("day", day));
    }

    @Override
    public long clientsActive(LocalDate from, LocalDate to, Collection<FundingRoute> funding) {
        return between(funded(em.createQuery("SELECT COUNT(DISTINCT a.clientId) FROM Arrangement a WHERE" + ACTIVE + funding(funding), Long.class),
                funding), from, to).getSingleResult();
    }

    @Override
    public List<MeasureRecord> clientsActiveRecords(LocalDate from, LocalDate to, Collection<FundingRoute> funding) {
        return between(funded(em.createQuery("SELECT a.clientId, c.reference, MIN(a.startsOn) FROM Arrangement a, Client c WHERE c.id = a.clientId AND"
                + ACTIVE + funding(funding) + " GROUP BY a.clientId, c.reference ORDER BY MIN(a.startsOn), c.reference", Object[].class), funding), from, to)
                .getResultList().stream().map(r -> new MeasureRecord(null, null, null, (String) r[0], (String) r[1], (LocalDate) r[2], null)).toList();
    }

    private static String funding(Collection<FundingRoute> funding) {
        return funding == null ? "" : " AND a.funding IN :funding";
    }

    private static <T> TypedQuery<T> funded(TypedQuery<T> q, Collection<FundingRoute> funding) {
        return funding == null ? q : q.setParameter("funding", funding);
    }

    @Override
    public long weeklyHoursOn(LocalDate day) {
        Long sum = em.createQuery("SELECT SUM(a.hoursPerWeek) FROM Arrangement a WHERE" + ACTIVE, Long.class)
                .setParameter("from", day).setParameter("to", day).getSingleResult();
        return sum == null ? 0 : sum;
    }

    @Override
    public Map<LocalDate, BigDecimal> hoursByMonth(LocalDate from, LocalDate to) {
        List<Object[]> rows = between(em.createQuery("SELECT h.monthStart, SUM(h.hours) FROM MonthlyHours h WHERE" + RECORDED
                + " GROUP BY h.monthStart ORDER BY h.monthStart", Object[].class), from, to).getResultList();
        Map<LocalDate, BigDecimal> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put((LocalDate) r[0], (BigDecimal) r[1]));
        return out;
    }

    @Override
    public List<MeasureRecord> hoursRecords(LocalDate from, LocalDate to) {
        return between(em.createQuery("SELECT a.microEnterpriseId, m.tradingName, a.clientId, c.reference, h.monthStart, h.hours"
                + " FROM MonthlyHours h, Arrangement a, MicroEnterprise m, Client c"
                + " WHERE a.id = h.arrangementId AND m.id = a.microEnterpriseId AND c.id = a.clientId AND" + RECORDED
                + " ORDER BY h.monthStart, m.tradingName, c.reference", Object[].class), from, to).getResultList().stream()
                .map(r -> new MeasureRecord((String) r[0], (String) r[1], null, (String) r[2], (String) r[3], (LocalDate) r[4], (BigDecimal) r[5]))
                .toList();
    }

    private static List<MeasureRecord> microEnterprises(TypedQuery<Object[]> q) {
        return q.getResultList().stream().map(r -> MeasureRecord.microEnterprise((String) r[0], (String) r[1], (LocalDate) r[2])).toList();
    }

    private static <T> TypedQuery<T> between(TypedQuery<T> q, LocalDate from, LocalDate to) {
        return q.setParameter("from", from).setParameter("to", to);
    }

    /*
     * Series: one aggregate query for all the months, one column a month. Column i applies the per-month figure's own
     * condition constant with its parameters renamed for month i (:from -> :from3 ...), so every month is counted by
     * the very condition of the per-month method; the WHERE clause only narrows the rows to the whole span.
     */

    /** A condition constant with its period parameters renamed for month {@code i}. */
    static String forMonth(String condition, int i) {
        return condition.replaceAll(":(from|to|day)\\b", ":$1" + i);
    }

    /** {@code COUNT(DISTINCT …)} of {@code counted} over the rows meeting {@code condition} in each month, one column a month. */
    private static String distinctEach(String condition, String counted, int months) {
        return IntStream.range(0, months).mapToObj(i -> "COUNT(DISTINCT CASE WHEN" + forMonth(condition, i) + " THEN " + counted + " ELSE NULL END)")
                .collect(Collectors.joining(", "));
    }

    /** How many rows meet {@code condition} in each month, one column a month. */
    private static String countEach(String condition, int months) {
        return IntStream.range(0, months).mapToObj(i -> "SUM(CASE WHEN" + forMonth(condition, i) + " THEN 1 ELSE 0 END)")
                .collect(Collectors.joining(", "));
    }

    private static int months(YearMonth first, YearMonth last) {
        int n = (int) first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        if (n < 1 || n > MAX_SERIES) {
            throw new IllegalArgumentException("A series of " + n + " months from " + first + " to " + last);
        }
        return n;
    }

    /** Sets {@code :fromI}/{@code :toI} (first and last day) and {@code :dayI} (last day) of each month, and the span's {@code :from}, {@code :to}, {@code :day}. */
    private static Query monthly(Query q, YearMonth first, YearMonth last, Set<String> names) {
        int n = months(first, last);
        for (int i = 0; i < n; i++) {
            YearMonth m = first.plusMonths(i);
            setIfUsed(q, names, "from" + i, m.atDay(1));
            setIfUsed(q, names, "to" + i, m.atEndOfMonth());
            setIfUsed(q, names, "day" + i, m.atEndOfMonth());
        }
        setIfUsed(q, names, "from", first.atDay(1));
        setIfUsed(q, names, "to", last.atEndOfMonth());
        setIfUsed(q, names, "day", last.atEndOfMonth());
        return q;
    }

    private static void setIfUsed(Query q, Set<String> names, String name, LocalDate value) {
        if (names.contains(name)) {
            q.setParameter(name, value);
        }
    }

    /** A series query (untyped: a query of one column answers the value itself), with the parameters it names set for each month. */
    private Query series(String jpql, YearMonth first, YearMonth last) {
        Query q = em.createQuery(jpql);
        Set<String> names = q.getParameters().stream().map(jakarta.persistence.Parameter::getName).collect(Collectors.toSet());
        return monthly(q, first, last, names);
    }

    /** The one row of a series query as figures (a sum over no rows is null: 0). */
    private static List<Long> figures(Object row, int from, int months) {
        Object[] columns = row instanceof Object[] r ? r : new Object[] {row};
        List<Long> out = new ArrayList<>(months);
        for (int i = from; i < from + months; i++) {
            out.add(columns[i] == null ? 0L : ((Number) columns[i]).longValue());
        }
        return out;
    }

    @Override
    public List<Long> atStageOnMonthEnds(Stage stage, YearMonth first, YearMonth last) {
        int n = months(first, last);
        return figures(series("SELECT " + countEach(STAGE_ON, n) + " FROM StageChange c WHERE c.to = :stage AND c.changedOn <= :day", first, last)
                .setParameter("stage", stage).getSingleResult(), 0, n);
    }

    @Override
    public List<Long> enquiriesByMonth(YearMonth first, YearMonth last) {
        int n = months(first, last);
        return figures(series("SELECT " + countEach(ENQUIRED, n) + " FROM MicroEnterprise m WHERE" + ENQUIRED, first, last).getSingleResult(), 0, n);
    }

    @Override
    public List<Long> movedToByMonth(Stage stage, YearMonth first, YearMonth last) {
        int n = months(first, last);
        return figures(series("SELECT " + distinctEach(MOVED, "c.microEnterpriseId", n) + " FROM StageChange c WHERE" + MOVED, first, last)
                .setParameter("stage", stage).getSingleResult(), 0, n);
    }

    @Override
    public List<Long> supportSessionsByMonth(YearMonth first, YearMonth last) {
        int n = months(first, last);
        return figures(series("SELECT " + countEach(HELD, n) + " FROM SupportSession s WHERE" + HELD, first, last).getSingleResult(), 0, n);
    }

    @Override
    public List<Long> supportedMicroEnterprisesByMonth(YearMonth first, YearMonth last) {
        int n = months(first, last);
        return figures(series("SELECT " + distinctEach(HELD, "s.microEnterpriseId", n) + " FROM SupportSession s WHERE" + HELD, first, last)
                .getSingleResult(), 0, n);
    }

    @Override
    public List<Long> grantedMicroEnterprisesMonthEnds(YearMonth first, YearMonth last) {
        int n = months(first, last);
        return figures(series("SELECT " + distinctEach(GRANTED, "a.microEnterpriseId", n) + " FROM GrantApplication a WHERE" + GRANTED, first, last)
                .setParameter("approved", GrantApplication.Status.APPROVED).getSingleResult(), 0, n);
    }

    @Override
    public List<Long> clientsActiveByMonth(YearMonth first, YearMonth last, Collection<FundingRoute> funding) {
        int n = months(first, last);
        Query q = series("SELECT " + distinctEach(ACTIVE, "a.clientId", n) + " FROM Arrangement a WHERE" + ACTIVE + funding(funding), first, last);
        return figures((funding == null ? q : q.setParameter("funding", funding)).getSingleResult(), 0, n);
    }

    @Override
    public Map<FundingRoute, List<Long>> clientsActiveByFundingAndMonth(YearMonth first, YearMonth last) {
        int n = months(first, last);
        Map<FundingRoute, List<Long>> out = new EnumMap<>(FundingRoute.class);
        series("SELECT a.funding, " + distinctEach(ACTIVE, "a.clientId", n) + " FROM Arrangement a WHERE" + ACTIVE + " GROUP BY a.funding", first, last)
                .getResultList().forEach(r -> out.put((FundingRoute) ((Object[]) r)[0], figures(r, 1, n)));
        return out;
    }

    @Override
    public Map<String, Long> listedByGender(LocalDate day) {
        return tally(listed(em.createQuery("SELECT m.gender, COUNT(c)" + LISTED_ON + " GROUP BY m.gender", Object[].class), day));
    }

    @Override
    public Map<String, Long> listedByAgeBand(LocalDate day) {
        return tally(listed(em.createQuery("SELECT m.ageBand, COUNT(c)" + LISTED_ON + " GROUP BY m.ageBand", Object[].class), day));
    }

    @Override
    public Map<String, Long> listedByCode(CodeKind kind, LocalDate day) {
        return tally(listed(em.createQuery("SELECT k.code, COUNT(DISTINCT m.id) FROM StageChange c, MicroEnterprise m, MicroEnterpriseCode k"
                + " WHERE m.id = c.microEnterpriseId AND k.microEnterprise = m AND k.kind = :kind AND" + STAGE_ON + " GROUP BY k.code", Object[].class)
                .setParameter("kind", kind), day));
    }

    @Override
    public long listedEvenings(LocalDate day) {
        return listed(em.createQuery("SELECT COUNT(c)" + LISTED_ON + " AND (m.evenings = TRUE OR EXISTS (SELECT x FROM AvailabilityWindow x"
                + " WHERE x.microEnterprise = m AND x.endsAt > :evening))", Long.class).setParameter("evening", EVENING), day).getSingleResult();
    }

    @Override
    public long listedWeekends(LocalDate day) {
        return listed(em.createQuery("SELECT COUNT(c)" + LISTED_ON + " AND (m.weekends = TRUE OR EXISTS (SELECT x FROM AvailabilityWindow x"
                + " WHERE x.microEnterprise = m AND x.day IN :weekend))", Long.class).setParameter("weekend", List.of(Weekday.SAT, Weekday.SUN)), day)
                .getSingleResult();
    }

    @Override
    public long waitingClients(LocalDate day) {
        return waiting(em.createQuery("SELECT COUNT(w) FROM Client w WHERE" + WAITING, Long.class), day).getSingleResult();
    }

    @Override
    public Map<String, Long> waitingByCarerGender(LocalDate day) {
        return tally(waiting(em.createQuery("SELECT w.carerGender, COUNT(w) FROM Client w WHERE w.carerGender IS NOT NULL AND" + WAITING
                + " GROUP BY w.carerGender", Object[].class), day));
    }

    @Override
    public Map<String, Long> waitingByLanguage(LocalDate day) {
        return tally(waiting(em.createQuery("SELECT w.language, COUNT(w) FROM Client w WHERE w.language IS NOT NULL AND" + WAITING
                + " GROUP BY w.language", Object[].class), day));
    }

    @Override
    public Map<String, Long> waitingBySpecialism(LocalDate day) {
        return tally(waiting(em.createQuery("SELECT s.code, COUNT(DISTINCT w.id) FROM Client w, ClientSpecialism s WHERE s.client = w AND" + WAITING
                + " GROUP BY s.code", Object[].class), day));
    }

    @Override
    public long waitingEvenings(LocalDate day) {
        return waiting(em.createQuery("SELECT COUNT(w) FROM Client w WHERE" + WAITING + " AND EXISTS (SELECT t FROM ClientPreferredTime t"
                + " WHERE t.client = w AND t.endsAt > :evening)", Long.class).setParameter("evening", EVENING), day).getSingleResult();
    }

    @Override
    public long waitingWeekends(LocalDate day) {
        return waiting(em.createQuery("SELECT COUNT(w) FROM Client w WHERE" + WAITING + " AND EXISTS (SELECT t FROM ClientPreferredTime t"
                + " WHERE t.client = w AND t.day IN :weekend)", Long.class).setParameter("weekend", List.of(Weekday.SAT, Weekday.SUN)), day)
                .getSingleResult();
    }

    @Override
    public List<WaitingCount> waitingByLocalityAndService(LocalDate day) {
        return waiting(em.createQuery("SELECT w.locality, s.code, w.referredOn, COUNT(w) FROM Client w, ClientServiceNeed s WHERE s.client = w AND"
                + WAITING + " GROUP BY w.locality, s.code, w.referredOn ORDER BY w.locality, s.code, w.referredOn DESC", Object[].class), day)
                .getResultList().stream().map(r -> new WaitingCount((String) r[0], (String) r[1], (LocalDate) r[2], (Long) r[3])).toList();
    }

    private static <T> TypedQuery<T> listed(TypedQuery<T> q, LocalDate day) {
        return q.setParameter("stage", Stage.LISTED).setParameter("day", day);
    }

    private static <T> TypedQuery<T> waiting(TypedQuery<T> q, LocalDate day) {
        return q.setParameter("agreed", IntroductionStatus.AGREED).setParameter("day", day);
    }

    /** Counts by value, in value order; no value is {@code NOT_GIVEN}. */
    private static Map<String, Long> tally(TypedQuery<Object[]> q) {
        Map<String, Long> out = new TreeMap<>();
        for (Object[] r : q.getResultList()) {
            out.merge(r[0] == null ? "NOT_GIVEN" : r[0].toString(), (Long) r[1], Long::sum);
        }
        return out;
    }

    @Override
    public Map<FundingRoute, Long> clientsActiveByFunding(LocalDate from, LocalDate to) {
        Map<FundingRoute, Long> out = new EnumMap<>(FundingRoute.class);
        between(em.createQuery("SELECT a.funding, COUNT(DISTINCT a.clientId) FROM Arrangement a WHERE" + ACTIVE + " GROUP BY a.funding", Object[].class),
                from, to).getResultList().forEach(r -> out.put((FundingRoute) r[0], (Long) r[1]));
        return out;
    }

    @Override
    public Map<LocalDate, Map<FundingRoute, BigDecimal>> hoursByMonthAndFunding(LocalDate from, LocalDate to) {
        Map<LocalDate, Map<FundingRoute, BigDecimal>> out = new TreeMap<>();
        between(em.createQuery("SELECT h.monthStart, a.funding, SUM(h.hours) FROM MonthlyHours h, Arrangement a WHERE a.id = h.arrangementId AND"
                + RECORDED + " GROUP BY h.monthStart, a.funding", Object[].class), from, to).getResultList()
                .forEach(r -> out.computeIfAbsent((LocalDate) r[0], k -> new EnumMap<>(FundingRoute.class)).put((FundingRoute) r[1], (BigDecimal) r[2]));
        return out;
    }

    @Override
    public List<JourneyFlow.FirstListings> firstListings(LocalDate from, LocalDate to) {
        return between(em.createQuery("SELECT m.enquiryDate, c.changedOn, COUNT(c) FROM StageChange c, MicroEnterprise m WHERE" + ME_OF_C
                + FIRST_LISTED + " GROUP BY m.enquiryDate, c.changedOn ORDER BY c.changedOn, m.enquiryDate", Object[].class)
                .setParameter("listed", Stage.LISTED), from, to).getResultList().stream()
                .map(r -> new JourneyFlow.FirstListings((LocalDate) r[0], (LocalDate) r[1], (Long) r[2])).toList();
    }

    @Override
    public List<JourneyFlow.Departures> departures(LocalDate from, LocalDate to) {
        return between(em.createQuery("SELECT c.changedOn, c.reason, COUNT(c) FROM StageChange c WHERE" + LAST_LEFT
                + " GROUP BY c.changedOn, c.reason ORDER BY c.changedOn, c.reason", Object[].class).setParameter("left", Stage.LEFT), from, to)
                .getResultList().stream().map(r -> new JourneyFlow.Departures((LocalDate) r[0], (LeaveReason) r[1], (Long) r[2])).toList();
    }

    @Override
    public Awards awardsDecided(LocalDate from, LocalDate to) {
        Object[] r = between(em.createQuery("SELECT COUNT(a), SUM(a.decidedAmount) FROM GrantApplication a WHERE" + AWARDED, Object[].class)
                .setParameter("approved", GrantApplication.Status.APPROVED), from, to).getSingleResult();
        return new Awards((Long) r[0], r[1] == null ? BigDecimal.ZERO : (BigDecimal) r[1]);
    }
}
