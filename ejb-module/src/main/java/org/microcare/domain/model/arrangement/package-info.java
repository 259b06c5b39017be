/**
 * Arrangements: a client's care by one micro-enterprise, from a first day to a last (or open-ended),
 * so many hours a week at an agreed hourly rate, paid for by a funding route. The rules of making one
 * live on {@link org.microcare.domain.model.arrangement.Arrangement}: the ME is visible in the directory
 * on the first day, the client consented to share their details by then and is not closed, and the ME
 * has the spare capacity on every day of the arrangement (the caller holds the ME's row lock and reads
 * the peak of hours already committed in SQL). The top-up is what the person pays per hour above the
 * Direct Payment rate in effect that day; hours delivered are recorded per month, a new figure replacing
 * the month's old one.
 */
package org.microcare.domain.model.arrangement;
