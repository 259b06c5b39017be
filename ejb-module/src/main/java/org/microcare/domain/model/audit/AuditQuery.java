package org.microcare.domain.model.audit;

import java.time.Instant;

/** Filters for reading the audit log; null means "any". Newest first, at most {@code limit} entries. */
public record AuditQuery(String actor, String action, String recordType, String recordId, Instant from, Instant to, int limit) {
}
