package org.microcare.interfaces.council.web.grants;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import org.microcare.application.GrantService;
import org.microcare.application.GrantService.SchemeDraft;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.interfaces.shared.web.FormErrors;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.DisplayFormats;
import org.microcare.interfaces.council.web.Texts;

/** The fields of a grant scheme, shared by the new and edit pages. */
abstract class GrantSchemeForm {

    @Inject
    GrantService grants;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    @Inject
    DisplayFormats formats;

    protected String name;
    protected String budget;
    protected String maxAward;
    protected String opensOn;
    protected String closesOn;
    protected String eligibility;

    protected SchemeDraft draft(Long version) {
        return new SchemeDraft(name, budget, maxAward, opensOn, closesOn, eligibility, version);
    }

    protected void invalid(InvalidInputException e) {
        e.violations().forEach(v -> errors.add(v.field(), Texts.violation("grants.error.", v)));
    }

    /** Whether another scheme already has this name. */
    protected boolean nameTaken(String exceptId) {
        String wanted = name == null ? "" : name.trim();
        return grants.schemes().stream().anyMatch(s -> s.getName().equals(wanted) && !s.getId().equals(exceptId));
    }

    protected void done(String kind, String schemeName) throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().redirect(council.getBase() + "/grants?" + kind + "="
                + URLEncoder.encode(schemeName, StandardCharsets.UTF_8));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBudget() {
        return budget;
    }

    public void setBudget(String budget) {
        this.budget = budget;
    }

    public String getMaxAward() {
        return maxAward;
    }

    public void setMaxAward(String maxAward) {
        this.maxAward = maxAward;
    }

    public String getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(String opensOn) {
        this.opensOn = opensOn;
    }

    public String getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(String closesOn) {
        this.closesOn = closesOn;
    }

    public String getEligibility() {
        return eligibility;
    }

    public void setEligibility(String eligibility) {
        this.eligibility = eligibility;
    }
}
