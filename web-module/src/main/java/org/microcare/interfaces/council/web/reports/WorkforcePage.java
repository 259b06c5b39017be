package org.microcare.interfaces.council.web.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.ProgrammeLists;
import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.application.Today;
import org.microcare.application.reporting.ReportService;
import org.microcare.domain.model.reporting.WorkforceDemand;
import org.microcare.interfaces.council.rest.ReportDocuments;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.DisplayFormats;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;
import org.microcare.interfaces.shared.web.FormErrors;

/**
 * {@code /c/{tenant}/reports/workforce?on=yyyy-MM-dd} (the council's today when none is given): the MEs
 * listed that day against what waiting clients asked for, as an SVG chart followed by its data table, and
 * the clients waiting by locality and service; {@code /reports/workforce/csv?on=} downloads the API's CSV
 * (400 for a day that is not one). Definitions on {@link WorkforceDemand}; counts only, never a client.
 */
@Named("workforcePage")
@RequestScoped
public class WorkforcePage {

    /** MEs in GOV.UK blue, waiting clients in purple: both at least 3:1 against white and against each other's labels. */
    static final String ME_FILL = "#1d70b8";
    static final String CLIENT_FILL = "#912b88";

    /** A line of the table: its dimension's and value's words and the figures (clients null for age band). */
    public record Line(String dimension, String value, long microEnterprises, Long waitingClients) {
    }

    /** A waiting line with the locality's and service's names. */
    public record Waiting(String locality, String service, long clients, String medianDays, long longestDays) {
    }

    @Inject
    ReportService reports;

    @Inject
    Today today;

    @Inject
    CouncilPage council;

    @Inject
    ProgrammeLists lists;

    @Inject
    FormErrors errors;

    private String onText;

    private final ReportRead<WorkforceDemand> read = new ReportRead<>(() -> {
            String asked = PageForms.param("on");
            onText = asked == null ? today.date().toString() : asked;
            return reports.workforce(onText);
        }, e -> errors.add("on", Texts.get("reports.workforce.error.on")));

    private WorkforceDemand report() {
        return read.get();
    }

    /** The CSV download (the csv view's only action): the API's CSV, or 400 for a day that is not one. */
    public void downloadCsv() {
        ReportRead.downloadCsv(() -> reports.workforce(PageForms.param("on")), ReportDocuments::disposition, ReportDocuments::csv);
    }

    public String getOn() {
        read.get();
        return onText;
    }

    public boolean isShown() {
        return read.shown();
    }

    public WorkforceDemand getReport() {
        return report();
    }

    public String getDayText() {
        return isShown() ? DisplayFormats.dateText(report().on()) : "";
    }

    public List<Line> getLines() {
        if (!isShown()) {
            return List.of();
        }
        return report().supplyAndDemand().stream().map(l -> new Line(Texts.get("reports.workforce.dimension." + l.dimension()), valueName(l),
                l.microEnterprises(), l.waitingClients())).toList();
    }

    private static String valueName(WorkforceDemand.Line l) {
        if (l.value().equals("NOT_GIVEN")) {
            return Texts.get("reports.workforce.notGiven");
        }
        return switch (l.dimension()) {
            case GENDER -> Texts.get("me.gender." + l.value());
            case AGE_BAND -> Texts.get("me.ageBand." + l.value());
            case AVAILABILITY -> Texts.get("reports.workforce.availability." + l.value());
            case LANGUAGE, SPECIALISM -> l.value();
        };
    }

    /** The chart: every line but the age bands (which waiting clients do not ask for), MEs beside waiting clients. */
    public BarChart getChart() {
        List<BarChart.Row> rows = getLines().stream().filter(l -> l.waitingClients() != null)
                .map(l -> new BarChart.Row(l.dimension() + ": " + l.value(), Arrays.asList(l.microEnterprises(), l.waitingClients()))).toList();
        return new BarChart(List.of(new BarChart.Series(Texts.get("reports.workforce.mes"), ME_FILL),
                new BarChart.Series(Texts.get("reports.workforce.clients"), CLIENT_FILL)), rows);
    }

    public List<Waiting> getWaiting() {
        if (!isShown()) {
            return List.of();
        }
        Map<String, String> localities = lists.names(Kind.LOCALITY);
        Map<String, String> services = lists.names(Kind.SERVICE);
        return report().waiting().stream().map(w -> new Waiting(localities.getOrDefault(w.locality(), w.locality()),
                services.getOrDefault(w.service(), w.service()), w.clients(), ReportDocuments.median(w.medianDays()), w.longestDays())).toList();
    }

    public String getCsvUrl() {
        return council.getBase() + "/reports/workforce/csv?on=" + PageForms.encode(onText == null ? "" : onText);
    }
}
