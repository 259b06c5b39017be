package org.microcare.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.microcare.domain.model.operator.OperatorRepository;

/** Appends to the operators' audit log in the platform schema. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OperatorAudit {

    @Inject
    OperatorRepository operators;

    public java.util.List<org.microcare.domain.model.operator.OperatorAuditRecord> recent(int limit) {
        return operators.recentAudit(Math.max(1, Math.min(limit, 500)));
    }

    public void record(String actor, String action, String target, String detail) {
        operators.audit(actor == null ? "system" : actor, action, target, detail);
    }
}
