package org.microcare.interfaces.council.web.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.DirectoryService;
import org.microcare.application.DirectoryService.Ask;
import org.microcare.application.DirectoryService.DirectoryView;
import org.microcare.domain.model.directory.ListingPage;
import org.microcare.domain.model.directory.ListingSearch.TimeOfDay;
import org.microcare.domain.model.microenterprise.AvailabilitySlot.Weekday;
import org.microcare.domain.model.programme.CatalogueEntry;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/**
 * {@code /c/{tenant}/directory}: the council's public directory, searched by words and filters sent by
 * a GET form, {@value #PAGE_SIZE} listings a page. No sign-in. Bad query values never fail the page:
 * they are left out of the search and the page says which ({@link DirectoryQuery}); a page past the
 * last shows the last.
 */
@Named
@RequestScoped
public class DirectoryPage {

    public static final int PAGE_SIZE = 20;

    /** The most community activities the directory shows; the rest are on {@code directory/activities}. */
    public static final int ACTIVITIES_SHOWN = 10;

    @Inject
    DirectoryService directory;

    @Inject
    CouncilPage council;

    private DirectoryQuery query;
    private ListingPage result;
    private DirectoryLabels labels;
    private List<ListingView> listings;
    private boolean pageClamped;
    private List<? extends CatalogueEntry> services;
    private List<? extends CatalogueEntry> localities;
    private List<PublicActivity> activities;
    private int activitiesTotal;
    private boolean activitiesAnywhere;

    /** Everything in one council transaction: the shell's programme, the lists, the page of listings and the activities. */
    @PostConstruct
    void load() {
        DirectoryView view = directory.directory(c -> {
            query = DirectoryQuery.read(CouncilPage.request()::getParameter, c.serviceNames().keySet(), c.localityNames().keySet());
            return new Ask(query.toSearch(), query.getPage());
        }, PAGE_SIZE);
        council.programmeRead(view.council().programme());
        services = view.council().activeServices();
        localities = view.council().activeLocalities();
        labels = new DirectoryLabels(view.council().serviceNames(), view.council().localityNames(), Texts.locale());
        result = view.listings();
        pageClamped = view.pageClamped();
        listings = result.items().stream().map(l -> new ListingView(l, List.of(), labels)).toList();
        activitiesTotal = view.activities().size();
        activities = view.activities().stream().limit(ACTIVITIES_SHOWN).map(a -> new PublicActivity(a, labels)).toList();
        activitiesAnywhere = view.activitiesAnywhere();
    }

    /**
     * The community activities listed publicly, in the area searched if one is chosen, at most
     * {@value #ACTIVITIES_SHOWN}; the words and other filters are about micro-enterprises and do not apply.
     */
    public List<PublicActivity> getActivities() {
        return activities;
    }

    /** Whether the council lists any community activity publicly at all: if not, the page has no such section. */
    public boolean isActivitiesShown() {
        return activitiesAnywhere;
    }

    /** Whether there are more activities than the directory shows. */
    public boolean isMoreActivities() {
        return activitiesTotal > activities.size();
    }

    /** "Showing 10 of 14 community activities." */
    public String getActivitiesShowing() {
        return Texts.get("directory.activities.showing", activities.size(), activitiesTotal);
    }

    /** "See all 14 community activities". */
    public String getAllActivitiesLink() {
        return Texts.get("directory.activities.seeAll", activitiesTotal);
    }

    /** The chosen area's name, or null. */
    public String getActivitiesArea() {
        return query.getLocality() == null ? null : labels.locality(query.getLocality());
    }

    /** The page of every public activity, in the area searched if one is chosen. */
    public String getActivitiesHref() {
        return council.getBase() + "/directory/activities" + (query.getLocality() == null ? "" : "?locality=" + PageForms.encode(query.getLocality()));
    }

    /** The page of every public activity, in every area. */
    public String getAllAreasActivitiesHref() {
        return council.getBase() + "/directory/activities";
    }

    public DirectoryQuery getQuery() {
        return query;
    }

    public List<ListingView> getListings() {
        return listings;
    }

    public long getTotal() {
        return result.total();
    }

    public boolean isNone() {
        return result.total() == 0;
    }

