package org.microcare.interfaces.council.web.programme;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.microcare.domain.model.programme.FrameworkRequirement;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.StaleVersionException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/**
 * {@code /c/{tenant}/framework/edit?code=…}: an admin changes a requirement from a date (a new
 * framework version), or retires it from a date.
 */
@Named
@RequestScoped
public class FrameworkEditPage extends FrameworkForm {

    private FrameworkRequirement requirement;
    private Long version;
    private String retireFrom;

    @PostConstruct
    void load() {
        try {
            requirement = framework.latest(CouncilPage.request().getParameter("code"));
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
            return;
        }
        code = requirement.getCode();
        name = requirement.getName();
        guidance = requirement.getGuidance();
        validityMonths = requirement.getValidityMonths() == null ? null : requirement.getValidityMonths().toString();
        version = PageForms.version(CouncilPage.request().getParameter("version"), (long) requirement.getFrameworkVersion());
    }

    public FrameworkRequirement getRequirement() {
        return requirement;
    }

    public boolean isFound() {
        return requirement != null;
    }

    public boolean isRetired() {
        return requirement != null && requirement.getEffectiveTo() != null;
    }

    public String getRetiredOn() {
        return requirement == null ? "" : formats.date(requirement.getEffectiveTo());
    }

    /** When the current terms began, which a change must come after. */
    public String getCurrentSince() {
        return requirement == null ? "" : formats.date(requirement.getEffectiveFrom());
    }

    public Long getVersion() {
        return version;
    }

    private boolean changeFormSubmitted() {
        return CouncilPage.request().getParameter("change-form") != null;
    }

    public String getChosenMandatory() {
        if (changeFormSubmitted()) {
            return CouncilPage.request().getParameter("mandatory");
        }
        return requirement == null ? null : Boolean.toString(requirement.isMandatory());
    }

    public List<String> getChosenServices() {
        if (changeFormSubmitted()) {
            String[] values = CouncilPage.request().getParameterValues("appliesToServices");
            return values == null ? List.of() : List.of(values);
        }
        return requirement == null ? List.of() : requirement.getAppliesToServices();
    }

    public List<String> getChosenMedication() {
        boolean on = changeFormSubmitted() ? "true".equals(CouncilPage.request().getParameter("medicationOnly"))
                : requirement != null && requirement.isMedicationOnly();
        return on ? List.of("true") : List.of();
    }

    public void save() throws IOException {
        try {
            FrameworkRequirement saved = framework.change(code, draft(code, version), PageForms.actor(council));
            done(saved.getFrameworkVersion() == requirement.getFrameworkVersion() ? "unchanged" : "changed");
        } catch (InvalidInputException e) {
            invalid(e);
        } catch (StaleVersionException e) {
            errors.add("change-form", Texts.get("framework.error.stale"));
        } catch (ConflictException e) {
            conflict(e, effectiveFrom, "effectiveFrom", "change-form");
        }
    }

    public void retire() throws IOException {
        try {
            framework.retire(code, retireFrom, version, PageForms.actor(council));
            done("retired");
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add("effectiveFrom".equals(v.field()) ? "retireFrom" : "retire-form",
                    Texts.violation("framework.error.", v)));
        } catch (StaleVersionException e) {
            errors.add("retire-form", Texts.get("framework.error.stale"));
        } catch (ConflictException e) {
            conflict(e, retireFrom, "retireFrom", "retire-form");
        }
    }

    /** Stale version, a date not after the current terms began, or already retired. */
    private void conflict(ConflictException e, String dateText, String dateField, String formField) {
        if (isRetired()) {
            errors.add(formField, Texts.get("framework.retiredOn", code, getRetiredOn()));
        } else if (version == null || version != (long) requirement.getFrameworkVersion()) {
            errors.add(formField, Texts.get("framework.error.stale"));
        } else {
            LocalDate from = PageForms.date(dateText);
            if (from == null && (dateText == null || dateText.isBlank())) {
                from = LocalDate.now();
            }
            if (from != null && !from.isAfter(requirement.getEffectiveFrom())) {
                errors.add(dateField, Texts.get("framework.error.after", getCurrentSince()));
            } else {
                errors.add(formField, e.getMessage());
            }
        }
    }

    private void done(String kind) throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().redirect(council.getBase() + "/framework?" + kind + "="
                + URLEncoder.encode(code, StandardCharsets.UTF_8));
    }

    public String getRetireFrom() {
        return retireFrom;
    }

    public void setRetireFrom(String retireFrom) {
        this.retireFrom = retireFrom;
    }
}
