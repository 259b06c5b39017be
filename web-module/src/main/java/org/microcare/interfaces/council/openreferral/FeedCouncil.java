package org.microcare.interfaces.council.openreferral;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.microcare.application.DirectoryService.Council;
import org.microcare.domain.model.programme.CatalogueEntry;

/**
 * What every document of one council's feed needs, read once per request: its names, its service
 * catalogue (the taxonomy; retired services included, since MEs keep them) and its localities' names.
 */
record FeedCouncil(String tenantId, String councilName, String programmeName, List<Term> terms, Map<String, String> localityNames) {

    /** A service of the council's catalogue as a taxonomy term. */
    record Term(UUID id, String code, String name) {
    }

    static FeedCouncil of(String tenantId, Council council) {
        return of(tenantId, council.programme().getCouncilName(), council.programme().getProgrammeName(), council.services(),
                council.localities());
    }

    static FeedCouncil of(String tenantId, String councilName, String programmeName, List<? extends CatalogueEntry> services,
                          List<? extends CatalogueEntry> localities) {
        List<Term> terms = services.stream()
                .map(s -> new Term(FeedIds.term(tenantId, s.getCode()), s.getCode(), s.getName()))
                .sorted(Comparator.comparing(Term::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Term::code))
                .toList();
        Map<String, String> places = localities.stream()
                .collect(Collectors.toMap(CatalogueEntry::getCode, CatalogueEntry::getName, (a, b) -> a));
        return new FeedCouncil(tenantId, councilName, programmeName, terms, places);
    }

    UUID taxonomyId() {
        return FeedIds.taxonomy(tenantId);
    }

    Optional<Term> term(UUID id) {
        return terms.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The term of a service code; a code missing from the catalogue (never expected: entries are not deleted) keeps its code as name. */
    Term termFor(String code) {
        return terms.stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseGet(() -> new Term(FeedIds.term(tenantId, code), code, code));
    }

    String localityName(String code) {
        return localityNames.getOrDefault(code, code);
    }
}
