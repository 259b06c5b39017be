package org.microcare.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.domain.model.programme.Programme;
import org.microcare.domain.model.programme.ProgrammeRepository;
import org.microcare.domain.model.programme.ProgrammeSettings;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.domain.shared.Violations;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/** A council admin changes the programme's name, contact details and thresholds. Audited with before and after. */
@Stateless
@TenantTransactional
public class ProgrammeSettingsService {

    private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    public static final int MIN_RETENTION_YEARS = 1;
    public static final int MAX_RETENTION_YEARS = 100;
    private static final String PHONE = "^[0-9 +()-]{6,40}$";

    @Inject
    ProgrammeRepository programmes;

    @Inject
    CouncilAudit audit;

    @Inject
    TenantStore tenantStore;

    /**
     * What the form or API sent, unchecked; numbers may be null when missing. {@code listingFreshnessDays}
     * and {@code clientRetentionYears} came after the others, so a client that does not send them keeps the current value.
     */
    public record Change(String programmeName, String contactName, String contactEmail, String contactPhone,
                         Integer employmentRiskWeeks, Integer evidenceWarningDays, Integer listingFreshnessDays, Integer clientRetentionYears, Long version) {
    }

    public Programme change(Change c, Actor actor) {
        Violations v = new Violations();
        v.requireText(c.programmeName(), "programmeName", "Programme name", 100);
        String contactName = Fields.optionalText(c.contactName(), "contactName", "Contact name", 200, v);
        String email = Fields.optionalText(c.contactEmail(), "contactEmail", "Contact email", 254, v);
        v.require(email == null || email.matches(EMAIL), "contactEmail", "Enter an email address like care@council.gov.uk");
        String phone = Fields.optionalText(c.contactPhone(), "contactPhone", "Contact phone", 40, v);
        v.require(phone == null || phone.matches(PHONE), "contactPhone", "Enter a phone number like 01292 612000");
        v.require(c.employmentRiskWeeks() != null && c.employmentRiskWeeks() >= 1 && c.employmentRiskWeeks() <= 104,
                "employmentRiskWeeks", "Employment-status risk threshold must be a whole number of weeks from 1 to 104");
        v.require(c.evidenceWarningDays() != null && c.evidenceWarningDays() >= 1 && c.evidenceWarningDays() <= 365,
                "evidenceWarningDays", "Evidence-expiry warning must be a whole number of days from 1 to 365");
        v.require(c.listingFreshnessDays() == null || c.listingFreshnessDays() >= 1 && c.listingFreshnessDays() <= 730,
                "listingFreshnessDays", "Listing freshness must be a whole number of days from 1 to 730");
        v.require(c.clientRetentionYears() == null || c.clientRetentionYears() >= MIN_RETENTION_YEARS
                        && c.clientRetentionYears() <= MAX_RETENTION_YEARS, "clientRetentionYears",
                "Client retention must be a whole number of years from " + MIN_RETENTION_YEARS + " to " + MAX_RETENTION_YEARS);
        v.require(c.version() != null, "version", "Give the version of the settings you changed");
        v.throwIfAny();
        Programme programme = programmes.findForChange().orElseThrow(() -> new RecordNotFoundException("This council has no programme yet"));
        Fields.requireVersion(c.version(), programme.getVersion(), "The programme settings");
        ProgrammeSettings before = programme.settings();
        ProgrammeSettings after = new ProgrammeSettings(c.programmeName().trim(), contactName, email, phone,
                c.employmentRiskWeeks(), c.evidenceWarningDays(),
                c.listingFreshnessDays() == null ? before.listingFreshnessDays() : c.listingFreshnessDays(),
                c.clientRetentionYears() == null ? before.clientRetentionYears() : c.clientRetentionYears());
        String changes = after.changesFrom(before);
        if (!changes.isEmpty()) {
            programme.changeSettings(after);
            audit.record(actor, "PROGRAMME_SETTINGS_CHANGED", "Programme", programme.getId(), changes);
            if (!after.programmeName().equals(before.programmeName())) {
                tenantStore.renameProgramme(programme.getId(), after.programmeName());
            }
        }
        return programme;
    }
}
