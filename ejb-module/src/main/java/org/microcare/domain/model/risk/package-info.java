/**
 * Risk flags: what a broker should look at on a day, for a micro-enterprise, a client's arrangements and
 * the whole council. The rules of each flag are written on {@link org.microcare.domain.model.risk.RiskFlag};
 * the flags are computed in the database ({@link org.microcare.domain.model.risk.RiskFlags}), never by
 * loading every ME, with the council's own threshold (employment-status risk weeks) and warning window
 * (evidence warning days).
 */
package org.microcare.domain.model.risk;