    /** Nothing at all is listed yet (as opposed to nothing matching the search). */
    public boolean isEmptyDirectory() {
        return isNone() && !query.isNarrowed();
    }

    public int getPage() {
        return result.page();
    }

    public int getPages() {
        return result.pages();
    }

    /** "12 micro-enterprises found". */
    public String getCount() {
        return Texts.get("directory.count", result.total());
    }

    /** "Page 2 of 3", for the title and the results heading when there is more than one page. */
    public String getPageOf() {
        return Texts.get("directory.pageOf", result.page(), result.pages());
    }

    /** What the page could not use from the address, one sentence each. */
    public List<String> getNotes() {
        List<String> notes = new ArrayList<>();
        if (query.isWordsCut()) {
            notes.add(Texts.get("directory.ignored.words", DirectoryQuery.MAX_WORDS_LENGTH, DirectoryQuery.MAX_WORDS));
        }
        for (String name : query.getIgnored()) {
            notes.add(Texts.get("directory.ignored.filter", Texts.get("directory.filter." + name)));
        }
        if (query.isPageIgnored() || pageClamped) {
            notes.add(Texts.get("directory.ignored.page", result.page()));
        }
        return notes;
    }

    public String href(int page) {
        String q = query.queryString(page);
        return council.getBase() + "/directory" + (q.isEmpty() ? "" : "?" + q);
    }

    public String getPreviousHref() {
        return result.page() > 1 ? href(result.page() - 1) : null;
    }

    public String getNextHref() {
        return result.page() < result.pages() ? href(result.page() + 1) : null;
    }

    /** The numbered links: the first, the last, and the pages either side of this one, with gaps between. */
    public List<PageLink> getPageLinks() {
        List<PageLink> links = new ArrayList<>();
        int last = result.pages();
        int previous = 0;
        for (int n = 1; n <= last; n++) {
            if (n == 1 || n == last || Math.abs(n - result.page()) <= 1) {
                if (n - previous > 1) {
                    links.add(PageLink.gap());
                }
                links.add(new PageLink(n, href(n), n == result.page()));
                previous = n;
            }
        }
        return links;
    }

    public List<Choice> getServiceChoices() {
        return labels.choices(services.stream().map(CatalogueEntry::getCode), labels::service, query.getService());
    }

    public List<Choice> getLocalityChoices() {
        return labels.choices(localities.stream().map(CatalogueEntry::getCode), labels::locality, query.getLocality());
    }

    public List<Choice> getLanguageChoices() {
        return labels.choices(DirectoryLabels.LANGUAGES.stream(), labels::language, query.getLanguage());
    }

    public List<Choice> getSpecialismChoices() {
        return labels.choices(DirectoryLabels.SPECIALISMS.stream(), labels::specialism, query.getSpecialism());
    }

    public List<Choice> getDayChoices() {
        return Arrays.stream(Weekday.values()).map(d -> new Choice(d.name(), labels.day(d.name()))).toList();
    }

    public List<Choice> getTimeChoices() {
        return Arrays.stream(TimeOfDay.values()).map(t -> new Choice(t.name(), Texts.get("directory.time." + t.name()))).toList();
    }

    /** The checkbox filters: when they work, then what they do. */
    public List<String> getWhenFlags() {
        return List.of("evenings", "weekends");
    }

    public List<String> getWhatFlags() {
        return List.of("personalCare", "medication", "petsOk", "spareCapacity");
    }

    /** The most profiles one shortlist prints. */
    public int getShortlistMax() {
        return ShortlistPage.MAX;
    }

    /** One link of the pagination, or a gap between links. */
    public static final class PageLink {
        private final int number;
        private final String href;
        private final boolean current;

        PageLink(int number, String href, boolean current) {
            this.number = number;
            this.href = href;
            this.current = current;
        }

        static PageLink gap() {
            return new PageLink(0, null, false);
        }

        public int getNumber() {
            return number;
        }

        public String getHref() {
            return href;
        }

        public boolean isCurrent() {
            return current;
        }

        /** "Page 2", for the link's accessible name. */
        public String getLabel() {
            return Texts.get("pagination.pageLabel", number);
        }

        public boolean isGap() {
            return href == null;
        }
    }
}
