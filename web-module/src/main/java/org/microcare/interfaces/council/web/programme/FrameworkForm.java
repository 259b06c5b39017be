package org.microcare.interfaces.council.web.programme;

import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.microcare.application.FrameworkService;
import org.microcare.application.FrameworkService.Draft;
import org.microcare.application.ProgrammeLists;
import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.interfaces.shared.web.FormErrors;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.DisplayFormats;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/** The fields a framework requirement is added or changed with, shared by the new and edit pages. */
abstract class FrameworkForm {

    @Inject
    FrameworkService framework;

    @Inject
    ProgrammeLists lists;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    @Inject
    DisplayFormats formats;

    protected String code;
    protected String name;
    protected String guidance;
    protected String validityMonths;
    protected String effectiveFrom;

    /** Services a requirement can apply to: the active ones, by name. */
    public List<Choice> getServiceChoices() {
        return Choice.of(lists.active(Kind.SERVICE));
    }

    public List<Choice> getMandatoryChoices() {
        return List.of(new Choice("true", Texts.get("framework.yes")), new Choice("false", Texts.get("framework.no")));
    }

    public List<Choice> getMedicationChoices() {
        return List.of(new Choice("true", Texts.get("framework.medicationOnlyOption")));
    }

    /** The draft of what was submitted; a validity that is not a whole number is sent as -1, so the service rejects it with the rest. */
    protected Draft draft(String requirementCode, Long version) {
        var request = CouncilPage.request();
        String mandatory = request.getParameter("mandatory");
        String[] services = request.getParameterValues("appliesToServices");
        return new Draft(requirementCode, name, guidance, mandatory == null ? null : Boolean.valueOf(mandatory), PageForms.wholeNumber(validityMonths),
                services == null ? List.of() : Arrays.asList(services), "true".equals(request.getParameter("medicationOnly")),
                effectiveFrom, version);
    }


    protected void invalid(InvalidInputException e) {
        e.violations().forEach(v -> errors.add(v.field(), Texts.violation("framework.error.", v)));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getGuidance() {
        return guidance;
    }

    public void setGuidance(String guidance) {
        this.guidance = guidance;
    }

    public String getValidityMonths() {
        return validityMonths;
    }

    public void setValidityMonths(String validityMonths) {
        this.validityMonths = validityMonths;
    }

    public String getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(String effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }
}
