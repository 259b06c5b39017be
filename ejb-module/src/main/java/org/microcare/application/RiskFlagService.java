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
import org.microcare.domain.shared.Violations;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/**
 * Risk flags on a day (default today) with the council's threshold and warning window. Read only and
 * not audited: the flags name MEs by trading name and arrangements by id, not anyone's personal details.
 */
@Stateless
@TenantTransactional
public class RiskFlagService {

    /** Flagged MEs on a page of the list unless asked otherwise; the total is always complete. */
    public static final int ROWS = 100;
    /** At most this many flagged MEs on a page. */
    public static final int MAX_PAGE_SIZE = 500;

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

    /** The first {@code limit} flagged MEs on the day (default today), by trading name, with the total. */
    public FlaggedPage flagged(LocalDate day, int limit) {
        return flags.flagged(rules(day), 0, limit);
    }

    /** Page {@code page} (from 1) of {@code size} (1 to {@value #MAX_PAGE_SIZE}) flagged MEs on the day, with the total; 400 otherwise. */
    public FlaggedPage flagged(LocalDate day, int page, int size) {
        Violations v = new Violations();
        v.require(page >= 1, "page", "Page must be a whole number from 1");
        v.require(size >= 1 && size <= MAX_PAGE_SIZE, "size", "Size must be a whole number from 1 to " + MAX_PAGE_SIZE);
        v.throwIfAny();
        return flags.flagged(rules(day), (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size), size);
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
