package org.microcare.interfaces.council.web.reports;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.reporting.ReportService;
import org.microcare.domain.model.reporting.MeasureDrillDown;
import org.microcare.domain.model.reporting.MeasureRecord;
import org.microcare.domain.model.reporting.MonthlyMeasures;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.DisplayFormats;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;
import org.microcare.interfaces.shared.web.FormErrors;

/**
 * {@code /c/{tenant}/reports/measure?month=yyyy-MM&measure=name}: the records behind one figure of the
 * monthly measures, read by {@link ReportService#drillDown} with the figure's own conditions. Clients by
 * reference only, and only for brokers and admins: a viewer sees how many clients, not which. A month or
 * measure that is not one shows the error summary and no records.
 */
@Named("measurePage")
@RequestScoped
public class MeasurePage {

    /** A measure the form offers. */
    public record Choice(String name, String label) {
    }

    @Inject
    ReportService reports;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;


    private final ReportRead<MeasureDrillDown> read = new ReportRead<>(() -> {
            return reports.drillDown(PageForms.param("measure"), PageForms.param("month"), council.isBroker());
        }, e -> e.violations().forEach(v -> errors.add(v.field(), Texts.get("reports.error." + v.field()))));

    private MeasureDrillDown drillDown() {
        return read.get();
    }

    /** The month asked for, as written. */
    public String getMonth() {
        String month = PageForms.param("month");
        return month == null ? "" : month;
    }

    /** The measure asked for, as written. */
    public String getMeasure() {
        String measure = PageForms.param("measure");
        return measure == null ? "" : measure;
    }

    public List<Choice> getChoices() {
        return MonthlyMeasures.NAMES.stream().map(n -> new Choice(n, Texts.get("reports.measure." + n))).toList();
    }

    public boolean isShown() {
        return read.shown();
    }

    public MeasureDrillDown getDrillDown() {
        return drillDown();
    }

    public String getMeasureLabel() {
        return isShown() ? Texts.get("reports.measure." + drillDown().measure()) : "";
    }

    public String getExplanation() {
        return isShown() ? Texts.get("reports.measure." + drillDown().measure() + ".explain") : "";
    }

    public String getMonthTitle() {
        return isShown() ? DateTimeFormatter.ofPattern("MMMM yyyy", Texts.locale()).format(drillDown().month()) : "";
    }

    /** The figure as the reports page shows it. */
    public String getFigure() {
        if (!isShown()) {
            return "";
        }
        return drillDown().kind() == MeasureDrillDown.Kind.HOURS ? DisplayFormats.plainMoney(drillDown().totalHours()) : String.valueOf(drillDown().count());
    }

    public boolean isClients() {
        return isShown() && drillDown().kind() == MeasureDrillDown.Kind.CLIENTS;
    }

    public boolean isHours() {
        return isShown() && drillDown().kind() == MeasureDrillDown.Kind.HOURS;
    }

    public boolean isSessions() {
        return isShown() && drillDown().kind() == MeasureDrillDown.Kind.SESSIONS;
    }

    public String hours(java.math.BigDecimal hours) {
        return DisplayFormats.plainMoney(hours);
    }

    public String meUrl(MeasureRecord r) {
        return council.getBase() + "/micro-enterprises/view?id=" + PageForms.encode(r.microEnterpriseId());
    }

    public String clientUrl(MeasureRecord r) {
        return council.getBase() + "/clients/view?id=" + PageForms.encode(r.clientId());
    }

    public String getBackUrl() {
        String month = isShown() ? drillDown().month().toString() : PageForms.param("month");
        return council.getBase() + "/reports" + (month == null ? "" : "?month=" + PageForms.encode(month));
    }

    /** The drill-down link of a measure's figure in a month (for the reports page). */
    public static String url(CouncilPage council, YearMonth month, String measure) {
        return council.getBase() + "/reports/measure?month=" + month + "&measure=" + PageForms.encode(measure);
    }
}
