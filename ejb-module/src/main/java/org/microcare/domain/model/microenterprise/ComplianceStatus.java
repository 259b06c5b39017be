package org.microcare.domain.model.microenterprise;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Where an ME stands on one framework requirement on a day. */
public record ComplianceStatus(String requirementCode, String requirementName, boolean mandatory, State state,
                               ComplianceEvidence evidence) {

    /** Missing: no valid evidence; expiring soon: valid, but expires within the council's warning window. */
    public enum State {
        MISSING, VALID, EXPIRING_SOON, EXPIRED
    }

    /**
     * The status from the ME's evidence for the requirement (superseded records do not count): valid
     * if any evidence checked by the day is valid on it (the one lasting longest is shown); expired
     * if there was evidence but none is valid now; missing if none was checked by then. The same rule
     * as the directory's query ({@code JpaPublishedListings}).
     */
    public static ComplianceStatus of(String code, String name, boolean mandatory, List<ComplianceEvidence> evidence, LocalDate day,
                                      int warningDays) {
        List<ComplianceEvidence> checked = evidence.stream()
                .filter(e -> e.getRequirementCode().equals(code) && !e.isSuperseded() && !e.getCheckedOn().isAfter(day)).toList();
        ComplianceEvidence valid = checked.stream().filter(e -> e.validOn(day))
                .max(Comparator.comparing((ComplianceEvidence e) -> e.getExpiresOn() == null ? LocalDate.MAX : e.getExpiresOn())
                        .thenComparing(ComplianceEvidence::getRecordedAt)).orElse(null);
        if (valid != null) {
            boolean soon = valid.getExpiresOn() != null && !valid.getExpiresOn().isAfter(day.plusDays(warningDays));
            return new ComplianceStatus(code, name, mandatory, soon ? State.EXPIRING_SOON : State.VALID, valid);
        }
        ComplianceEvidence latest = checked.stream()
                .max(Comparator.comparing(ComplianceEvidence::getCheckedOn).thenComparing(ComplianceEvidence::getRecordedAt)).orElse(null);
        return new ComplianceStatus(code, name, mandatory, latest == null ? State.MISSING : State.EXPIRED, latest);
    }

    /** Whether it stands in the way of being listed (or shown in the directory). */
    public boolean blocksListing() {
        return mandatory && (state == State.MISSING || state == State.EXPIRED);
    }
}
