package org.microcare.interfaces.council.web.reports;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.Today;
import org.microcare.application.reporting.ReportService;
import org.microcare.application.reporting.ReportService.MonthReport;
import org.microcare.domain.model.reporting.MonthlyMeasures;
import org.microcare.domain.model.reporting.TargetStatus;
import org.microcare.interfaces.council.rest.ReportDocuments;
import org.microcare.interfaces.council.rest.ReportsResource;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.DisplayFormats;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;
import org.microcare.interfaces.shared.web.FormErrors;

/**
 * {@code /c/{tenant}/reports?month=yyyy-MM} (the last whole month when none is chosen): the month's report
 * as {@link ReportService#month} reads it, in one transaction; {@code /reports/csv?month=} downloads the same
 * figures as the API's CSV. A month that is not one shows the error summary and no figures.
 */
@Named("reportsPage")
@RequestScoped
public class ReportsPage {

    /** One row of the measures table: the measure's name, its figure in each month shown (chosen first), what it counts. */
    public record MeasureRow(String name, String label, List<Figure> figures, String explanation) {
    }

    /** A figure and the link to the records behind it. */
    public record Figure(String text, String url) {
    }

    @Inject
    ReportService reports;

    @Inject
    Today today;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    private String monthText;
    private MonthReportCharts charts;

    private final ReportRead<MonthReport> read = new ReportRead<>(() -> {
            String asked = PageForms.param("month");
            monthText = asked == null || asked.isBlank() ? YearMonth.from(today.date()).minusMonths(1).toString() : asked.trim();
            return reports.month(ReportService.month(monthText), ReportsResource.PREVIOUS_MONTHS);
        }, e -> errors.add("month", Texts.get("reports.error.month")));

    private MonthReport report() {
        return read.get();
    }

    /** The CSV download (the csv view's only action): the API's CSV as an attachment, or 400 (the problem page) for a month that is not one. */
    public void downloadCsv() {
        ReportRead.downloadCsv(() -> reports.month(ReportService.month(PageForms.param("month")), ReportsResource.PREVIOUS_MONTHS), ReportDocuments::disposition, ReportDocuments::csv);
    }

    public String getMonth() {
        read.get();
        return monthText;
    }

    public boolean isShown() {
        return read.shown();
    }

    public MonthReport getReport() {
        return report();
    }

    /** "March 2024" / "Mawrth 2024". */
    public String monthName(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", Texts.locale()).format(month);
    }

    public String getMonthTitle() {
        return isShown() ? monthName(report().chosen().month()) : "";
    }

    public List<String> getMonthNames() {
        return isShown() ? report().months().stream().map(m -> monthName(m.month())).toList() : List.of();
    }

    public List<MeasureRow> getMeasures() {
        return isShown() ? measureRows(council, report().months()) : List.of();
    }

    /** The measures table's rows for {@code months} (chosen first), each figure linking to its records. */
    static List<MeasureRow> measureRows(CouncilPage council, List<MonthlyMeasures> months) {
        return MonthlyMeasures.NAMES.stream().map(name -> new MeasureRow(name, Texts.get("reports.measure." + name),
                months.stream()
                .map(m -> new Figure(figure(m.figure(name)), MeasurePage.url(council, m.month(), name))).toList(), Texts.get("reports.measure." + name + ".explain"))).toList();
    }

    private static String figure(Number n) {
        return n instanceof BigDecimal b ? DisplayFormats.plainMoney(b) : String.valueOf(n);
    }

    public String getCsvUrl() {
        return council.getBase() + "/reports/csv?month=" + PageForms.encode(monthText == null ? "" : monthText);
    }

    public String statusTag(TargetStatus status) {
        return tagOf(status);
    }

    static String tagOf(TargetStatus status) {
        return switch (status) {
            case ON_TRACK -> "govuk-tag--green";
            case AT_RISK -> "govuk-tag--yellow";
            case OFF_TRACK -> "govuk-tag--red";
        };
    }

    public String hours(BigDecimal hours) {
        return DisplayFormats.plainMoney(hours);
    }

    public String getLastDay() {
        return isShown() ? DisplayFormats.dateText(report().chosen().month().atEndOfMonth()) : "";
    }

    /** The trend charts, their table and the progress chart (null without a month). */
    public MonthReportCharts getCharts() {
        if (charts == null && isShown()) {
            charts = new MonthReportCharts(report());
        }
        return charts;
    }

    public String getBoardPackUrl() {
        return council.getBase() + "/reports/board-pack?month=" + PageForms.encode(monthText == null ? "" : monthText);
    }
}
