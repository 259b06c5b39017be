package org.microcare.interfaces.council.web.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.FrameworkService;
import org.microcare.application.ProgrammeLists;
import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.domain.model.programme.FrameworkRequirement;
import org.microcare.domain.model.programme.FrameworkVersion;
import org.microcare.interfaces.shared.web.FormErrors;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.DisplayFormats;
import org.microcare.interfaces.council.web.Texts;

/**
 * {@code /c/{tenant}/framework}: what MEs must show evidence of today, the changes that take effect
 * later, the framework on any past day ({@code ?on=yyyy-MM-dd}) and the numbered history of changes.
 */
@Named
@RequestScoped
public class FrameworkPage {

    @Inject
    FrameworkService framework;

    @Inject
    ProgrammeLists lists;

    @Inject
    DisplayFormats formats;

    @Inject
    FormErrors errors;

    private List<FrameworkRequirement> inForce;
    private List<FrameworkRequirement> coming;
    private List<FrameworkVersion> history;
    private Set<String> openCodes;
    private Map<String, String> serviceNames;
    private String on;
    private LocalDate onDay;
    private List<FrameworkRequirement> onThatDay = List.of();

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now();
        inForce = framework.inForceOn(today);
        List<FrameworkRequirement> current = framework.current();
        coming = current.stream().filter(r -> r.getEffectiveFrom().isAfter(today)).toList();
        openCodes = current.stream().map(FrameworkRequirement::getCode).collect(Collectors.toSet());
        history = framework.history();
        serviceNames = lists.names(Kind.SERVICE);
        on = CouncilPage.request().getParameter("on");
        if (on != null && !on.isBlank()) {
            onDay = PageForms.date(on);
            if (onDay == null) {
                errors.add("on", Texts.get("framework.error.on"));
            } else {
                onThatDay = framework.inForceOn(onDay);
            }
        }
    }

    public List<FrameworkRequirement> getInForce() {
        return inForce;
    }

    public List<FrameworkRequirement> getComing() {
        return coming;
    }

    public boolean isAnyComing() {
        return !coming.isEmpty();
    }

    public List<FrameworkVersion> getHistory() {
        return history;
    }

    public String getOn() {
        return on;
    }

    public void setOn(String on) {
        this.on = on;
    }

    /** Whether a valid past (or any) day was asked for. */
    public boolean isOnShown() {
        return onDay != null;
    }

    public String getOnDate() {
        return formats.date(onDay);
    }

    public List<FrameworkRequirement> getOnThatDay() {
        return onThatDay;
    }

    /** Only the latest, unretired revision of a requirement can be changed. */
    public boolean changeable(FrameworkRequirement r) {
        return openCodes.contains(r.getCode());
    }

    public String validity(FrameworkRequirement r) {
        return r.getValidityMonths() == null ? Texts.get("framework.noExpiry") : Texts.get("framework.months", r.getValidityMonths());
    }

    /** Service names the requirement applies to, or every micro-enterprise. */
    public String appliesTo(FrameworkRequirement r) {
        List<String> codes = r.getAppliesToServices();
        if (codes.isEmpty()) {
            return Texts.get("framework.everyMe");
        }
        return codes.stream().map(c -> serviceNames.getOrDefault(c, c)).collect(Collectors.joining(", "));
    }

    public String since(FrameworkRequirement r) {
        return fromDay(r.getEffectiveFrom());
    }

    public String fromDay(LocalDate day) {
        return FrameworkVersion.BEGINNING.equals(day) ? Texts.get("framework.fromStart") : formats.date(day);
    }

    /** Text for a revision that stops applying on a known day (changed or retired later), else empty. */
    public String until(FrameworkRequirement r) {
        return r.getEffectiveTo() == null ? "" : Texts.get("framework.until", formats.date(r.getEffectiveTo()));
    }

    public String getNotice() {
        var request = CouncilPage.request();
        for (String kind : List.of("added", "changed", "unchanged", "retired")) {
            String code = request.getParameter(kind);
            if (code != null && !code.isBlank()) {
                return Texts.get("framework.notice." + kind, code);
            }
        }
        return null;
    }
}
