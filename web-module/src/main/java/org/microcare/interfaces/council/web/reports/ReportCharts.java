package org.microcare.interfaces.council.web.reports;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.microcare.domain.model.reporting.MonthlyMeasures;
import org.microcare.domain.model.reporting.TargetProgress;
import org.microcare.interfaces.council.web.DisplayFormats;
import org.microcare.interfaces.council.web.Texts;

/**
 * The charts of the reports page and the board pack, drawn from a {@code MonthReport}'s figures with the page's
 * words: the twelve-month trend of micro-enterprises on the directory and clients supported, the trend of client
 * hours, and progress towards the targets. Their data tables: {@link #trendRows} and the targets table.
 */
final class ReportCharts {

    static final String DIRECTORY_COLOUR = "#1d70b8";
    static final String CLIENTS_COLOUR = "#912b88";
    static final String HOURS_COLOUR = "#00703c";
    static final String PROJECTED_COLOUR = "#912b88";

    /** A month of the trend table: {@code yyyy-MM}, its name and the three charted figures (hours as shown). */
    public record TrendRow(String month, String title, long totalOnDirectory, long clientsSupported, String clientHours) {
    }

    private ReportCharts() {
    }

    static String monthName(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", Texts.locale()).format(month);
    }

    private static List<String> shortMonths(List<MonthlyMeasures> trend) {
        return trend.stream().map(m -> DateTimeFormatter.ofPattern("MMM", Texts.locale()).format(m.month())).toList();
    }

    private static List<String> years(List<MonthlyMeasures> trend) {
        return trend.stream().map(m -> String.valueOf(m.month().getYear())).toList();
    }

    /** Micro-enterprises on the directory at each month end and clients supported in each month. */
    static LineChart counts(List<MonthlyMeasures> trend) {
        List<Long> listed = trend.stream().map(MonthlyMeasures::totalOnDirectory).toList();
        List<Long> clients = trend.stream().map(MonthlyMeasures::clientsSupported).toList();
        return new LineChart(shortMonths(trend), years(trend), List.of(
                new LineChart.Series(Texts.get("reports.measure.totalOnDirectory"), DIRECTORY_COLOUR, listed, last(listed)),
                new LineChart.Series(Texts.get("reports.measure.clientsSupported"), CLIENTS_COLOUR, clients, last(clients))));
    }

    /** Client hours recorded for each month. */
    static LineChart hours(List<MonthlyMeasures> trend) {
        return new LineChart(shortMonths(trend), years(trend), List.of(new LineChart.Series(Texts.get("reports.measure.clientHours"), HOURS_COLOUR,
                trend.stream().map(MonthlyMeasures::clientHours).toList(),
                trend.isEmpty() ? "" : DisplayFormats.plainMoney(trend.get(trend.size() - 1).clientHours()))));
    }

    private static String last(List<Long> figures) {
        return figures.isEmpty() ? "" : String.valueOf(figures.get(figures.size() - 1));
    }

    static List<TrendRow> trendRows(List<MonthlyMeasures> trend) {
        return trend.stream().map(m -> new TrendRow(m.month().toString(), monthName(m.month()), m.totalOnDirectory(), m.clientsSupported(),
                DisplayFormats.plainMoney(m.clientHours()))).toList();
    }

    /** Each target's actual and projected figure in percent of it, with the lines of the status rule. */
    static ProgressChart progress(List<TargetProgress> targets) {
        return new ProgressChart(targets.stream().map(t -> new ProgressChart.Row(Texts.get("metric." + t.metric().name()),
                        Texts.get("reports.progress.detail", t.target()), t.target(), t.actual(), t.projected())).toList(),
                Texts.get("reports.actual"), DIRECTORY_COLOUR, Texts.get("reports.projected"), PROJECTED_COLOUR,
                Texts.get("reports.progress.targetLine"), Texts.get("reports.progress.atRiskLine"));
    }
}
