package org.microcare.interfaces.council.openreferral;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import org.microcare.domain.model.directory.Listing;
import org.microcare.domain.model.directory.Offer;
import org.microcare.domain.model.microenterprise.AvailabilitySlot;
import org.microcare.interfaces.council.openreferral.FeedCouncil.Term;

/**
 * HSDS-UK 3.0 documents from the directory's public listings: a {@code service} per ME and service
 * code it offers, the ME as its {@code organization}, the council's catalogue as a {@code taxonomy}.
 * Only fields of {@link Listing} are read, and a value is written only when it is there and of the
 * shape the schema asks (an email or web address that the schema's format would refuse is left out
 * rather than fail the feed): nothing is ever {@code null}.
 */
final class FeedDocuments {

    /**
     * The JSON-P provider, looked up once: {@code JSON.createObjectBuilder()} looks it up on every call
     * (a ServiceLoader scan of the application's class path), which took a third of the request threads'
     * time of a page of services (docs/benchmarks.md, directory search).
     */
    static final JsonProvider JSON = JsonProvider.provider();

    static final String HSDS_VERSION = "3.0";
    static final String PROFILE = "https://openreferraluk.org/specifications/3.0/";
    static final String OPENAPI = "https://openreferraluk.org/specifications/3.0/openapi.json";

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern EMAIL = Pattern.compile("^" + ATOM + "(\\." + ATOM + ")*@" + LABEL + "(\\." + LABEL + ")+$");

    private final FeedCouncil council;

    FeedDocuments(FeedCouncil council) {
        this.council = council;
    }

    /** {@code GET /}: which standard the feed follows. */
    static JsonObject apiDetails() {
        return JSON.createObjectBuilder().add("version", HSDS_VERSION).add("profile", PROFILE).add("openapi_url", OPENAPI).build();
    }

