package org.microcare.interfaces.council.web.programme;

import java.io.IOException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.ProgrammeQueries;
import org.microcare.application.ProgrammeSettingsService;
import org.microcare.application.ProgrammeSettingsService.Change;
import org.microcare.domain.model.programme.Programme;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.interfaces.shared.web.FormErrors;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.Texts;

/**
 * {@code /c/{tenant}/settings}: an admin changes the programme's name, contact details and
 * thresholds. Numbers are taken as text so that anything typed gets a clear message, not a crash.
 */
@Named
@RequestScoped
public class SettingsPage {

    @Inject
    ProgrammeSettingsService settings;

    @Inject
    ProgrammeQueries programmes;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    private String programmeName;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String employmentRiskWeeks;
    private String evidenceWarningDays;
    private String listingFreshnessDays;
    private String clientRetentionYears;
    private String version;

    @PostConstruct
    void load() {
        show(programmes.programme());
        String sent = PageForms.param("version");
        if (sent != null) {
            version = sent;
        }
    }

    private void show(Programme p) {
        programmeName = p.getProgrammeName();
        contactName = p.getContactName();
        contactEmail = p.getContactEmail();
        contactPhone = p.getContactPhone();
        employmentRiskWeeks = String.valueOf(p.getEmploymentRiskWeeks());
        evidenceWarningDays = String.valueOf(p.getEvidenceWarningDays());
        listingFreshnessDays = String.valueOf(p.getListingFreshnessDays());
        clientRetentionYears = String.valueOf(p.getClientRetentionYears());
        version = String.valueOf(p.getVersion());
    }

    public void save() throws IOException {
        Change change = new Change(programmeName, contactName, contactEmail, contactPhone,
                PageForms.wholeNumber(employmentRiskWeeks), PageForms.wholeNumber(evidenceWarningDays), required(listingFreshnessDays),
                required(clientRetentionYears), PageForms.version(version));
        try {
            settings.change(change, PageForms.actor(council));
            PageForms.redirect(council.getBase() + "/programme?saved=true");
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> {
                if ("version".equals(v.field())) {
                    changedMeanwhile();
                } else {
                    errors.add(v.field(), Texts.violation("settings.error.", v));
                }
            });
        } catch (ConflictException e) {
            changedMeanwhile();
        }
    }

    /**
     * The form always shows every setting, so an empty one is a mistake to point out, not "keep the
     * current value" as the service reads a setting an older API client leaves out.
     */
    private static Integer required(String typed) {
        Integer n = PageForms.wholeNumber(typed);
        return n == null ? -1 : n;
    }

    /** Someone saved the settings since this form was opened: show what is stored now, to change again. */
    private void changedMeanwhile() {
        show(programmes.programme());
        errors.add("settings", Texts.get("settings.error.stale"));
    }

    public String getProgrammeName() {
        return programmeName;
    }

    public void setProgrammeName(String programmeName) {
        this.programmeName = programmeName;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getEmploymentRiskWeeks() {
        return employmentRiskWeeks;
    }

    public void setEmploymentRiskWeeks(String employmentRiskWeeks) {
        this.employmentRiskWeeks = employmentRiskWeeks;
    }

    public String getEvidenceWarningDays() {
        return evidenceWarningDays;
    }

    public void setEvidenceWarningDays(String evidenceWarningDays) {
        this.evidenceWarningDays = evidenceWarningDays;
    }

    public String getListingFreshnessDays() {
        return listingFreshnessDays;
    }

    public void setListingFreshnessDays(String listingFreshnessDays) {
        this.listingFreshnessDays = listingFreshnessDays;
    }

    public String getClientRetentionYears() {
        return clientRetentionYears;
    }

    public void setClientRetentionYears(String clientRetentionYears) {
        this.clientRetentionYears = clientRetentionYears;
    }

    public String getVersion() {
        return version;
    }
}
