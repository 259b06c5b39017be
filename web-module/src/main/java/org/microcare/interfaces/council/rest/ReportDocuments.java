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
import org.microcare.domain.model.reporting.CostAvoidance;
import org.microcare.domain.model.reporting.MonthlyMeasures;
import org.microcare.domain.model.reporting.TargetProgress;
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

    private static String text(BigDecimal amount) {
        return amount == null ? "" : Fields.money(amount);
    }

    /** The attachment's header value: {@code attachment; filename="report-2024-03.csv"}. */
    public static String disposition(MonthReport report) {
        return "attachment; filename=\"report-" + report.chosen().month() + ".csv\"";
    }
}
