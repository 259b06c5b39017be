package org.microcare.domain.model.audit;

import java.util.List;

/** The current council's audit log: append and read, nothing else. */
public interface AuditLog {

    void append(AuditEntry entry);

    List<AuditEntry> find(AuditQuery query);
}
