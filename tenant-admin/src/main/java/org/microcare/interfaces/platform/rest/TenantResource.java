package org.microcare.interfaces.platform.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.microcare.application.TenantOnboardingService;
import org.microcare.domain.model.tenant.Tenant;
import org.microcare.domain.shared.InvalidInputException;

/** Councils on the platform: {@code /platform/api/v1/tenants}. */
@Path("tenants")
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

    @Inject
    TenantOnboardingService onboarding;

    @Context
    SecurityContext security;

    @GET
    public List<TenantView> list() {
        return onboarding.list().stream().map(TenantView::of).toList();
    }

    @GET
    @Path("{id}")
    public TenantView get(@PathParam("id") String id) {
        return TenantView.of(onboarding.get(id));
    }

    /** 201 with the council; its status is ACTIVE, or FAILED with the reason if provisioning failed. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response onboard(OnboardRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidInputException("body", "Send the council to onboard as JSON");
        }
        Tenant tenant = onboarding.onboard(request.toCommand(), operator());
        return Response.created(uri.getAbsolutePathBuilder().path(tenant.getId()).build())
                .entity(TenantView.of(tenant)).build();
    }

    @POST
    @Path("{id}/provision")
    public TenantView provision(@PathParam("id") String id) {
        return TenantView.of(onboarding.retryProvisioning(id, operator()));
    }

    @POST
    @Path("{id}/suspend")
    public TenantView suspend(@PathParam("id") String id) {
        return TenantView.of(onboarding.suspend(id, operator()));
    }

    @POST
    @Path("{id}/resume")
    public TenantView resume(@PathParam("id") String id) {
        return TenantView.of(onboarding.resume(id, operator()));
    }

    private String operator() {
        return security.getUserPrincipal().getName();
    }
}
