package org.microcare.domain.model.operator;

import java.util.Optional;

public interface OperatorRepository {

    Optional<Operator> find(String username);

    long count();

    void add(Operator operator);

    void audit(String actor, String action, String target, String detail);

    /** The operators' audit log, newest first. */
    java.util.List<OperatorAuditRecord> recentAudit(int limit);
}
