package org.microcare.interfaces.council.web.reports;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.Today;
import org.microcare.application.reporting.ReportService;
import org.microcare.domain.model.client.FundingRoute;
import org.microcare.domain.model.reporting.FundingMix;
import org.microcare.interfaces.council.rest.ReportDocuments;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.DisplayFormats;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;
import org.microcare.interfaces.shared.web.FormErrors;

/**
 * {@code /c/{tenant}/reports/funding-mix?to=yyyy-MM} (the last whole month when none is given): clients and
 * hours by funding route for the twelve months to the chosen one, as an SVG chart of clients and SDS option
 * 2 clients followed by its data table, then every route's clients and hours; {@code /reports/funding-mix/csv?to=}
 * downloads the API's CSV (400 for a month that is not one). Definitions on {@link FundingMix}.
 */
@Named("fundingMixPage")
@RequestScoped
public class FundingMixPage {

    /** A route's figures across the months: clients, and hours as shown. */
    public record RouteRow(String name, List<Long> clients, List<String> hours) {
    }

    @Inject
    ReportService reports;

    @Inject
    Today today;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    private String toText;

    private final ReportRead<FundingMix> read = new ReportRead<>(() -> {
            String asked = PageForms.param("to");
            toText = asked == null ? YearMonth.from(today.date()).minusMonths(1).toString() : asked;
            return reports.fundingMix(toText);
        }, e -> errors.add("to", Texts.get("reports.error.month")));

    private FundingMix mix() {
        return read.get();
    }

    /** The CSV download (the csv view's only action): the API's CSV, or 400 for a month that is not one. */
    public void downloadCsv() {
        ReportRead.downloadCsv(() -> reports.fundingMix(PageForms.param("to")), ReportDocuments::disposition, ReportDocuments::csv);
    }

    public String getTo() {
        read.get();
        return toText;
    }

    public boolean isShown() {
        return read.shown();
    }

    public FundingMix getMix() {
        return mix();
    }

    private static String monthName(YearMonth m) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", Texts.locale()).format(m);
    }

    private static String shortMonth(YearMonth m) {
        return DateTimeFormatter.ofPattern("MMM yyyy", Texts.locale()).format(m);
    }

    public String getPeriodText() {
        return isShown() ? monthName(mix().from()) + " – " + monthName(mix().to()) : "";
    }

    public List<String> getMonthNames() {
        return isShown() ? mix().months().stream().map(m -> shortMonth(m.month())).toList() : List.of();
    }

    /** The chart's and its table's rows: one a month. */
    public List<FundingMix.Month> getMonths() {
        return isShown() ? mix().months() : List.of();
    }

    public String monthTitle(FundingMix.Month m) {
        return monthName(m.month());
    }

    public String hours(java.math.BigDecimal h) {
        return DisplayFormats.plainMoney(h);
    }

    public BarChart getChart() {
        List<BarChart.Row> rows = getMonths().stream()
                .map(m -> new BarChart.Row(monthName(m.month()), Arrays.asList(m.totalClients(), m.sdsOption2Clients()))).toList();
        return new BarChart(List.of(new BarChart.Series(Texts.get("reports.funding.clients"), WorkforcePage.ME_FILL),
                new BarChart.Series(Texts.get("reports.funding.sds2"), WorkforcePage.CLIENT_FILL)), rows);
    }

    public List<RouteRow> getRoutes() {
        if (!isShown()) {
            return List.of();
        }
        return Arrays.stream(FundingRoute.values()).map(r -> new RouteRow(Texts.get("client.funding." + r),
                mix().months().stream().map(m -> m.clients().get(r)).toList(),
                mix().months().stream().map(m -> DisplayFormats.plainMoney(m.hours().get(r))).toList())).toList();
    }

    public String getCsvUrl() {
        return council.getBase() + "/reports/funding-mix/csv?to=" + PageForms.encode(toText == null ? "" : toText);
    }
}
