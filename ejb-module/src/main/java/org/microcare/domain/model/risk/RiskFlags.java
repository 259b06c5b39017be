package org.microcare.domain.model.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The current council's risk flags on a day, computed in the database (rules on {@link RiskFlag}). */
public interface RiskFlags {

    /** The day and the council's settings the rules use. */
    record Rules(LocalDate day, int employmentRiskWeeks, int evidenceWarningDays) {

        /** An active arrangement that started before this day has run longer than the threshold. */
        public LocalDate singleClientStartedBefore() {
            return day.minusWeeks(employmentRiskWeeks);
        }

        /** The last day of the evidence warning window. */
        public LocalDate evidenceWarningUntil() {
            return day.plusDays(evidenceWarningDays);
        }
    }

    /** An ME and its flags, in {@link RiskFlag} order. */
    record Flagged(String microEnterpriseId, String tradingName, List<RiskFlag> flags) {
    }

    /** Up to a limit of flagged MEs, and how many there are in all. */
    record FlaggedPage(long total, List<Flagged> rows) {

        public boolean isCut() {
            return total > rows.size();
        }
    }

    /** The ME's flags on the day (empty when none); empty Optional when there is no such ME. */
    Optional<Flagged> ofMicroEnterprise(String microEnterpriseId, Rules rules);

    /** The flags of each of the client's arrangements active on the day (TOP_UP), by arrangement id; unflagged ones left out. */
    Map<String, List<RiskFlag>> ofClientArrangements(String clientId, Rules rules);

    /**
     * The council's MEs with at least one flag on the day, by trading name: at most {@code limit} from the
     * {@code first} (from 0), with the total.
     */
    FlaggedPage flagged(Rules rules, int first, int limit);
}
