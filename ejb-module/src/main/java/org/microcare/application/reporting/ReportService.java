package org.microcare.application.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.application.casework.ArrangementForm;
import org.microcare.domain.model.client.FundingRoute;
import org.microcare.domain.model.microenterprise.CodeKind;
import org.microcare.domain.model.microenterprise.Stage;
import org.microcare.domain.model.programme.Rate;
import org.microcare.domain.model.programme.RateRepository;
import org.microcare.domain.model.programme.RateType;
import org.microcare.domain.model.programme.Target;
import org.microcare.domain.model.programme.TargetMetric;
import org.microcare.domain.model.programme.TargetRepository;
import org.microcare.domain.model.reporting.CostAvoidance;
import org.microcare.domain.model.reporting.FundingMix;
import org.microcare.domain.model.reporting.JourneyFlow;
import org.microcare.domain.model.reporting.MeasureDrillDown;
import org.microcare.domain.model.reporting.MeasureRecord;
import org.microcare.domain.model.reporting.MonthlyMeasures;
import org.microcare.domain.model.reporting.ReportQueries;
import org.microcare.domain.model.reporting.TargetProgress;
import org.microcare.domain.model.reporting.WorkforceDemand;
import org.microcare.domain.model.reporting.WorkforceDemand.Dimension;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.Violations;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/** The current council's reports (definitions on {@link MonthlyMeasures}, {@link TargetProgress}, {@link CostAvoidance}). */
@Stateless
@TenantTransactional
public class ReportService {

    /** Funding routes that are Self-directed Support. */
    public static final Set<FundingRoute> SDS = EnumSet.of(FundingRoute.SDS_OPTION_1, FundingRoute.SDS_OPTION_2, FundingRoute.SDS_OPTION_3,
            FundingRoute.SDS_OPTION_4);

    /**
     * What the reports page shows for a month: its measures and the previous ones (newest first), targets on its last day,
     * its cost avoidance, and the measures of the {@link #TREND_MONTHS} months to it (oldest first) for the trend charts.
     */
    public record MonthReport(List<MonthlyMeasures> months, List<TargetProgress> targets, CostAvoidance costAvoidance, List<MonthlyMeasures> trend) {

        public MonthlyMeasures chosen() {
            return months.get(0);
        }
    }

    /**
     * The board pack of a month: its {@link MonthReport}, the cost avoidance of the {@link #TREND_MONTHS} months to it
     * (each month with the rates used) and the funding mix of those months (the chosen one last).
     */
    public record BoardPack(MonthReport report, CostAvoidance yearCostAvoidance, FundingMix fundingMix) {

        public YearMonth month() {
            return report.chosen().month();
        }

        /** The chosen month's funding mix. */
        public FundingMix.Month funding() {
            return fundingMix.months().get(fundingMix.months().size() - 1);
        }
    }

    /** Months of the trend charts and the board pack, the chosen one last. */
    public static final int TREND_MONTHS = 12;

    @Inject
    ReportQueries queries;

    @Inject
    TargetRepository targetRepository;

    @Inject
    RateRepository rates;

    /** The measures of a month written {@code yyyy-MM}. */
    public MonthlyMeasures monthlyMeasures(String monthText) {
        return measures(month(monthText));
    }

    /** Cost avoidance from {@code from} to {@code to} (both {@code yyyy-MM-dd}, inclusive). */
    public CostAvoidance costAvoidance(String fromText, String toText) {
        Violations v = new Violations();
        LocalDate from = Fields.date(fromText, "from", "The first day", true, v);
        LocalDate to = Fields.date(toText, "to", "The last day", true, v);
        v.throwIfAny();
        return costAvoidance(from, to);
    }

    /** Progress on {@code on} ({@code yyyy-MM-dd}) of every target whose period contains it, in metric order. */
    public List<TargetProgress> targets(String onText) {
        Violations v = new Violations();
        LocalDate on = Fields.date(onText, "on", "The day", true, v);
        v.throwIfAny();
        return targets(on);
    }

    /**
     * The page's month: its measures and the {@code previous} months before it, targets on its last day, its cost avoidance,
     * and the trend of the {@link #TREND_MONTHS} months to it. The months' measures come from one query per figure for all
     * the months ({@link ReportQueries}' series), not one per figure and month.
     */
    public MonthReport month(YearMonth month, int previous) {
        return month(month, previous, series(month.minusMonths(Math.max(TREND_MONTHS - 1, previous)), month));
    }

