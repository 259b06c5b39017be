package org.microcare.interfaces.council.openreferral;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collector;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.microcare.application.DirectoryService;
import org.microcare.application.DirectoryService.Found;
import org.microcare.domain.model.directory.Listing;
import org.microcare.domain.model.directory.ListingPage;
import org.microcare.domain.model.directory.ListingSearch;
import org.microcare.domain.model.directory.Offer;
import org.microcare.domain.model.directory.OfferPage;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.infrastructure.tenancy.TenantContext;
import org.microcare.interfaces.council.openreferral.FeedCouncil.Term;
import org.microcare.interfaces.council.rest.PublicAccess;

/**
 * {@code /c/{tenant}/openreferral/}: the Open Referral UK 3.0 read endpoints over the council's public
 * directory. The tenant filter resolved the council and asks no credentials here (it also adds the
 * CORS header to every answer); unknown or malformed ids are 404, a bad page or size is 400.
 */
@Path("{tenant}/openreferral")
@Produces(MediaType.APPLICATION_JSON)
@PublicAccess
public class OpenReferralResource {

    @Inject
    DirectoryService directory;

    @GET
    public JsonObject apiDetails() {
        return FeedDocuments.apiDetails();
    }

    /**
     * Services, one per visible ME and service it offers. {@code search} words match the ME's trading name,
     * description and experience; {@code taxonomy_term_id} keeps one service of the catalogue;
     * {@code taxonomy_id} other than the council's one matches nothing.
     */
    @GET
    @Path("services")
    public JsonObject services(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
                               @QueryParam("search") String search, @QueryParam("taxonomy_term_id") String termId,
                               @QueryParam("taxonomy_id") String taxonomyId) {
        FeedPage asked = FeedPage.parse(page, perPage);
        UUID wantedTerm = termId == null ? null : uuid(termId, "taxonomy_term_id");
        UUID wantedTaxonomy = taxonomyId == null ? null : uuid(taxonomyId, "taxonomy_id");
        Found<OfferPage> found = directory.offers(c -> {
            FeedCouncil council = FeedCouncil.of(tenantId(), c);
            ListingSearch filter = words(search);
            if (wantedTerm != null) {
                Optional<Term> term = council.term(wantedTerm);
                if (term.isEmpty()) {
                    return Optional.empty();
                }
                filter = filter.withService(term.get().code());
            }
            if (wantedTaxonomy != null && !wantedTaxonomy.equals(council.taxonomyId())) {
                return Optional.empty();
            }
            return Optional.of(filter);
        }, asked.number(), asked.perPage());
        FeedDocuments documents = new FeedDocuments(FeedCouncil.of(tenantId(), found.council()));
        return asked.document(found.found().total(), found.found().items().stream().map(documents::service).collect(array()));
    }

    /** A service by its id: one indexed look-up of the id stored with the ME's service code (never the whole council). */
    @GET
    @Path("services/{id}")
    public JsonObject service(@PathParam("id") String id) {
        UUID wanted = FeedIds.parse(id).orElseThrow(() -> notFound("service"));
        Found<Offer> offer;
        try {
            offer = directory.offer(wanted.toString());
        } catch (RecordNotFoundException e) {
            throw notFound("service");
        }
        return new FeedDocuments(FeedCouncil.of(tenantId(), offer.council())).service(offer.found());
    }

    /** Organizations: the visible MEs; {@code search} as for services. */
    @GET
    @Path("organizations")
    public JsonObject organizations(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
                                    @QueryParam("search") String search) {
        FeedPage asked = FeedPage.parse(page, perPage);
        Found<ListingPage> found = directory.searchInCouncil(words(search), asked.number(), asked.perPage());
        FeedDocuments documents = new FeedDocuments(FeedCouncil.of(tenantId(), found.council()));
        return asked.document(found.found().total(), found.found().items().stream().map(documents::organization).collect(array()));
    }

