package org.microcare.interfaces.council.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.microcare.application.GrantService;
import org.microcare.application.GrantService.Ledger;
import org.microcare.domain.model.programme.GrantApplication;
import org.microcare.domain.model.programme.GrantScheme;
import org.microcare.domain.model.user.Role;
import org.microcare.domain.shared.Fields;
import org.microcare.interfaces.shared.rest.body.Money;
import org.microcare.interfaces.shared.rest.body.Text;
import org.microcare.interfaces.shared.rest.body.Whole;

/** {@code /c/{tenant}/api/v1/grant-schemes}: schemes with their budget ledger, and applications to them. */
@Path("{tenant}/api/v1/grant-schemes")
@Produces(MediaType.APPLICATION_JSON)
@AnyCouncilRole
public class GrantSchemesResource {

    /** Body of POST and PUT of a scheme. Money may be a string ("500.00") or a number. */
    public record SchemeRequest(String name, @Money String budget, @Money String maxAward, String opensOn,
                                String closesOn, @Text(max = 2000, multiline = true) String eligibility,
                                @Whole(max = Long.MAX_VALUE) Long version) {
    }

    /** Body of POST of an application. */
    public record ApplicationRequest(@Text(max = 36) String microEnterpriseId, @Money String amount, String appliedOn) {
    }

    /** A scheme with its ledger: budget, approved, remaining, pending. */
    public record SchemeView(String id, String name, String budget, String maxAward, LocalDate opensOn, LocalDate closesOn,
                             String eligibility, String approved, String remaining, String pending, int applications, long version) {
        static SchemeView of(Ledger l) {
            GrantScheme s = l.scheme();
            return new SchemeView(s.getId(), s.getName(), m(s.getBudget()), m(s.getMaxAward()), s.getOpensOn(), s.getClosesOn(),
                    s.getEligibility(), m(l.approved()), m(l.remaining()), m(l.pending()), l.applications(), s.getVersion());
        }
    }

    /** An application as the API shows it. */
    public record ApplicationView(String id, String schemeId, String microEnterpriseId, String amount, LocalDate appliedOn,
                                  String status, String decidedAmount, LocalDate decidedOn, String decidedBy, long version) {
        static ApplicationView of(GrantApplication a) {
            return new ApplicationView(a.getId(), a.getSchemeId(), a.getMicroEnterpriseId(), m(a.getAmount()), a.getAppliedOn(),
                    a.getStatus().name(), m(a.getDecidedAmount()), a.getDecidedOn(), a.getDecidedBy(), a.getVersion());
        }
    }

    static String m(BigDecimal amount) {
        return Fields.money(amount);
    }

    @Inject
    GrantService grants;

    @Context
    HttpServletRequest request;

    @GET
    public List<SchemeView> list() {
        return grants.ledgers().stream().map(SchemeView::of).toList();
    }

    @GET
    @Path("{id}")
    public SchemeView get(@PathParam("id") String id) {
        return SchemeView.of(grants.ledger(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.COUNCIL_ADMIN)
    public Response add(SchemeRequest body, @Context UriInfo uri) {
        Ledger l = grants.addScheme(draft(CouncilRequests.body(body)), CouncilRequests.actor(request));
        return CouncilRequests.created(uri, l.scheme().getId(), SchemeView.of(l));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.COUNCIL_ADMIN)
    public SchemeView change(@PathParam("id") String id, SchemeRequest body) {
        return SchemeView.of(grants.changeScheme(id, draft(CouncilRequests.body(body)), CouncilRequests.actor(request)));
    }

    @GET
    @Path("{id}/applications")
    public List<ApplicationView> applications(@PathParam("id") String id) {
        return grants.applications(id).stream().map(ApplicationView::of).toList();
    }

    /**
     * A broker applies on an ME's behalf, as on the ME page (the grant is part of the ME's journey); the
     * decision stays with the council's admins ({@code grant-applications/{id}/decision}).
     */
    @POST
    @Path("{id}/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({Role.COUNCIL_ADMIN, Role.BROKER})
    public Response apply(@PathParam("tenant") String tenant, @PathParam("id") String id, ApplicationRequest body,
                          @Context UriInfo uri) {
        ApplicationRequest b = CouncilRequests.body(body);
        GrantApplication a = grants.apply(id, new GrantService.ApplicationDraft(b.microEnterpriseId(), b.amount(), b.appliedOn()),
                CouncilRequests.actor(request));
        return Response.created(uri.getBaseUriBuilder().path(tenant).path("api/v1/grant-applications").path(a.getId()).build())
                .entity(ApplicationView.of(a)).build();
    }

    private static GrantService.SchemeDraft draft(SchemeRequest b) {
        return new GrantService.SchemeDraft(b.name(), b.budget(), b.maxAward(), b.opensOn(), b.closesOn(), b.eligibility(), b.version());
    }
}
