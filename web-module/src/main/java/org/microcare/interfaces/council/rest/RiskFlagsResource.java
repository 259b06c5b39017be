package org.microcare.interfaces.council.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.microcare.application.RiskFlagService;
import org.microcare.domain.model.risk.RiskFlags.Flagged;
import org.microcare.domain.model.risk.RiskFlags.FlaggedPage;
import org.microcare.domain.model.user.Role;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.Violations;

/**
 * {@code /c/{tenant}/api/v1/risk-flags?on=&page=&size=} (default today, page 1 of 100): the council's MEs
 * with at least one risk flag on the day, by trading name, a page at a time with the total in
 * {@code X-Total-Count} (one ME's flags:
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

    /**
     * One page of flagged MEs on {@code on}; {@code page} from 1, {@code size} 1 to 500 (100 if not given).
     * The headers {@code X-Total-Count}, {@code X-Page} and {@code X-Page-Size} tell the whole.
     */
    @GET
    public Response flagged(@QueryParam("on") String on, @QueryParam("page") String page, @QueryParam("size") String size) {
        Violations v = new Violations();
        LocalDate day = on == null || on.isBlank() ? null : Fields.date(on, "on", "The day", true, v);
        int pageNumber = Fields.whole(page, 1, "page", v);
        int pageSize = Fields.whole(size, RiskFlagService.ROWS, "size", v);
        v.throwIfAny();
        FlaggedPage found = risks.flagged(day, pageNumber, pageSize);
        return Response.ok(found.rows().stream().map(RiskFlagsView::of).toList()).header("X-Total-Count", found.total())
                .header("X-Page", pageNumber).header("X-Page-Size", pageSize).build();
    }


    static LocalDate day(String on) {
        Violations v = new Violations();
        LocalDate day = on == null || on.isBlank() ? null : Fields.date(on, "on", "The day", true, v);
        v.throwIfAny();
        return day;
    }
}
