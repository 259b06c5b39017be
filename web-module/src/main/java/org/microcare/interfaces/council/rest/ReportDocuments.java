package org.microcare.interfaces.council.rest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.microcare.application.reporting.ReportService.MonthReport;
import org.microcare.domain.model.client.FundingRoute;
import org.microcare.domain.model.reporting.CostAvoidance;
import org.microcare.domain.model.reporting.FundingMix;
import org.microcare.domain.model.reporting.JourneyFlow;
import org.microcare.domain.model.reporting.MeasureDrillDown;
import org.microcare.domain.model.reporting.MeasureRecord;
import org.microcare.domain.model.reporting.MonthlyMeasures;
import org.microcare.domain.model.reporting.TargetProgress;
import org.microcare.domain.model.reporting.WorkforceDemand;
import org.microcare.domain.shared.Fields;

/**
 * The reports as the API shows them (figures as numbers, hours and money as {@code "0.00"} strings) and
 * a month's report (what the reports page shows) as CSV, the same from the API and the page. The CSV is
 * long: one figure a line, {@code section,period,measure,value}, with the values written exactly as in the
 * JSON of {@code /reports/monthly-measures}, {@code /reports/targets} and {@code /reports/cost-avoidance}.
 */
public final class ReportDocuments {

    /** Which day of a month picks the rates used for its hours. */
    public static final String RATE_DAY = "FIRST_OF_MONTH";

    private ReportDocuments() {
    }

    /** {@code GET /reports/monthly-measures}: API.md's fields. */
    public record MeasuresView(String month, long totalOnDirectory, long newReferrals, long engagedAndSupported, long newlyListed,
                               long inProcess, long accessingGrant, long businessSupportSessions, long clientsSupported, String clientHours,
                               long clientsSds, long clientsPrivate) {
        public static MeasuresView of(MonthlyMeasures m) {
            return new MeasuresView(m.month().toString(), m.totalOnDirectory(), m.newReferrals(), m.engagedAndSupported(), m.newlyListed(),
                    m.inProcess(), m.accessingGrant(), m.businessSupportSessions(), m.clientsSupported(), Fields.money(m.clientHours()),
                    m.clientsSds(), m.clientsPrivate());
        }
    }

    /** One month of a cost-avoidance period: its hours, the rates in effect on its first day, its saving (null without both rates). */
    public record MonthSavingView(String month, String hours, String agencyRate, String directPaymentRate, String saving, boolean missingRate) {
        static MonthSavingView of(CostAvoidance.MonthSaving m) {
            return new MonthSavingView(m.month().toString(), Fields.money(m.hours()), Fields.money(m.agencyRate()),
                    Fields.money(m.directPaymentRate()), Fields.money(m.saving()), m.missingRate());
        }
    }

    /** {@code GET /reports/cost-avoidance}: API.md's {@code hours}, {@code saving}, {@code annualisedSaving}, then how they were worked out. */
    public record CostAvoidanceView(String hours, String saving, String annualisedSaving, LocalDate from, LocalDate to, long days,
                                    String rateDay, List<MonthSavingView> months, List<String> missingRates) {
        public static CostAvoidanceView of(CostAvoidance c) {
            return new CostAvoidanceView(Fields.money(c.hours()), Fields.money(c.saving()), Fields.money(c.annualisedSaving()), c.from(), c.to(),
                    c.days(), RATE_DAY, c.months().stream().map(MonthSavingView::of).toList(),
                    c.missingRates().stream().map(Object::toString).toList());
        }
    }

    /** {@code GET /reports/targets}: API.md's fields, then the trajectory behind the status. */
    public record TargetView(String metric, int target, long actual, LocalDate periodStart, LocalDate periodEnd, String status, String kind,
                             Long baseline, long projected, long projectedPercent) {
        public static TargetView of(TargetProgress p) {
            return new TargetView(p.metric().name(), p.target(), p.actual(), p.periodStart(), p.periodEnd(), p.status().name(),
                    TargetProgress.counted(p.metric()) ? "COUNT" : "LEVEL", p.baseline(), p.projected(), p.projectedPercent());
        }
    }

    /** One record behind a measure (fields the record does not have, or may not show, are left out). */
    public record RecordView(String microEnterpriseId, String tradingName, String sessionId, String clientId, String clientReference, LocalDate on,
                             String hours) {
        static RecordView of(MeasureRecord r) {
            return new RecordView(r.microEnterpriseId(), r.tradingName(), r.sessionId(), r.clientId(), r.clientReference(), r.on(),
                    r.hours() == null ? null : Fields.money(r.hours()));
        }
    }

