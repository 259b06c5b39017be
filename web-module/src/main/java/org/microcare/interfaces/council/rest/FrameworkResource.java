package org.microcare.interfaces.council.rest;

import java.time.Instant;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.microcare.application.FrameworkService;
import org.microcare.domain.model.programme.FrameworkRequirement;
import org.microcare.domain.model.programme.FrameworkVersion;
import org.microcare.domain.model.user.Role;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.Violations;
import org.microcare.interfaces.shared.rest.body.Text;
import org.microcare.interfaces.shared.rest.body.Whole;

/**
 * {@code /c/{tenant}/api/v1/framework}: the requirements in force (today or {@code ?on=}), changes
 * that take effect from a date, and the numbered history of versions.
 */
@Path("{tenant}/api/v1/framework")
@Produces(MediaType.APPLICATION_JSON)
@AnyCouncilRole
public class FrameworkResource {

    /** Body of POST and PUT of a requirement, and of a retirement (effectiveFrom, version). */
    public record RequirementRequest(@Text(max = 40) String code, String name, @Text(max = 2000, multiline = true) String guidance,
                                     Boolean mandatory, Integer validityMonths,
                                     @Text(max = 40) List<String> appliesToServices, Boolean medicationOnly,
                                     String effectiveFrom, @Whole(max = Long.MAX_VALUE) Long version) {

        FrameworkService.Draft draft() {
            return new FrameworkService.Draft(code, name, guidance, mandatory, validityMonths, appliesToServices, medicationOnly,
                    effectiveFrom, version);
        }
    }

    /** Body of a retirement: from when, and the version read. */
    public record RetireRequest(String effectiveFrom, @Whole(max = Long.MAX_VALUE) Long version) {
    }

    /** A requirement revision as the API shows it; {@code version} is what a change must send back. */
    public record RequirementView(String id, String code, String name, String guidance, boolean mandatory, Integer validityMonths,
                                  List<String> appliesToServices, boolean medicationOnly, int frameworkVersion,
                                  LocalDate effectiveFrom, LocalDate effectiveTo, long version) {
        static RequirementView of(FrameworkRequirement r) {
            return new RequirementView(r.getId(), r.getCode(), r.getName(), r.getGuidance(), r.isMandatory(), r.getValidityMonths(),
                    r.getAppliesToServices(), r.isMedicationOnly(), r.getFrameworkVersion(),
                    r.getEffectiveFrom().equals(FrameworkVersion.BEGINNING) ? null : r.getEffectiveFrom(), r.getEffectiveTo(), r.getFrameworkVersion());
        }
    }

    /** One version of the framework's history. */
    public record VersionView(int number, LocalDate effectiveFrom, String requirement, String change, String changes,
                              String changedBy, Instant changedAt) {
        static VersionView of(FrameworkVersion v) {
            return new VersionView(v.getNumber(), v.getEffectiveFrom().equals(FrameworkVersion.BEGINNING) ? null : v.getEffectiveFrom(),
                    v.getRequirementCode(), v.getChange().name(), v.getChanges(), v.getChangedBy(), v.getChangedAt());
        }
    }

    @Inject
    FrameworkService framework;

    @Context
    HttpServletRequest request;

    @GET
    @Path("requirements")
    public List<RequirementView> requirements(@QueryParam("on") String on) {
        Violations v = new Violations();
        LocalDate day = Fields.date(on, "on", "The day", false, v);
        v.throwIfAny();
        return framework.inForceOn(day == null ? LocalDate.now() : day).stream().map(RequirementView::of).toList();
    }

    @GET
    @Path("requirements/{code}")
    public RequirementView requirement(@PathParam("code") String code) {
        return RequirementView.of(framework.latest(code));
    }

    @GET
    @Path("versions")
    public List<VersionView> versions() {
        return framework.history().stream().map(VersionView::of).toList();
    }

    @POST
    @Path("requirements")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.COUNCIL_ADMIN)
    public Response add(RequirementRequest body, @Context UriInfo uri) {
        FrameworkRequirement added = framework.add(CouncilRequests.body(body).draft(), CouncilRequests.actor(request));
        return CouncilRequests.created(uri, added.getCode(), RequirementView.of(added));
    }

    @PUT
    @Path("requirements/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.COUNCIL_ADMIN)
    public RequirementView change(@PathParam("code") String code, RequirementRequest body) {
        return RequirementView.of(framework.change(code, CouncilRequests.body(body).draft(), CouncilRequests.actor(request)));
    }

    @POST
    @Path("requirements/{code}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.COUNCIL_ADMIN)
    public RequirementView retire(@PathParam("code") String code, RetireRequest body) {
        RetireRequest b = CouncilRequests.body(body);
        return RequirementView.of(framework.retire(code, b.effectiveFrom(), b.version(), CouncilRequests.actor(request)));
    }
}
