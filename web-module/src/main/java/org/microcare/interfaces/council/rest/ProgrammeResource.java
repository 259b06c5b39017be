package org.microcare.interfaces.council.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.microcare.application.ProgrammeQueries;
import org.microcare.application.ProgrammeSettingsService;
import org.microcare.domain.model.programme.Programme;
import org.microcare.domain.model.user.Role;
import org.microcare.interfaces.shared.rest.body.Text;
import org.microcare.interfaces.shared.rest.body.Whole;

/** {@code /c/{tenant}/api/v1/programme}: the council's programme and its settings. */
@Path("{tenant}/api/v1/programme")
@Produces(MediaType.APPLICATION_JSON)
@AnyCouncilRole
public class ProgrammeResource {

    /** The programme as API.md shows it, with its settings. */
    public record ProgrammeView(String tenant, String name, String nation, String programmeName, String contactName,
                                String contactEmail, String contactPhone, int employmentRiskWeeks, int evidenceWarningDays,
                                int listingFreshnessDays, int clientRetentionYears, boolean welshLanguage, long version) {
        static ProgrammeView of(Programme p) {
            return new ProgrammeView(p.getId(), p.getCouncilName(), p.getNation().name(), p.getProgrammeName(), p.getContactName(),
                    p.getContactEmail(), p.getContactPhone(), p.getEmploymentRiskWeeks(), p.getEvidenceWarningDays(),
                    p.getListingFreshnessDays(), p.getClientRetentionYears(), p.isWelshLanguage(), p.getVersion());
        }
    }

    /** Body of PUT: every setting, and the version it was read at ({@code listingFreshnessDays} or {@code clientRetentionYears} left out keeps the current one). */
    public record SettingsRequest(@Text(max = 100) String programmeName, String contactName, @Text(max = 254) String contactEmail,
                                  @Text(max = 40) String contactPhone, Integer employmentRiskWeeks,
                                  Integer evidenceWarningDays, Integer listingFreshnessDays, Integer clientRetentionYears, @Whole(max = Long.MAX_VALUE) Long version) {
    }

    @Inject
    ProgrammeQueries programmes;

    @Inject
    ProgrammeSettingsService settings;

    @Context
    HttpServletRequest request;

    @GET
    public ProgrammeView get() {
        return ProgrammeView.of(programmes.programme());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.COUNCIL_ADMIN)
    public ProgrammeView change(SettingsRequest body) {
        SettingsRequest b = CouncilRequests.body(body);
        return ProgrammeView.of(settings.change(new ProgrammeSettingsService.Change(b.programmeName(), b.contactName(),
                b.contactEmail(), b.contactPhone(), b.employmentRiskWeeks(), b.evidenceWarningDays(), b.listingFreshnessDays(), b.clientRetentionYears(), b.version()), CouncilRequests.actor(request)));
    }
}
