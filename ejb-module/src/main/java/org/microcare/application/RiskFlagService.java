package org.microcare.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.domain.model.programme.Programme;
import org.microcare.domain.model.risk.RiskFlag;
import org.microcare.domain.model.risk.RiskFlags;
import org.microcare.domain.model.risk.RiskFlags.Flagged;
import org.microcare.domain.model.risk.RiskFlags.FlaggedPage;
import org.microcare.domain.model.risk.RiskFlags.Rules;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/**
 * Risk flags on a day (default today) with the council's threshold and warning window. Read only and
 * not audited: the flags name MEs by trading name and arrangements by id, not anyone's personal details.
 */
@Stateless
@TenantTransactional
public class RiskFlagService {

    /** At most this many flagged MEs on a list; the total is always complete. */
    public static final int ROWS = 100;

    @Inject
    RiskFlags flags;

    @Inject
    ProgrammeQueries programmes;

    @Inject
    Today today;

    public Rules rules(LocalDate day) {
        Programme p = programmes.programme();
        return new Rules(day == null ? today.date() : day, p.getEmploymentRiskWeeks(), p.getEvidenceWarningDays());
    }

    public FlaggedPage flagged(LocalDate day, int limit) {
        return flags.flagged(rules(day), limit);
    }

    /** The ME's flags; 404 when there is no such ME. */
    public Flagged ofMicroEnterprise(String id, LocalDate day) {
        return flags.ofMicroEnterprise(id, rules(day))
                .orElseThrow(() -> new RecordNotFoundException("No micro-enterprise " + id + " in this council"));
    }

    /** The flags of the client's arrangements active on the day, by arrangement id. */
    public Map<String, List<RiskFlag>> ofClientArrangements(String clientId, LocalDate day) {
        return flags.ofClientArrangements(clientId, rules(day));
    }
}
