package org.microcare.interfaces.council.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.microcare.application.RiskFlagService;
import org.microcare.domain.model.risk.RiskFlags.Flagged;
import org.microcare.domain.model.user.Role;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.Violations;

/**
 * {@code /c/{tenant}/api/v1/risk-flags?on=} (default today): the council's MEs with at least one risk
 * flag on the day, by trading name, at most {@link RiskFlagService#ROWS} (one ME's flags:
 * {@code MicroEnterprisesResource#riskFlags}). Brokers and
 * admins; viewers get 403 (the flags speak of clients' arrangements). Rules on
 * {@link org.microcare.domain.model.risk.RiskFlag}.
 */
@Path("{tenant}/api/v1/risk-flags")
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Role.BROKER, Role.COUNCIL_ADMIN})
public class RiskFlagsResource {

    /** An ME and its flags. */
    public record RiskFlagsView(String microEnterpriseId, String tradingName, List<String> flags) {
        static RiskFlagsView of(Flagged f) {
            return new RiskFlagsView(f.microEnterpriseId(), f.tradingName(), f.flags().stream().map(Enum::name).toList());
        }
    }

    @Inject
    RiskFlagService risks;

    @GET
    public List<RiskFlagsView> flagged(@QueryParam("on") String on) {
        return risks.flagged(day(on), RiskFlagService.ROWS).rows().stream().map(RiskFlagsView::of).toList();
    }

    static LocalDate day(String on) {
        Violations v = new Violations();
        LocalDate day = on == null || on.isBlank() ? null : Fields.date(on, "on", "The day", true, v);
        v.throwIfAny();
        return day;
    }
}
