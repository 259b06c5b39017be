package org.microcare.interfaces.council.rest;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.microcare.application.AuditQueries;
import org.microcare.domain.model.audit.AuditEntry;
import org.microcare.domain.model.user.Role;

/** {@code GET /c/{tenant}/api/v1/audit}: the council's audit log, newest first. Read-only: there is no write path. */
@Path("{tenant}/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(Role.COUNCIL_ADMIN)
public class AuditResource {

    /** One audit line. */
    public record AuditView(long id, Instant occurredAt, String actor, String action, String recordType, String recordId,
                            String detail, String remoteAddress) {
        static AuditView of(AuditEntry e) {
            return new AuditView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getRecordType(),
                    e.getRecordId(), e.getDetail(), e.getRemoteAddress());
        }
    }

    @Inject
    AuditQueries audit;

    @GET
    public List<AuditView> find(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                @QueryParam("recordId") String recordId, @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("limit") String limit) {
        return audit.find(actor, action, recordId, from, to, limit).stream().map(AuditView::of).toList();
    }
}
