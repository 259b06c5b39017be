package org.microcare.interfaces.council.web.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.Today;
import org.microcare.application.reporting.ReportService;
import org.microcare.domain.model.reporting.JourneyFlow;
import org.microcare.domain.shared.Violation;
import org.microcare.interfaces.council.rest.ReportDocuments;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.DisplayFormats;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;
import org.microcare.interfaces.shared.web.FormErrors;

/**
 * {@code /c/{tenant}/reports/journey-flow?from=yyyy-MM-dd&to=yyyy-MM-dd} (the last twelve whole months when not
 * given): how long MEs took from enquiry to their first listing (figures, then the bands as an SVG chart with its
 * data table), the MEs that left by reason, grant money committed per listed ME, and first listings and leavers
 * month by month (chart and table); {@code /reports/journey-flow/csv?from=&to=} downloads the API's CSV (400 for a
 * period that is not one). Definitions on {@link JourneyFlow}; counts and money only.
 */
@Named("journeyFlowPage")
@RequestScoped
public class JourneyFlowPage {

    /** A band of the table: its words and how many MEs. */
    public record BandRow(String name, long microEnterprises) {
    }

    /** A reason of the leavers' table: its words and how many MEs. */
    public record ReasonRow(String reason, long microEnterprises) {
    }

    /** A month of the table: its name and figures. */
    public record MonthRow(String id, String name, long firstListed, long left) {
    }

    @Inject
    ReportService reports;

    @Inject
    Today today;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    private String fromText;
    private String toText;

    private final ReportRead<JourneyFlow> read = new ReportRead<>(() -> {
            YearMonth thisMonth = YearMonth.from(today.date());
            String from = PageForms.param("from");
            String to = PageForms.param("to");
            fromText = from == null ? thisMonth.minusMonths(12).atDay(1).toString() : from;
            toText = to == null ? thisMonth.minusMonths(1).atEndOfMonth().toString() : to;
            return reports.journeyFlow(fromText, toText);
        }, e -> e.violations().forEach(v -> errors.add(v.field(), violation(v, fromText, toText))));

    private JourneyFlow flow() {
        return read.get();
    }

    /** A broken rule about the period, in the page's language, as precise as what was typed allows. */
    static String violation(Violation v, String from, String to) {
        String problem = switch (v.field()) {
            case "from" -> PageForms.dateProblem(from, true);
            case "to" -> {
                String typed = PageForms.dateProblem(to, true);
                LocalDate first = PageForms.date(from);
                LocalDate last = PageForms.date(to);
                yield typed != null ? typed : first != null && last != null && last.isBefore(first) ? "before" : "long";
            }
            default -> null;
        };
        return Texts.violation("reports.journey.error.", v, problem);
    }

    /** The CSV download (the csv view's only action): the API's CSV, or 400 for a period that is not one. */
    public void downloadCsv() {
        ReportRead.downloadCsv(() -> reports.journeyFlow(PageForms.param("from"), PageForms.param("to")), ReportDocuments::disposition, ReportDocuments::csv);
    }

    public String getFrom() {
        read.get();
        return fromText;
    }

    public String getTo() {
        read.get();
        return toText;
    }

    public boolean isShown() {
        return read.shown();
    }

    public JourneyFlow getFlow() {
        return flow();
    }

    public String getPeriodText() {
        return isShown() ? Texts.get("reports.journey.period", DisplayFormats.dateText(flow().from()), DisplayFormats.dateText(flow().to())) : "";
    }

    public String getLastDayText() {
        return isShown() ? DisplayFormats.dateText(flow().to()) : "";
    }

    /** Whether any ME was first listed in the period. */
    public boolean isAnyListed() {
        return isShown() && flow().firstListed().count() > 0;
    }

    public String getMedianDays() {
        return isAnyListed() ? ReportDocuments.median(flow().firstListed().medianDays()) : "";
    }

    public String getMeanDays() {
        return isAnyListed() ? flow().firstListed().meanDays().toPlainString() : "";
    }

    public List<BandRow> getBands() {
        if (!isShown()) {
            return List.of();
        }
        return flow().firstListed().bands().entrySet().stream()
                .map(b -> new BandRow(Texts.get("reports.journey.band." + b.getKey().name()), b.getValue())).toList();
    }

    public BarChart getBandChart() {
        return new BarChart(List.of(new BarChart.Series(Texts.get("reports.journey.firstListed.mes"), WorkforcePage.ME_FILL)),
                getBands().stream().map(b -> new BarChart.Row(b.name(), List.of(b.microEnterprises()))).toList());
    }

    /** Every reason, with how many MEs left for it. */
    public List<ReasonRow> getReasons() {
        if (!isShown()) {
            return List.of();
        }
        return flow().left().byReason().entrySet().stream()
                .map(r -> new ReasonRow(Texts.get("me.leaveReason." + r.getKey().name()), r.getValue())).toList();
    }

    /** Whether any ME was first listed or left in any month of the period. */
    public boolean isAnyMovement() {
        return isShown() && (flow().firstListed().count() > 0 || flow().left().total() > 0);
    }

    public List<MonthRow> getMonths() {
        if (!isShown()) {
            return List.of();
        }
        DateTimeFormatter name = DateTimeFormatter.ofPattern("MMMM yyyy", Texts.locale());
        return flow().months().stream().map(m -> new MonthRow(m.month().toString(), name.format(m.month()), m.firstListed(), m.left())).toList();
    }

    public BarChart getMonthChart() {
        return new BarChart(List.of(new BarChart.Series(Texts.get("reports.journey.months.firstListed"), WorkforcePage.ME_FILL),
                new BarChart.Series(Texts.get("reports.journey.months.left"), WorkforcePage.CLIENT_FILL)),
                getMonths().stream().map(m -> new BarChart.Row(m.name(), Arrays.asList(m.firstListed(), m.left()))).toList());
    }

    /** An amount of money with a pound sign, or the words for none. */
    public String money(BigDecimal amount) {
        return amount == null ? Texts.get("reports.journey.grants.none") : DisplayFormats.moneyText(amount);
    }

    public String getCsvUrl() {
        return council.getBase() + "/reports/journey-flow/csv?from=" + PageForms.encode(fromText == null ? "" : fromText) + "&to="
                + PageForms.encode(toText == null ? "" : toText);
    }
}
