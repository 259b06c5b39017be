package org.microcare.interfaces.council.web.grants;

import java.math.BigDecimal;

import org.microcare.application.GrantService.Ledger;
import org.microcare.domain.model.programme.GrantScheme;

/** A grant scheme with its budget ledger, readable from EL (which cannot read the service's record). */
public final class LedgerRow {

    private final Ledger ledger;

    public LedgerRow(Ledger ledger) {
        this.ledger = ledger;
    }

    public GrantScheme getScheme() {
        return ledger.scheme();
    }

    public BigDecimal getApproved() {
        return ledger.approved();
    }

    public BigDecimal getRemaining() {
        return ledger.remaining();
    }

    public BigDecimal getPending() {
        return ledger.pending();
    }

    public int getApplications() {
        return ledger.applications();
    }
}