    /** One service: what the ME offers under one code of the catalogue, with where, when, for how much and in which languages. */
    JsonObject service(Offer offer) {
        Listing me = offer.listing();
        Term term = council.termFor(offer.service());
        UUID id = FeedIds.service(me.id(), offer.service());
        JsonObjectBuilder s = JSON.createObjectBuilder()
                .add("id", id.toString())
                .add("organization_id", organizationId(me).toString())
                .add("name", me.tradingName() + ": " + term.name());
        text(s, "description", serviceDescription(me));
        text(s, "url", webAddress(me.website()));
        text(s, "email", email(me.email()));
        s.add("status", "active");
        if (me.lastConfirmedOn() != null) {
            s.add("assured_date", me.lastConfirmedOn().toString());
        }
        return s.add("schedules", schedules(id, me.availability()))
                .add("service_areas", areas(id, me.localities()))
                .add("languages", languages(id, me.languages()))
                .add("cost_options", costs(id, me))
                .add("attributes", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("id", FeedIds.part(id, "attribute", term.code()).toString())
                        .add("link_id", id.toString())
                        .add("link_entity", "service")
                        .add("taxonomy_term_id", term.id().toString())
                        .add("taxonomy_term", term(term))))
                .add("organization", organization(me))
                .build();
    }

    /** The ME as the organization that provides its services. */
    JsonObject organization(Listing me) {
        UUID id = organizationId(me);
        JsonObjectBuilder o = JSON.createObjectBuilder()
                .add("id", id.toString())
                .add("name", me.tradingName())
                .add("description", present(me.description()) ? me.description()
                        : "A care micro-enterprise in the " + council.programmeName() + " directory of " + council.councilName() + ".");
        text(o, "email", email(me.email()));
        text(o, "website", webAddress(me.website()));
        JsonArrayBuilder phones = JSON.createArrayBuilder();
        if (present(me.phone())) {
            phones.add(JSON.createObjectBuilder().add("id", FeedIds.part(id, "phone", "public").toString()).add("number", me.phone()));
        }
        return o.add("phones", phones).build();
    }

    /** The organization with the ids and names of its services ({@code GET /organizations/{id}}). */
    JsonObject organizationWithServices(Listing me) {
        JsonArrayBuilder services = JSON.createArrayBuilder();
        for (String code : me.services()) {
            services.add(JSON.createObjectBuilder().add("id", FeedIds.service(me.id(), code).toString())
                    .add("name", me.tradingName() + ": " + council.termFor(code).name()).add("status", "active"));
        }
        return JSON.createObjectBuilder(organization(me)).add("services", services).build();
    }

    /** The council's service catalogue as one taxonomy, with its terms when asked. */
    JsonObject taxonomy(boolean withTerms) {
        JsonObjectBuilder t = JSON.createObjectBuilder()
                .add("id", council.taxonomyId().toString())
                .add("name", council.programmeName() + " services")
                .add("description", "The services that care micro-enterprises in " + council.councilName()
                        + "'s " + council.programmeName() + " programme offer, as the council lists them.");
        if (withTerms) {
            JsonArrayBuilder terms = JSON.createArrayBuilder();
            council.terms().forEach(term -> terms.add(term(term)));
            t.add("taxonomy_terms", terms);
        }
        return t.build();
    }

    JsonObject term(Term term) {
        return JSON.createObjectBuilder()
                .add("id", term.id().toString())
                .add("name", term.name())
                .add("description", "Care micro-enterprises offering: " + term.name())
                .add("taxonomy_id", council.taxonomyId().toString())
                .add("code", term.code())
                .add("term", term.name())
                .build();
    }

    static UUID organizationId(Listing me) {
        return UUID.fromString(me.id());
    }

    private static String serviceDescription(Listing me) {
        List<String> parts = new ArrayList<>();
        if (present(me.description())) {
            parts.add(me.description());
        }
        if (present(me.experience())) {
            parts.add("Training and experience: " + me.experience());
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    /** Windows with the same hours form one weekly schedule over their days (RFC 5545 BYDAY), in UK local time. */
    private static JsonArrayBuilder schedules(UUID service, List<AvailabilitySlot> slots) {
        Map<String, List<AvailabilitySlot>> byHours = new LinkedHashMap<>();
        for (AvailabilitySlot slot : slots) {
            byHours.computeIfAbsent(hours(slot.from()) + "-" + hours(slot.to()), k -> new ArrayList<>()).add(slot);
        }
        JsonArrayBuilder out = JSON.createArrayBuilder();
        byHours.forEach((key, same) -> {
            List<String> days = same.stream().map(s -> s.day().name().substring(0, 2)).distinct().toList();
            AvailabilitySlot first = same.get(0);
            out.add(JSON.createObjectBuilder()
                    .add("id", FeedIds.part(service, "schedule", key).toString())
                    .add("service_id", service.toString())
                    .add("freq", "WEEKLY")
                    .add("interval", 1)
                    .add("byday", String.join(",", days))
                    .add("opens_at", hours(first.from()))
                    .add("closes_at", hours(first.to()))
                    .add("description", "Usually available " + String.join(", ", same.stream().map(s -> dayName(s)).distinct().toList())
                            + ", " + hours(first.from()) + " to " + hours(first.to()) + " (UK time)"));
        });
        return out;
    }

    private JsonArrayBuilder areas(UUID service, List<String> localities) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (String code : localities) {
            String name = council.localityName(code);
            out.add(JSON.createObjectBuilder()
                    .add("id", FeedIds.part(service, "service-area", code).toString())
                    .add("service_id", service.toString())
                    .add("name", name)
                    .add("service_area", name));
        }
        return out;
    }

    private static JsonArrayBuilder languages(UUID service, List<String> codes) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (String code : codes) {
            JsonObjectBuilder l = JSON.createObjectBuilder()
                    .add("id", FeedIds.part(service, "language", code).toString())
                    .add("service_id", service.toString());
            String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.UK);
            if (present(name) && !name.equalsIgnoreCase(code)) {
                l.add("name", name);
            }
            out.add(l.add("code", code));
        }
        return out;
    }

    private static JsonArrayBuilder costs(UUID service, Listing me) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        if (me.hourlyRate() != null) {
            out.add(JSON.createObjectBuilder()
                    .add("id", FeedIds.part(service, "cost-option", "hourly").toString())
                    .add("service_id", service.toString())
                    .add("option", "Per hour")
                    .add("currency", "GBP")
                    .add("amount", me.hourlyRate())
                    .add("amount_description", "£" + me.hourlyRate().toPlainString() + " an hour"));
        }
        return out;
    }

    private static String hours(LocalTime time) {
        return time.format(HOURS);
    }

    private static String dayName(AvailabilitySlot slot) {
        String day = slot.day().dayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK);
        return day + "s";
    }

    static String email(String text) {
        return text != null && EMAIL.matcher(text).matches() ? text : null;
    }

    /** An absolute http(s) address of ASCII characters that parses as a URI, or nothing. */
    static String webAddress(String text) {
        if (text == null || !text.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? text : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static void text(JsonObjectBuilder object, String name, String value) {
        if (present(value)) {
            object.add(name, value);
        }
    }
}
