package org.microcare.interfaces.council.web.programme;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.TargetService;
import org.microcare.application.TargetService.Draft;
import org.microcare.domain.model.programme.Target;
import org.microcare.domain.model.programme.TargetMetric;
import org.microcare.domain.shared.OverlapException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.Violation;
import org.microcare.interfaces.shared.web.FormErrors;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.DisplayFormats;
import org.microcare.interfaces.council.web.Texts;

/** {@code /c/{tenant}/targets}: the programme's targets, with their period status; admins add them here. */
@Named
@RequestScoped
public class TargetsPage {

    @Inject
    TargetService targets;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    private List<Target> list;
    private String metric = TargetMetric.NEW_MICRO_ENTERPRISES.name();
    private String value;
    private String periodStart;
    private String periodEnd;

    @PostConstruct
    void load() {
        list = targets.all();
    }

    public List<Target> getList() {
        return list;
    }

    public boolean isNone() {
        return list.isEmpty();
    }

    /** The five measures, labelled in the page's language. */
    public List<Choice> getMetrics() {
        return Arrays.stream(TargetMetric.values()).map(m -> new Choice(m.name(), Texts.get("metric." + m.name()))).toList();
    }

    /** The bundle key of a target's period status: current, upcoming or ended. */
    public String status(Target t) {
        return statusKey(t);
    }

    /** The GOV.UK tag colour for a target's period status. */
    public String tag(Target t) {
        LocalDate today = LocalDate.now();
        return t.covers(today) ? "govuk-tag--green" : t.getPeriodStart().isAfter(today) ? "govuk-tag--blue" : "govuk-tag--grey";
    }

    static String statusKey(Target t) {
        LocalDate today = LocalDate.now();
        return t.covers(today) ? "target.status.current" : t.getPeriodStart().isAfter(today) ? "target.status.upcoming" : "target.status.ended";
    }

    /** The success message the last change left in the query string. */
    public String getNotice() {
        for (String done : List.of("added", "changed", "removed")) {
            String code = PageForms.param(done);
            if (code != null && Arrays.stream(TargetMetric.values()).anyMatch(m -> m.name().equals(code))) {
                return Texts.get("targets." + done, Texts.get("metric." + code));
            }
        }
        return null;
    }

    public void add() throws IOException {
        if (!PageForms.admin(council)) {
            return;
        }
        try {
            Target target = targets.add(new Draft(metric, PageForms.wholeNumber(value), periodStart, periodEnd, null),
                    PageForms.actor(council));
            PageForms.redirect(council.getBase() + "/targets?added=" + target.getMetric().name());
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field(), violation(v, periodStart, periodEnd)));
        } catch (OverlapException e) {
            errors.add("periodStart", overlap(e));
        }
    }

    /** A broken rule about a target, in the page's language, as precise as what was typed allows. */
    static String violation(Violation v, String start, String end) {
        String problem = switch (v.field()) {
            case "periodStart" -> PageForms.dateProblem(start, true);
            case "periodEnd" -> PageForms.dateProblem(end, true);
            default -> null;
        };
        return Texts.violation("targets.error.", v, problem);
    }

    /** Names the target the new period overlaps, in the page's language. */
    static String overlap(OverlapException e) {
        Target other = e.existing(Target.class);
        return Texts.get("targets.error.overlap", Texts.get("metric." + other.getMetric().name()), other.getValue(),
                DisplayFormats.dateText(other.getPeriodStart()), DisplayFormats.dateText(other.getPeriodEnd()));
    }

    public String getMetric() {
        return metric;
    }

    public void setMetric(String metric) {
        this.metric = metric;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(String periodStart) {
        this.periodStart = periodStart;
    }

    public String getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(String periodEnd) {
        this.periodEnd = periodEnd;
    }
}