    /**
     * {@code GET /reports/monthly-measures/{measure}?month=}: the records behind a measure's figure; {@code figure} is written as in
     * {@code /reports/monthly-measures}, {@code count} is the number of records (for every measure but {@code clientHours} equal to the
     * figure), {@code clientDetailsShown} false for viewers (client records left out, their count kept).
     */
    public record DrillDownView(String month, String measure, String kind, Object figure, long count, boolean clientDetailsShown,
                                List<RecordView> records) {
        public static DrillDownView of(MeasureDrillDown d) {
            Object figure = d.kind() == MeasureDrillDown.Kind.HOURS ? Fields.money(d.totalHours()) : (Object) d.count();
            return new DrillDownView(d.month().toString(), d.measure(), d.kind().name(), figure, d.count(), d.clientDetails(),
                    d.records().stream().map(RecordView::of).toList());
        }
    }

    /** A line of the workforce report: MEs listed with the value, waiting clients asking for it (absent for age band). */
    public record LineView(String dimension, String value, long microEnterprises, Long waitingClients) {
        static LineView of(WorkforceDemand.Line l) {
            return new LineView(l.dimension().name(), l.value(), l.microEnterprises(), l.waitingClients());
        }
    }

    /** Clients waiting in a locality for a service: how many, median days (one decimal), longest days. */
    public record WaitingView(String locality, String service, long clients, String medianDays, long longestDays) {
        static WaitingView of(WorkforceDemand.Waiting w) {
            return new WaitingView(w.locality(), w.service(), w.clients(), median(w.medianDays()), w.longestDays());
        }
    }

    /** {@code GET /reports/workforce?on=}: definitions on {@link WorkforceDemand}. */
    public record WorkforceView(LocalDate on, long listed, long waitingClients, List<LineView> supplyAndDemand, List<WaitingView> waiting) {
        public static WorkforceView of(WorkforceDemand w) {
            return new WorkforceView(w.on(), w.listed(), w.waitingClients(), w.supplyAndDemand().stream().map(LineView::of).toList(),
                    w.waiting().stream().map(WaitingView::of).toList());
        }
    }

    /** A funding route's clients and hours in a month. */
    public record RouteView(String funding, long clients, String hours) {
    }

    /** A month of the funding mix: distinct clients, SDS option 2 clients, hours, then every route. */
    public record FundingMonthView(String month, long totalClients, long sdsOption2Clients, String totalHours, List<RouteView> byRoute) {
        static FundingMonthView of(FundingMix.Month m) {
            return new FundingMonthView(m.month().toString(), m.totalClients(), m.sdsOption2Clients(), Fields.money(m.totalHours()),
                    m.clients().keySet().stream().map(r -> new RouteView(r.name(), m.clients().get(r), Fields.money(m.hours().get(r)))).toList());
        }
    }

    /** {@code GET /reports/funding-mix?to=}: definitions on {@link FundingMix}. */
    public record FundingMixView(String from, String to, List<FundingMonthView> months) {
        public static FundingMixView of(FundingMix f) {
            return new FundingMixView(f.from().toString(), f.to().toString(), f.months().stream().map(FundingMonthView::of).toList());
        }
    }

