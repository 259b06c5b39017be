package org.microcare.interfaces.council.web.microenterprise;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.FrameworkService;
import org.microcare.application.MicroEnterpriseService.EvidenceDraft;
import org.microcare.domain.model.microenterprise.ComplianceEvidence;
import org.microcare.domain.model.programme.FrameworkRequirement;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/**
 * {@code /c/{tenant}/micro-enterprises/evidence?id=…}: a broker records what was checked for a
 * requirement of the framework in force; with {@code &correcting=<evidence id>}, a correction of
 * earlier evidence for the same requirement, which keeps the earlier record marked as corrected, with
 * the reason. An expiry date left empty takes the requirement's validity.
 */
@Named
@RequestScoped
public class EvidencePage extends JourneyForm {

    @Inject
    FrameworkService framework;

    private List<FrameworkRequirement> requirements = List.of();
    private ComplianceEvidence correcting;

    private String requirement;
    private String checkedOn = LocalDate.now().toString();
    private String expiresOn;
    private String reference;
    private String reason;

    @Override
    protected void loaded() {
        requirements = framework.inForceOn(LocalDate.now());
        String correctingId = PageForms.param("correcting");
        if (correctingId != null) {
            correcting = microEnterprises.evidence(journey.id()).stream().filter(e -> e.getId().equals(correctingId)).findFirst().orElse(null);
            if (correcting == null) {
                journey = null;
                PageForms.notFound();
                return;
            }
        }
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (correcting != null) {
            requirement = correcting.getRequirementCode();
            checkedOn = correcting.getCheckedOn().toString();
            expiresOn = correcting.getExpiresOn() == null ? null : correcting.getExpiresOn().toString();
            reference = correcting.getReference();
        } else {
            String asked = PageForms.param("requirement");
            requirement = requirements.stream().map(FrameworkRequirement::getCode).filter(c -> c.equals(asked)).findFirst().orElse("");
        }
    }

    public boolean isCorrection() {
        return correcting != null;
    }

    public ComplianceEvidence getCorrecting() {
        return correcting;
    }

    /** The requirements of the framework in force today, each with how long its evidence lasts, after a "choose" prompt. */
    public List<Choice> getRequirementChoices() {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice("", Texts.get("me.evidence.chooseRequirement")));
        requirements.forEach(r -> out.add(new Choice(r.getCode(), r.getValidityMonths() == null
                ? Texts.get("me.evidence.optionNoExpiry", r.getName(), r.getCode())
                : Texts.get("me.evidence.option", r.getName(), r.getCode(), r.getValidityMonths()))));
        return out;
    }

    /** The name of the requirement being corrected. */
    public String getCorrectingName() {
        return correcting == null ? "" : requirements.stream().filter(r -> r.getCode().equals(correcting.getRequirementCode()))
                .map(FrameworkRequirement::getName).findFirst().orElse(correcting.getRequirementCode());
    }

    public void save() throws IOException {
        EvidenceDraft draft = new EvidenceDraft(correcting != null ? correcting.getRequirementCode() : requirement, checkedOn, expiresOn,
                reference, correcting == null ? null : correcting.getId(), correcting == null ? null : reason);
        try {
            microEnterprises.recordEvidence(journey.id(), draft, PageForms.actor(council));
            done(correcting == null ? "evidence" : "corrected");
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field(), Texts.violation("me.evidence.error.", v)));
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
        } catch (ConflictException e) {
            errors.add("evidence-form", Texts.get("me.evidence.error.alreadyCorrected"));
        }
    }

    public String getRequirement() {
        return requirement;
    }

    public void setRequirement(String requirement) {
        this.requirement = requirement;
    }

    public String getCheckedOn() {
        return checkedOn;
    }

    public void setCheckedOn(String checkedOn) {
        this.checkedOn = checkedOn;
    }

    public String getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(String expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
