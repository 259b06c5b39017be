package org.microcare.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.domain.model.community.CommunityActivity;
import org.microcare.domain.model.directory.Check;
import org.microcare.domain.model.directory.Listing;
import org.microcare.domain.model.directory.ListingPage;
import org.microcare.domain.model.directory.ListingSearch;
import org.microcare.domain.model.directory.Offer;
import org.microcare.domain.model.directory.OfferPage;
import org.microcare.domain.model.directory.PublishedListings;
import org.microcare.domain.model.programme.CatalogueEntry;
import org.microcare.domain.model.programme.Programme;
import org.microcare.domain.model.programme.ProgrammeRepository;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/**
 * The public directory of the council in context, as it stands today: only listed MEs that meet the
 * framework in force today, public fields only. No sign-in; nothing here is audited or changed.
 *
 * <p>Each method reads everything one page or feed document needs, council names and coded lists
 * included ({@link Council}), in one transaction: every council transaction costs an EclipseLink client
 * session, made one at a time ({@code TenantTransactionInterceptor}), so a request pays for one only
 * (docs/benchmarks.md, directory search).
 */
@Stateless
@TenantTransactional
public class DirectoryService {

    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    PublishedListings listings;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    CommunityActivities communityActivities;

    @Inject
    Today today;

    /** The council's programme and its coded lists (retired entries included: records keep their codes), as public pages name them. */
    public record Council(Programme programme, List<? extends CatalogueEntry> services, List<? extends CatalogueEntry> localities) {

        /** Every service code with its name. */
        public Map<String, String> serviceNames() {
            return names(services);
        }

        /** Every locality code with its name. */
        public Map<String, String> localityNames() {
            return names(localities);
        }

        /** The services offered for new records (not retired), as the search form lists them. */
        public List<? extends CatalogueEntry> activeServices() {
            return services.stream().filter(e -> !e.isRetired()).toList();
        }

        /** The localities not retired. */
        public List<? extends CatalogueEntry> activeLocalities() {
            return localities.stream().filter(e -> !e.isRetired()).toList();
        }

        private static Map<String, String> names(List<? extends CatalogueEntry> entries) {
            return entries.stream().collect(Collectors.toMap(CatalogueEntry::getCode, CatalogueEntry::getName, (a, b) -> a));
        }
    }

    /** What was found, with the council it was found in. */
    public record Found<T>(Council council, T found) {
    }

    /** A search and the page (from 1) of it asked for. */
    public record Ask(ListingSearch search, int page) {
    }

    /**
     * The directory page: the council, a page of listings ({@code pageClamped} when the page asked for was
     * past the last, so this is the last), and the community activities listed publicly in the searched
     * locality if any ({@code activitiesAnywhere}: whether the council lists any at all).
     */
    public record DirectoryView(Council council, ListingPage listings, boolean pageClamped, List<CommunityActivity> activities,
                                boolean activitiesAnywhere) {
    }

    /** A listing and the checks behind it. */
    public record Profile(Listing listing, List<Check> checks) {
    }

    /** The council alone: its programme and coded lists. */
    public Council council() {
        return readCouncil();
    }

    /**
     * The directory page: {@code ask} turns the council's lists into the search (codes not in them are the
     * caller's to leave out) and the page wanted; a page past the last gives the last.
     */
    public DirectoryView directory(Function<Council, Ask> ask, int size) {
        Council council = readCouncil();
        Ask asked = ask.apply(council);
        ListingPage result = search(asked.search(), asked.page(), size);
        boolean clamped = false;
        if (result.items().isEmpty() && result.page() > result.pages()) {
            clamped = true;
            result = search(asked.search(), result.pages(), size);
        }
        String locality = asked.search().locality();
        List<CommunityActivity> activities = communityActivities.published(locality);
        boolean anywhere = !activities.isEmpty() || locality != null && !locality.isBlank() && !communityActivities.published(null).isEmpty();
        return new DirectoryView(council, result, clamped, activities, anywhere);
    }

    /** A page (from 1) of the listings matching the search, {@code size} at most {@link #MAX_PAGE_SIZE}. */
    public ListingPage search(ListingSearch search, int page, int size) {
        return listings.search(search, today.date(), Math.max(1, page), pageSize(size));
    }

    /** {@link #search} with the council. */
    public Found<ListingPage> searchInCouncil(ListingSearch search, int page, int size) {
        return new Found<>(readCouncil(), search(search, page, size));
    }

    /**
     * A page (from 1) of the services the MEs matching the search offer, one per (ME, service code),
     * {@code size} at most {@link #MAX_PAGE_SIZE}; a service in the search keeps only its offers.
     * {@code search} makes the search from the council's lists; none means nothing matches (an empty page).
     */
    public Found<OfferPage> offers(Function<Council, Optional<ListingSearch>> search, int page, int size) {
        Council council = readCouncil();
        int number = Math.max(1, page);
        int perPage = pageSize(size);
        OfferPage found = search.apply(council).map(s -> listings.offers(s, today.date(), number, perPage))
                .orElseGet(() -> new OfferPage(List.of(), 0, number, perPage));
        return new Found<>(council, found);
    }

    /** The offer of a visible ME with this public service id ({@code MicroEnterpriseCode.serviceId}); otherwise not found. */
    public Found<Offer> offer(String serviceId) {
        Offer offer = listings.offer(serviceId, today.date())
                .orElseThrow(() -> new RecordNotFoundException("No service " + serviceId + " in this directory"));
        return new Found<>(readCouncil(), offer);
    }

    /** A listing visible today; unknown, unlisted and non-compliant MEs are all simply not found. */
    public Found<Listing> listing(String id) {
        Listing listing = visible(id, today.date());
        return new Found<>(readCouncil(), listing);
    }

    /** A visible listing with what the council checked and when: the profile. */
    public Found<Profile> profile(String id) {
        LocalDate day = today.date();
        Listing listing = visible(id, day);
        return new Found<>(readCouncil(), new Profile(listing, listings.checks(id, day)));
    }

    /** The profiles of those of the MEs that are visible, in the order given; the others are left out. */
    public Found<List<Profile>> profiles(Collection<String> ids) {
        LocalDate day = today.date();
        List<Profile> found = new ArrayList<>();
        for (String id : ids) {
            listings.visible(id, day).ifPresent(l -> found.add(new Profile(l, listings.checks(id, day))));
        }
        return new Found<>(readCouncil(), found);
    }

    private Listing visible(String id, LocalDate day) {
        return listings.visible(id, day).orElseThrow(() -> new RecordNotFoundException("No listing " + id + " in this directory"));
    }

    private Council readCouncil() {
        Programme programme = programmes.find().orElseThrow(() -> new RecordNotFoundException("This council has no programme yet"));
        return new Council(programme, programmes.services(), programmes.localities());
    }

    private static int pageSize(int size) {
        return Math.max(1, Math.min(MAX_PAGE_SIZE, size));
    }
}
