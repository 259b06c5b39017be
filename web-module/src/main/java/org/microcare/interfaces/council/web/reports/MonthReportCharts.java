package org.microcare.interfaces.council.web.reports;

import java.util.List;

import org.microcare.application.reporting.ReportService.MonthReport;

/**
 * The twelve-month trend (two line charts and their table) and the target progress chart of one month's report,
 * as the reports page and the board pack both show them; each chart is drawn once, when first asked for.
 */
public final class MonthReportCharts {

    private final MonthReport report;
    private LineChart counts;
    private LineChart hours;
    private ProgressChart progress;

    MonthReportCharts(MonthReport report) {
        this.report = report;
    }

    /** Micro-enterprises on the directory and clients supported, month by month. */
    public LineChart getCounts() {
        if (counts == null) {
            counts = ReportCharts.counts(report.trend());
        }
        return counts;
    }

    /** Client hours, month by month. */
    public LineChart getHours() {
        if (hours == null) {
            hours = ReportCharts.hours(report.trend());
        }
        return hours;
    }

    /** The trend charts' data table: one row a month, oldest first. */
    public List<ReportCharts.TrendRow> getRows() {
        return ReportCharts.trendRows(report.trend());
    }

    /** "April 2023 – March 2024": the trend's first month to the chosen one. */
    public String getPeriod() {
        return ReportCharts.monthName(report.trend().get(0).month()) + " – " + ReportCharts.monthName(report.chosen().month());
    }

    /** Progress towards the targets on the month's last day; null without targets. */
    public ProgressChart getProgress() {
        if (progress == null && !report.targets().isEmpty()) {
            progress = ReportCharts.progress(report.targets());
        }
        return progress;
    }
}
