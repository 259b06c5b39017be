package org.microcare.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.domain.model.directory.Check;
import org.microcare.domain.model.directory.Listing;
import org.microcare.domain.model.directory.ListingPage;
import org.microcare.domain.model.directory.ListingSearch;
import org.microcare.domain.model.directory.OfferPage;
import org.microcare.domain.model.directory.PublishedListings;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/**
 * The public directory of the council in context, as it stands today: only listed MEs that meet the
 * framework in force today, public fields only. No sign-in; nothing here is audited or changed.
 */
@Stateless
@TenantTransactional
public class DirectoryService {

    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    PublishedListings listings;

    @Inject
    Today today;

    /** A page (from 1) of the listings matching the search, {@code size} at most {@link #MAX_PAGE_SIZE}. */
    public ListingPage search(ListingSearch search, int page, int size) {
        return listings.search(search, today.date(), Math.max(1, page), Math.max(1, Math.min(MAX_PAGE_SIZE, size)));
    }

    /**
     * A page (from 1) of the services the MEs matching the search offer, one per (ME, service code),
     * {@code size} at most {@link #MAX_PAGE_SIZE}; a service in the search keeps only its offers.
     */
    public OfferPage offers(ListingSearch search, int page, int size) {
        return listings.offers(search, today.date(), Math.max(1, page), Math.max(1, Math.min(MAX_PAGE_SIZE, size)));
    }

    /** The service codes of every ME visible today, by ME id (to find an offer by an id derived from both). */
    public Map<String, List<String>> servicesOffered() {
        return listings.servicesOffered(today.date());
    }

    /** A listing visible today; unknown, unlisted and non-compliant MEs are all simply not found. */
    public Listing listing(String id) {
        return listings.visible(id, today.date()).orElseThrow(() -> new RecordNotFoundException("No listing " + id + " in this directory"));
    }

    /** A visible listing with what the council checked and when: the profile, read in one transaction. */
    public Profile profile(String id) {
        LocalDate day = today.date();
        Listing listing = listings.visible(id, day).orElseThrow(() -> new RecordNotFoundException("No listing " + id + " in this directory"));
        return new Profile(listing, listings.checks(id, day));
    }

    /** A listing and the checks behind it. */
    public record Profile(Listing listing, List<Check> checks) {
    }
}