    /**
     * The board pack of {@code month}: everything {@link #month(YearMonth, int)} gives (with {@code previous} months before it),
     * the cost avoidance of the {@link #TREND_MONTHS} months to it and their funding mix, read in one transaction.
     */
    public BoardPack boardPack(YearMonth month, int previous) {
        Series series = series(month.minusMonths(Math.max(TREND_MONTHS - 1, previous)), month);
        MonthReport report = month(month, previous, series);
        YearMonth first = month.minusMonths(TREND_MONTHS - 1L);
        CostAvoidance year = costAvoidance(first.atDay(1), month.atEndOfMonth(), series.hours());
        List<MonthlyMeasures> trend = report.trend();
        return new BoardPack(report, year, fundingMix(first, month, trend.stream().map(MonthlyMeasures::clientsSupported).toList()));
    }

    private MonthReport month(YearMonth month, int previous, Series series) {
        List<MonthlyMeasures> all = series.measures();
        List<MonthlyMeasures> shown = new ArrayList<>(all.subList(all.size() - previous - 1, all.size()));
        java.util.Collections.reverse(shown);
        return new MonthReport(List.copyOf(shown), targets(month.atEndOfMonth()),
                costAvoidance(month.atDay(1), month.atEndOfMonth(), series.hours()), List.copyOf(all.subList(all.size() - TREND_MONTHS, all.size())));
    }

    /** The measures of consecutive months (oldest first) and the hours recorded in them by first day. */
    private record Series(List<MonthlyMeasures> measures, Map<LocalDate, BigDecimal> hours) {
    }

    /** The measures of the months from {@code first} to {@code last}, each figure read for all of them in one query. */
    private Series series(YearMonth first, YearMonth last) {
        Map<LocalDate, BigDecimal> hours = queries.hoursByMonth(first.atDay(1), last.atDay(1));
        return new Series(measures(first, last, hours), hours);
    }

