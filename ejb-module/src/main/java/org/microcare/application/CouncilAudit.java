package org.microcare.application;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.microcare.domain.model.audit.AuditEntry;
import org.microcare.domain.model.audit.AuditLog;

/** Appends to the current council's audit log inside the caller's transaction, so a change and its record commit together. */
@ApplicationScoped
public class CouncilAudit {

    @Inject
    AuditLog log;

    public void record(Actor actor, String action, String recordType, String recordId, String detail) {
        log.append(new AuditEntry(Instant.now(), actor.username(), action, recordType, recordId, detail, actor.remoteAddress()));
    }
}
