package org.microcare.domain.model.directory;

/**
 * One service a visible ME offers: the ME's listing and one code of the council's service catalogue
 * from it. What the Open Referral UK feed calls a service.
 */
public record Offer(Listing listing, String service) {
}
