package org.microcare.domain.model.programme;

/**
 * What a council admin sets about the programme as a whole. {@code clientRetentionYears}: how long a
 * closed client's personal details are kept after closure (1 to 100 years).
 */
public record ProgrammeSettings(String programmeName, String contactName, String contactEmail, String contactPhone,
                                int employmentRiskWeeks, int evidenceWarningDays, int listingFreshnessDays,
                                int clientRetentionYears) {

    /** The differences from another version of the settings, for the audit log; empty if none. */
    public String changesFrom(ProgrammeSettings before) {
        StringBuilder out = new StringBuilder();
        diff(out, "programme name", before.programmeName, programmeName);
        diff(out, "contact name", before.contactName, contactName);
        diff(out, "contact email", before.contactEmail, contactEmail);
        diff(out, "contact phone", before.contactPhone, contactPhone);
        diff(out, "employment-status risk weeks", before.employmentRiskWeeks, employmentRiskWeeks);
        diff(out, "evidence warning days", before.evidenceWarningDays, evidenceWarningDays);
        diff(out, "listing freshness days", before.listingFreshnessDays, listingFreshnessDays);
        diff(out, "client retention years", before.clientRetentionYears, clientRetentionYears);
        return out.toString();
    }

    static void diff(StringBuilder out, String label, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            if (!out.isEmpty()) {
                out.append("; ");
            }
            out.append(label).append(": ").append(before == null ? "(none)" : before).append(" -> ").append(after == null ? "(none)" : after);
        }
    }
}
