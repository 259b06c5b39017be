package org.microcare.interfaces.platform.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.microcare.application.TenantOnboardingService;
import org.microcare.domain.model.operator.OperatorAuditRecord;
import org.microcare.domain.shared.InvalidInputException;

/** {@code GET /platform/api/v1/audit}: what operators did, newest first. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    TenantOnboardingService onboarding;

    @GET
    public List<OperatorAuditRecord> recent(@QueryParam("limit") @DefaultValue("100") String limit) {
        int n;
        try {
            n = Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > 500) {
            throw new InvalidInputException("limit", "Limit must be a whole number between 1 and 500");
        }
        return onboarding.auditLog(n);
    }
}
