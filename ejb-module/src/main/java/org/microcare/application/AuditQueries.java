package org.microcare.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.domain.model.audit.AuditEntry;
import org.microcare.domain.model.audit.AuditLog;
import org.microcare.domain.model.audit.AuditQuery;
import org.microcare.domain.shared.Violations;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/** Reads the current council's audit log, filtered. Dates are UK calendar days. */
@Stateless
@TenantTransactional
public class AuditQueries {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    AuditLog log;

    public List<AuditEntry> find(String actor, String action, String recordId, String fromDate, String toDate, String limitText) {
        Violations v = new Violations();
        Instant from = day(fromDate, "from", v);
        Instant to = day(toDate, "to", v);
        Integer limit = null;
        if (limitText != null && !limitText.isBlank()) {
            try {
                limit = Integer.valueOf(limitText.trim());
            } catch (NumberFormatException e) {
                limit = -1;
            }
        }
        v.require(limit == null || (limit >= 1 && limit <= 500), "limit", "Limit must be a whole number between 1 and 500");
        if (from != null && to != null) {
            v.require(!to.isBefore(from), "to", "'to' must not be before 'from'");
        }
        v.throwIfAny();
        return log.find(new AuditQuery(blankToNull(actor), blankToNull(action), null, blankToNull(recordId), from,
                to == null ? null : to.plusSeconds(86_400), limit == null ? 100 : limit));
    }

    /** The latest changes to one kind of record (for example every "Rate"), newest first: a page's change history. */
    public List<AuditEntry> changesTo(String recordType, int limit) {
        return log.find(new AuditQuery(null, null, recordType, null, null, null, limit));
    }

    private static Instant day(String text, String field, Violations v) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text).atStartOfDay(UK).toInstant();
        } catch (DateTimeParseException e) {
            v.require(false, field, "Dates are yyyy-MM-dd");
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
