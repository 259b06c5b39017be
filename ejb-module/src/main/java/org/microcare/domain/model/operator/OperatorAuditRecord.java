package org.microcare.domain.model.operator;

import java.time.Instant;

/** One line of the operators' audit log. */
public record OperatorAuditRecord(long id, Instant occurredAt, String actor, String action, String target, String detail) {
}