    private List<MonthlyMeasures> measures(YearMonth first, YearMonth last, Map<LocalDate, BigDecimal> hours) {
        List<Long> listed = queries.atStageOnMonthEnds(Stage.LISTED, first, last);
        List<Long> referrals = queries.enquiriesByMonth(first, last);
        List<Long> engaged = queries.supportedMicroEnterprisesByMonth(first, last);
        List<Long> newlyListed = queries.movedToByMonth(Stage.LISTED, first, last);
        List<Long> developing = queries.atStageOnMonthEnds(Stage.DEVELOPING, first, last);
        List<Long> granted = queries.grantedMicroEnterprisesMonthEnds(first, last);
        List<Long> sessions = queries.supportSessionsByMonth(first, last);
        List<Long> clients = queries.clientsActiveByMonth(first, last, null);
        List<Long> sds = queries.clientsActiveByMonth(first, last, SDS);
        List<Long> privately = queries.clientsActiveByMonth(first, last, Set.of(FundingRoute.PRIVATE));
        List<MonthlyMeasures> out = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            YearMonth m = first.plusMonths(i);
            out.add(new MonthlyMeasures(m, listed.get(i), referrals.get(i), engaged.get(i), newlyListed.get(i), developing.get(i), granted.get(i),
                    sessions.get(i), clients.get(i), hours.getOrDefault(m.atDay(1), BigDecimal.ZERO).setScale(2), sds.get(i), privately.get(i)));
        }
        return out;
    }

    /**
     * The records behind measure {@code measureText} (a name of {@link MonthlyMeasures#NAMES}) in month {@code monthText}
     * ({@code yyyy-MM}), read with the figure's own conditions; client ids and references only with {@code clientDetails}.
     * 400 (fields {@code measure}, {@code month}) otherwise.
     */
    public MeasureDrillDown drillDown(String measureText, String monthText, boolean clientDetails) {
        Violations v = new Violations();
        String measure = measureText == null ? null : measureText.trim();
        v.require(measure != null && MonthlyMeasures.NAMES.contains(measure), "measure",
                "Give one of the monthly measures: " + String.join(", ", MonthlyMeasures.NAMES));
        YearMonth month = ArrangementForm.month(monthText, "month", v);
        v.throwIfAny();
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        List<MeasureRecord> records = switch (measure) {
            case "totalOnDirectory" -> queries.atStageOnRecords(Stage.LISTED, to);
            case "newReferrals" -> queries.enquiryRecords(from, to);
            case "engagedAndSupported" -> queries.supportedMicroEnterpriseRecords(from, to);
            case "newlyListed" -> queries.movedToRecords(Stage.LISTED, from, to);
            case "inProcess" -> queries.atStageOnRecords(Stage.DEVELOPING, to);
            case "accessingGrant" -> queries.grantedMicroEnterpriseRecords(to);
            case "businessSupportSessions" -> queries.supportSessionRecords(from, to);
            case "clientsSupported" -> queries.clientsActiveRecords(from, to, null);
            case "clientHours" -> queries.hoursRecords(from, from);
            case "clientsSds" -> queries.clientsActiveRecords(from, to, SDS);
            case "clientsPrivate" -> queries.clientsActiveRecords(from, to, Set.of(FundingRoute.PRIVATE));
            default -> throw new IllegalStateException(measure);
        };
        return MeasureDrillDown.of(month, measure, records, clientDetails);
    }

    /** The workforce and demand report on {@code onText} ({@code yyyy-MM-dd}); 400 (field {@code on}) otherwise. */
    public WorkforceDemand workforce(String onText) {
        Violations v = new Violations();
        LocalDate on = Fields.date(onText, "on", "The day", true, v);
        v.throwIfAny();
        List<WorkforceDemand.Line> lines = new ArrayList<>();
        lines.addAll(WorkforceDemand.lines(Dimension.GENDER, queries.listedByGender(on), queries.waitingByCarerGender(on)));
        lines.addAll(WorkforceDemand.lines(Dimension.AGE_BAND, queries.listedByAgeBand(on), null));
        lines.addAll(WorkforceDemand.lines(Dimension.LANGUAGE, queries.listedByCode(CodeKind.LANGUAGE, on), queries.waitingByLanguage(on)));
        lines.addAll(WorkforceDemand.lines(Dimension.SPECIALISM, queries.listedByCode(CodeKind.SPECIALISM, on), queries.waitingBySpecialism(on)));
        lines.add(new WorkforceDemand.Line(Dimension.AVAILABILITY, "EVENINGS", queries.listedEvenings(on), queries.waitingEvenings(on)));
        lines.add(new WorkforceDemand.Line(Dimension.AVAILABILITY, "WEEKENDS", queries.listedWeekends(on), queries.waitingWeekends(on)));
        List<WorkforceDemand.Waiting> waiting = new ArrayList<>();
        List<long[]> days = new ArrayList<>();
        ReportQueries.WaitingCount group = null;
        for (ReportQueries.WaitingCount w : queries.waitingByLocalityAndService(on)) {
            if (group != null && !(java.util.Objects.equals(group.locality(), w.locality()) && group.service().equals(w.service()))) {
                waiting.add(WorkforceDemand.waiting(group.locality(), group.service(), days));
                days = new ArrayList<>();
            }
            group = w;
            days.add(new long[] {java.time.temporal.ChronoUnit.DAYS.between(w.referredOn(), on), w.clients()});
        }
        if (group != null) {
            waiting.add(WorkforceDemand.waiting(group.locality(), group.service(), days));
        }
        return new WorkforceDemand(on, queries.atStageOn(Stage.LISTED, on), queries.waitingClients(on), lines, waiting);
    }

    /** The funding mix of the {@link FundingMix#MONTHS} months to {@code toText} ({@code yyyy-MM}); 400 (field {@code to}) otherwise. */
    public FundingMix fundingMix(String toText) {
        Violations v = new Violations();
        YearMonth to = ArrangementForm.month(toText, "to", v);
        v.throwIfAny();
        YearMonth from = to.minusMonths(FundingMix.MONTHS - 1L);
        return fundingMix(from, to, queries.clientsActiveByMonth(from, to, null));
    }

    /** The funding mix from {@code from} to {@code to} with each month's distinct clients already counted: one query for clients by route, one for hours. */
    private FundingMix fundingMix(YearMonth from, YearMonth to, List<Long> totalClients) {
        var hours = queries.hoursByMonthAndFunding(from.atDay(1), to.atDay(1));
        var clients = queries.clientsActiveByFundingAndMonth(from, to);
        List<FundingMix.Month> months = new ArrayList<>();
        for (int i = 0; i < totalClients.size(); i++) {
            YearMonth m = from.plusMonths(i);
            int month = i;
            Map<FundingRoute, Long> byRoute = new java.util.EnumMap<>(FundingRoute.class);
            clients.forEach((route, series) -> byRoute.put(route, series.get(month)));
            months.add(FundingMix.Month.of(m, totalClients.get(i), byRoute, hours.getOrDefault(m.atDay(1), Map.of())));
        }
        return new FundingMix(from, to, months);
    }

    /**
     * The journey flow from {@code fromText} to {@code toText} (both {@code yyyy-MM-dd}, inclusive); 400 (fields {@code from},
     * {@code to}) for a date that is not one, a last day before the first, or a period of more than {@link JourneyFlow#MAX_YEARS} years.
     */
    public JourneyFlow journeyFlow(String fromText, String toText) {
        Violations v = new Violations();
        LocalDate from = Fields.date(fromText, "from", "The first day", true, v);
        LocalDate to = Fields.date(toText, "to", "The last day", true, v);
        v.throwIfAny();
        JourneyFlow.requirePeriod(from, to);
        ReportQueries.Awards awards = queries.awardsDecided(from, to);
        return JourneyFlow.of(from, to, queries.firstListings(from, to), queries.departures(from, to), awards.count(), awards.total(),
                queries.atStageOn(Stage.LISTED, to));
    }

    /** A month written {@code yyyy-MM}; 400 (field {@code month}) otherwise. */
    public static YearMonth month(String text) {
        Violations v = new Violations();
        YearMonth m = ArrangementForm.month(text, "month", v);
        v.throwIfAny();
        return m;
    }

    private MonthlyMeasures measures(YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        BigDecimal hours = queries.hoursByMonth(from, from).getOrDefault(from, BigDecimal.ZERO).setScale(2);
        return new MonthlyMeasures(month, queries.atStageOn(Stage.LISTED, to), queries.enquiries(from, to),
                queries.supportedMicroEnterprises(from, to), queries.movedTo(Stage.LISTED, from, to), queries.atStageOn(Stage.DEVELOPING, to),
                queries.grantedMicroEnterprises(to), queries.supportSessions(from, to), queries.clientsActive(from, to, null), hours,
                queries.clientsActive(from, to, SDS), queries.clientsActive(from, to, Set.of(FundingRoute.PRIVATE)));
    }

    private CostAvoidance costAvoidance(LocalDate from, LocalDate to) {
        CostAvoidance.requirePeriod(from, to);
        return costAvoidance(from, to, queries.hoursByMonth(from, to));
    }

    /** Cost avoidance from {@code from} to {@code to} with the hours by month already read (they must cover the period's months). */
    private CostAvoidance costAvoidance(LocalDate from, LocalDate to, Map<LocalDate, BigDecimal> hours) {
        List<Rate> agency = rates.ofType(RateType.AGENCY_HOME_CARE);
        List<Rate> dp = rates.ofType(RateType.DIRECT_PAYMENT);
        return CostAvoidance.over(from, to, hours,
                (type, day) -> (type == RateType.AGENCY_HOME_CARE ? agency : dp).stream().filter(r -> r.appliesOn(day)).findFirst()
                        .map(Rate::getHourlyRate));
    }

    private List<TargetProgress> targets(LocalDate on) {
        return targetRepository.all().stream().filter(t -> t.covers(on)).sorted(Comparator.comparing(Target::getMetric))
                .map(t -> progress(t, on)).toList();
    }

    private TargetProgress progress(Target t, LocalDate on) {
        if (TargetProgress.counted(t.getMetric())) {
            return TargetProgress.of(t, on, queries.enquiries(t.getPeriodStart(), on), null);
        }
        LocalDate before = t.getPeriodStart().minusDays(1);
        return TargetProgress.of(t, on, level(t.getMetric(), on), level(t.getMetric(), before));
    }

    /** A level metric's value on a day. */
    private long level(TargetMetric metric, LocalDate day) {
        return switch (metric) {
            case LISTED_MICRO_ENTERPRISES -> queries.atStageOn(Stage.LISTED, day);
            case WEEKLY_SUPPORT_HOURS -> queries.weeklyHoursOn(day);
            case CLIENTS_SUPPORTED -> queries.clientsActive(day, day, null);
            case SDS_OPTION_2_CLIENTS -> queries.clientsActive(day, day, Set.of(FundingRoute.SDS_OPTION_2));
            case NEW_MICRO_ENTERPRISES -> throw new IllegalArgumentException("NEW_MICRO_ENTERPRISES is counted, not a level");
        };
    }

}