    @GET
    @Path("organizations/{id}")
    public JsonObject organization(@PathParam("id") String id) {
        UUID wanted = FeedIds.parse(id).orElseThrow(() -> notFound("organization"));
        Found<Listing> me;
        try {
            me = directory.listing(wanted.toString());
        } catch (RecordNotFoundException e) {
            throw notFound("organization");
        }
        return new FeedDocuments(FeedCouncil.of(tenantId(), me.council())).organizationWithServices(me.found());
    }

    @GET
    @Path("taxonomies")
    public JsonObject taxonomies(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
                                 @QueryParam("search") String search) {
        FeedPage asked = FeedPage.parse(page, perPage);
        FeedCouncil council = council();
        JsonObject taxonomy = new FeedDocuments(council).taxonomy(false);
        List<JsonObject> all = matches(taxonomy.getString("name") + " " + taxonomy.getString("description"), search)
                ? List.of(taxonomy) : List.of();
        return asked.document(all.size(), asked.slice(all).stream().collect(array()));
    }

    @GET
    @Path("taxonomies/{id}")
    public JsonObject taxonomy(@PathParam("id") String id) {
        FeedCouncil council = council();
        if (!FeedIds.parse(id).filter(council.taxonomyId()::equals).isPresent()) {
            throw notFound("taxonomy");
        }
        return new FeedDocuments(council).taxonomy(true);
    }

    /** The catalogue's services as terms; {@code taxonomy_id} other than the council's one matches nothing, as does any {@code parent_id} (the terms have no parents). */
    @GET
    @Path("taxonomy_terms")
    public JsonObject taxonomyTerms(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
                                    @QueryParam("search") String search, @QueryParam("taxonomy_id") String taxonomyId,
                                    @QueryParam("parent_id") String parentId) {
        FeedPage asked = FeedPage.parse(page, perPage);
        FeedCouncil council = council();
        boolean ours = taxonomyId == null || uuid(taxonomyId, "taxonomy_id").equals(council.taxonomyId());
        if (parentId != null) {
            uuid(parentId, "parent_id");
        }
        List<Term> all = !ours || parentId != null ? List.of()
                : council.terms().stream().filter(t -> matches(t.name() + " " + t.code(), search)).toList();
        FeedDocuments documents = new FeedDocuments(council);
        return asked.document(all.size(), asked.slice(all).stream().map(documents::term).collect(array()));
    }

    @GET
    @Path("taxonomy_terms/{id}")
    public JsonObject taxonomyTerm(@PathParam("id") String id) {
        FeedCouncil council = council();
        Term term = FeedIds.parse(id).flatMap(council::term).orElseThrow(() -> notFound("taxonomy term"));
        return new FeedDocuments(council).term(term);
    }

    /** The council's names and lists, in one council transaction. */
    private FeedCouncil council() {
        return FeedCouncil.of(tenantId(), directory.council());
    }

    private static String tenantId() {
        return TenantContext.require().id();
    }

    private static ListingSearch words(String search) {
        return search == null || search.isBlank() ? ListingSearch.ALL
                : new ListingSearch(search.trim(), null, null, null, null, false, false, null, false, false, false, null, false);
    }

    /** Every word of the search is in the text (case aside); no search matches everything. */
    private static boolean matches(String text, String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String haystack = text.toLowerCase(Locale.ROOT);
        for (String word : search.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static UUID uuid(String text, String parameter) {
        return FeedIds.parse(text.trim()).orElseThrow(() -> new InvalidInputException(parameter, parameter + " is a UUID"));
    }

    private static RecordNotFoundException notFound(String what) {
        return new RecordNotFoundException("This feed has no " + what + " with that id");
    }

    private static Collector<JsonObject, ?, JsonArray> array() {
        return Collector.of(FeedDocuments.JSON::createArrayBuilder, JsonArrayBuilder::add, (a, b) -> {
            b.build().forEach(a::add);
            return a;
        }, JsonArrayBuilder::build);
    }
}