    /**
     * The funding mix as CSV: {@code section,period,measure,value}, section {@code fundingMix}, one line per month and figure
     * ({@code totalClients}, {@code sdsOption2Clients}, {@code totalHours}, {@code clients.ROUTE}, {@code hours.ROUTE}), as in the JSON.
     */
    public static String csv(FundingMix f) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("section", "period", "measure", "value").get())) {
            for (FundingMix.Month m : f.months()) {
                csv.printRecord("fundingMix", m.month(), "totalClients", m.totalClients());
                csv.printRecord("fundingMix", m.month(), "sdsOption2Clients", m.sdsOption2Clients());
                csv.printRecord("fundingMix", m.month(), "totalHours", Fields.money(m.totalHours()));
                for (FundingRoute r : m.clients().keySet()) {
                    csv.printRecord("fundingMix", m.month(), "clients." + r, m.clients().get(r));
                    csv.printRecord("fundingMix", m.month(), "hours." + r, Fields.money(m.hours().get(r)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Median days as written everywhere: one decimal place ("12.5", "3.0"). */
    public static String median(double days) {
        return BigDecimal.valueOf(days).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * The workforce report as CSV, long like the month's: {@code section,value,measure,figure} with sections
     * {@code totals}, the dimensions ({@code GENDER} … {@code AVAILABILITY}: {@code microEnterprises},
     * {@code waitingClients}) and {@code waiting} ({@code locality/service}: {@code clients}, {@code medianDays},
     * {@code longestDays}), figures as in the JSON.
     */
    public static String csv(WorkforceDemand w) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("section", "value", "measure", "figure").get())) {
            csv.printRecord("totals", w.on(), "listed", w.listed());
            csv.printRecord("totals", w.on(), "waitingClients", w.waitingClients());
            for (WorkforceDemand.Line l : w.supplyAndDemand()) {
                csv.printRecord(l.dimension(), l.value(), "microEnterprises", l.microEnterprises());
                if (l.waitingClients() != null) {
                    csv.printRecord(l.dimension(), l.value(), "waitingClients", l.waitingClients());
                }
            }
            for (WorkforceDemand.Waiting g : w.waiting()) {
                String where = g.locality() + "/" + g.service();
                csv.printRecord("waiting", where, "clients", g.clients());
                csv.printRecord("waiting", where, "medianDays", median(g.medianDays()));
                csv.printRecord("waiting", where, "longestDays", g.longestDays());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The month's report as CSV: the measures of each month shown, the targets on its last day, its cost avoidance. */
    public static String csv(MonthReport report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("section", "period", "measure", "value").get())) {
            for (MonthlyMeasures m : report.months()) {
                for (String name : MonthlyMeasures.NAMES) {
                    Number figure = m.figure(name);
                    csv.printRecord("monthlyMeasures", m.month(), name, figure instanceof BigDecimal b ? Fields.money(b) : figure);
                }
            }
            for (TargetProgress t : report.targets()) {
                String period = t.periodStart() + "/" + t.periodEnd();
                csv.printRecord("targets", period, t.metric() + ".target", t.target());
                csv.printRecord("targets", period, t.metric() + ".actual", t.actual());
                csv.printRecord("targets", period, t.metric() + ".projected", t.projected());
                csv.printRecord("targets", period, t.metric() + ".status", t.status());
            }
            CostAvoidance c = report.costAvoidance();
            String period = c.from() + "/" + c.to();
            csv.printRecord("costAvoidance", period, "hours", Fields.money(c.hours()));
            csv.printRecord("costAvoidance", period, "saving", Fields.money(c.saving()));
            csv.printRecord("costAvoidance", period, "annualisedSaving", Fields.money(c.annualisedSaving()));
            for (CostAvoidance.MonthSaving m : c.months()) {
                csv.printRecord("costAvoidance", m.month(), "agencyRate", text(m.agencyRate()));
                csv.printRecord("costAvoidance", m.month(), "directPaymentRate", text(m.directPaymentRate()));
                csv.printRecord("costAvoidance", m.month(), "saving", text(m.saving()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A band of days from enquiry to first listing: its name, first and last day count (none for the last band), how many MEs. */
    public record BandView(String band, long fromDays, Long toDays, long microEnterprises) {
    }

    /** MEs first listed in the period and their days from enquiry (median and mean with one decimal; none when no ME). */
    public record FirstListedView(long count, String medianDays, String meanDays, Long shortestDays, Long longestDays, List<BandView> bands) {
        static FirstListedView of(JourneyFlow.Listings l) {
            return new FirstListedView(l.count(), l.medianDays() == null ? null : median(l.medianDays()),
                    l.meanDays() == null ? null : l.meanDays().toPlainString(), l.shortestDays(), l.longestDays(),
                    l.bands().entrySet().stream().map(b -> new BandView(b.getKey().name(), b.getKey().fromDays(), b.getKey().toDays(),
                            b.getValue())).toList());
        }
    }

    /** MEs that left for a reason. */
    public record ReasonView(String reason, long microEnterprises) {
    }

    /** MEs that left in the period, in all and by every reason. */
    public record LeftView(long total, List<ReasonView> byReason) {
        static LeftView of(JourneyFlow.Leavers l) {
            return new LeftView(l.total(), l.byReason().entrySet().stream().map(r -> new ReasonView(r.getKey().name(), r.getValue())).toList());
        }
    }

    /** Grant money committed in the period and per ME (none when there is no ME). */
    public record GrantsView(long awards, String committed, long listedAtEnd, String committedPerListed, String committedPerFirstListed) {
        static GrantsView of(JourneyFlow.Grants g) {
            return new GrantsView(g.awards(), Fields.money(g.committed()), g.listedAtEnd(), Fields.money(g.committedPerListed()),
                    Fields.money(g.committedPerFirstListed()));
        }
    }

    /** A month of the journey flow: first listings and leavers. */
    public record JourneyMonthView(String month, long firstListed, long left) {
    }

    /** {@code GET /reports/journey-flow?from=&to=}: definitions on {@link JourneyFlow}. */
    public record JourneyFlowView(LocalDate from, LocalDate to, FirstListedView firstListed, LeftView left, GrantsView grants,
                                  List<JourneyMonthView> months) {
        public static JourneyFlowView of(JourneyFlow f) {
            return new JourneyFlowView(f.from(), f.to(), FirstListedView.of(f.firstListed()), LeftView.of(f.left()), GrantsView.of(f.grants()),
                    f.months().stream().map(m -> new JourneyMonthView(m.month().toString(), m.firstListed(), m.left())).toList());
        }
    }

    /**
     * The journey flow as CSV: {@code section,period,measure,value}, period {@code from/to} (the listed MEs: the last day, the
     * months: {@code yyyy-MM}); sections {@code firstListed} ({@code count}, {@code medianDays}, {@code meanDays},
     * {@code shortestDays}, {@code longestDays}, {@code band.BAND}), {@code left} ({@code total}, {@code reason.REASON}),
     * {@code grants} ({@code awards}, {@code committed}, {@code listedAtEnd}, {@code committedPerListed},
     * {@code committedPerFirstListed}) and {@code months} ({@code firstListed}, {@code left}); values as in the JSON, empty for none.
     */
    public static String csv(JourneyFlow f) {
        JourneyFlowView j = JourneyFlowView.of(f);
        String period = f.from() + "/" + f.to();
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("section", "period", "measure", "value").get())) {
            FirstListedView l = j.firstListed();
            csv.printRecord("firstListed", period, "count", l.count());
            csv.printRecord("firstListed", period, "medianDays", orEmpty(l.medianDays()));
            csv.printRecord("firstListed", period, "meanDays", orEmpty(l.meanDays()));
            csv.printRecord("firstListed", period, "shortestDays", orEmpty(l.shortestDays()));
            csv.printRecord("firstListed", period, "longestDays", orEmpty(l.longestDays()));
            for (BandView b : l.bands()) {
                csv.printRecord("firstListed", period, "band." + b.band(), b.microEnterprises());
            }
            csv.printRecord("left", period, "total", j.left().total());
            for (ReasonView r : j.left().byReason()) {
                csv.printRecord("left", period, "reason." + r.reason(), r.microEnterprises());
            }
            GrantsView g = j.grants();
            csv.printRecord("grants", period, "awards", g.awards());
            csv.printRecord("grants", period, "committed", g.committed());
            csv.printRecord("grants", f.to(), "listedAtEnd", g.listedAtEnd());
            csv.printRecord("grants", period, "committedPerListed", orEmpty(g.committedPerListed()));
            csv.printRecord("grants", period, "committedPerFirstListed", orEmpty(g.committedPerFirstListed()));
            for (JourneyMonthView m : j.months()) {
                csv.printRecord("months", m.month(), "firstListed", m.firstListed());
                csv.printRecord("months", m.month(), "left", m.left());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Object orEmpty(Object value) {
        return value == null ? "" : value;
    }

    private static String text(BigDecimal amount) {
        return amount == null ? "" : Fields.money(amount);
    }

    /** The attachment's header value: {@code attachment; filename="report-2024-03.csv"}. */
    public static String disposition(MonthReport report) {
        return "attachment; filename=\"report-" + report.chosen().month() + ".csv\"";
    }

    public static String disposition(org.microcare.domain.model.reporting.WorkforceDemand report) {
        return "attachment; filename=\"workforce-" + report.on() + ".csv\"";
    }

    public static String disposition(org.microcare.domain.model.reporting.FundingMix mix) {
        return "attachment; filename=\"funding-mix-" + mix.to() + ".csv\"";
    }

    public static String disposition(JourneyFlow flow) {
        return "attachment; filename=\"journey-flow-" + flow.from() + "-to-" + flow.to() + ".csv\"";
    }
}
