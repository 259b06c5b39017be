package org.microcare.interfaces.council.web.reports;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.Today;
import org.microcare.application.reporting.ReportService;
import org.microcare.application.reporting.ReportService.BoardPack;
import org.microcare.domain.model.client.FundingRoute;
import org.microcare.domain.model.reporting.CostAvoidance;
import org.microcare.domain.model.reporting.FundingMix;
import org.microcare.domain.model.reporting.TargetStatus;
import org.microcare.interfaces.council.rest.ReportsResource;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.DisplayFormats;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;
import org.microcare.interfaces.shared.web.FormErrors;

/**
 * {@code /c/{tenant}/reports/board-pack?month=yyyy-MM} (the last whole month when none is chosen): one printable
 * document for a programme board, as {@link ReportService#boardPack} reads it in one transaction. A cover (programme,
 * council, month, day produced), the month's measures beside the previous months with what each counts, the
 * twelve-month trend charts and their table, targets with status, the rule and a progress chart, cost avoidance for
 * the month and for the twelve months with each month's rates, the month's funding mix, and how the figures are
 * defined. Counts, hours and money only. A month that is not one answers 400 with the error summary.
 */
@Named("boardPackPage")
@RequestScoped
public class BoardPackPage {

    /** A funding route's clients and hours (as shown) in the chosen month. */
    public record FundingRow(String route, String label, long clients, String hours) {
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

    private final ReportRead<BoardPack> read = new ReportRead<>(() -> {
            String asked = PageForms.param("month");
            monthText = asked == null ? YearMonth.from(today.date()).minusMonths(1).toString() : asked;
            return reports.boardPack(ReportService.month(monthText), ReportsResource.PREVIOUS_MONTHS);
        }, e -> errors.add("month", Texts.get("reports.error.month")));

    private BoardPack pack() {
        return read.get();
    }

    /** Before rendering: a month that is not one answers 400 (the page shows the error summary and the month form). */
    public void check() {
        if (!isShown()) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
        }
    }

    public String getMonth() {
        read.get();
        return monthText;
    }

    public boolean isShown() {
        return read.shown();
    }

    public BoardPack getPack() {
        return pack();
    }

    public String monthName(YearMonth month) {
        return ReportCharts.monthName(month);
    }

    public String getMonthTitle() {
        return isShown() ? monthName(pack().month()) : "";
    }

    public String getProducedOn() {
        return DisplayFormats.dateText(today.date());
    }

    public String getLastDay() {
        return isShown() ? DisplayFormats.dateText(pack().month().atEndOfMonth()) : "";
    }

    public List<String> getMonthNames() {
        return isShown() ? pack().report().months().stream().map(m -> monthName(m.month())).toList() : List.of();
    }

    public List<ReportsPage.MeasureRow> getMeasures() {
        return isShown() ? ReportsPage.measureRows(council, pack().report().months()) : List.of();
    }

    /** The trend charts, their table and the progress chart (null without a month). */
    public MonthReportCharts getCharts() {
        if (charts == null && isShown()) {
            charts = new MonthReportCharts(pack().report());
        }
        return charts;
    }

    public String statusTag(TargetStatus status) {
        return ReportsPage.tagOf(status);
    }

    public String hours(BigDecimal hours) {
        return DisplayFormats.plainMoney(hours);
    }

    /** The cost avoidance of the twelve months to the chosen one. */
    public CostAvoidance getYearCost() {
        return isShown() ? pack().yearCostAvoidance() : null;
    }

    public String getYearPeriod() {
        return isShown() ? monthName(pack().fundingMix().from()) + " – " + getMonthTitle() : "";
    }

    public FundingMix.Month getFunding() {
        return isShown() ? pack().funding() : null;
    }

    public List<FundingRow> getFundingRows() {
        if (!isShown()) {
            return List.of();
        }
        FundingMix.Month m = pack().funding();
        return Arrays.stream(FundingRoute.values()).map(r -> new FundingRow(r.name(), Texts.get("client.funding." + r), m.clients().get(r),
                DisplayFormats.plainMoney(m.hours().get(r)))).toList();
    }

    public String getCsvUrl() {
        return council.getBase() + "/reports/csv?month=" + PageForms.encode(monthText == null ? "" : monthText);
    }

    public String getReportsUrl() {
        return council.getBase() + "/reports" + (isShown() ? "?month=" + pack().month() : "");
    }
}
