package org.microcare.domain.model.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The current council's directory on a day, searched and paged by the database. */
public interface PublishedListings {

    ListingPage search(ListingSearch search, LocalDate day, int page, int size);

    /**
     * A page of the offers of the MEs the search finds: one per (ME, service code), ordered by trading
     * name, ME and code. With a service in the search, only the offers of that service.
     */
    OfferPage offers(ListingSearch search, LocalDate day, int page, int size);

    /** The offer of an ME visible on the day whose service has this public id ({@code MicroEnterpriseCode.serviceId}), or empty. */
    Optional<Offer> offer(String serviceId, LocalDate day);

    /** A listing visible on the day, or empty (unknown, not listed, or not meeting the framework that day). */
    Optional<Listing> visible(String id, LocalDate day);

    /** The ids of every ME visible on the day (for the daily job). */
    List<String> visibleIds(LocalDate day);

    /** The requirements in force on the day that apply to the ME and that its valid evidence meets, with when each was checked. */
    List<Check> checks(String id, LocalDate day);
}
