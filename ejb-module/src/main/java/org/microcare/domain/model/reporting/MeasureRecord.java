package org.microcare.domain.model.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One record behind a monthly measure's figure: an ME (with the date that made it count), a support
 * session, a client (by id and the council's reference only) or a month's recorded hours of an
 * arrangement. Fields a kind of record does not have are null.
 */
public record MeasureRecord(String microEnterpriseId, String tradingName, String sessionId, String clientId, String clientReference,
                            LocalDate on, BigDecimal hours) {

    public static MeasureRecord microEnterprise(String id, String tradingName, LocalDate on) {
        return new MeasureRecord(id, tradingName, null, null, null, on, null);
    }

    /** The same record without the client's id and reference. */
    public MeasureRecord withoutClient() {
        return new MeasureRecord(microEnterpriseId, tradingName, sessionId, null, null, on, hours);
    }
}
