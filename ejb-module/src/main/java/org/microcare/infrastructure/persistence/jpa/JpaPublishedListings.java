package org.microcare.infrastructure.persistence.jpa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import org.eclipse.persistence.config.QueryHints;

import org.microcare.domain.model.directory.Check;
import org.microcare.domain.model.directory.Listing;
import org.microcare.domain.model.directory.ListingPage;
import org.microcare.domain.model.directory.ListingSearch;
import org.microcare.domain.model.directory.Offer;
import org.microcare.domain.model.directory.OfferPage;
import org.microcare.domain.model.directory.PublishedListings;
import org.microcare.domain.model.microenterprise.AvailabilitySlot;
import org.microcare.domain.model.microenterprise.AvailabilitySlot.Weekday;
import org.microcare.domain.model.microenterprise.CodeKind;
import org.microcare.domain.model.microenterprise.Stage;

/**
 * The directory in JPQL: visibility, filters, counting and paging all happen in the database; a
 * page's listings are read as a projection of the public columns only, then their codes and
 * windows in one query each.
 *
 * <p>Visible on a day = {@code LISTED} and the day inside one of the ME's stored compliance ranges
 * ({@code compliance_window}, V14, kept by {@link JpaComplianceWindows} in the transactions that change
 * evidence, services, medication or the framework): one probe of {@code ix_compliance_window_me} per ME,
 * where deciding the framework per ME on every request cost most of a page (docs/benchmarks.md,
 * directory search). A page is one query: the ids in order with the total alongside
 * ({@code COUNT(*) OVER ()}), so the conditions run once, not once for the count and again for the page.
 */
@ApplicationScoped
public class JpaPublishedListings implements PublishedListings {

    /**
     * Requirement {@code r} is in force on {@code :day} and applies to ME {@code m}: to every ME, or to
     * the services it offers ({@code :serviceKind} is {@link CodeKind#SERVICE}), and medication-only
     * ones to MEs who give medication. The rule of {@code FrameworkRequirement.appliesTo}, in JPQL.
     */
    static final String APPLIES = "r.effectiveFrom <= :day AND (r.effectiveTo IS NULL OR r.effectiveTo > :day)"
            + " AND (r.medicationOnly = FALSE OR m.medication = TRUE)"
            + " AND (NOT EXISTS (SELECT rs FROM RequirementService rs WHERE rs.requirement = r)"
            + " OR EXISTS (SELECT rs2 FROM RequirementService rs2, MicroEnterpriseCode sc WHERE rs2.requirement = r"
            + " AND sc.microEnterprise = m AND sc.kind = :serviceKind AND sc.code = rs2.serviceCode))";

    private static final String COLUMNS = "m.id, m.tradingName, m.publicDescription, m.experience, m.hourlyRate, m.personalCare,"
            + " m.medication, m.petsOk, m.evenings, m.weekends, m.lastMinute, m.capacityHoursPerWeek, m.publicPhone, m.publicEmail,"
            + " m.website, m.lastConfirmedOn";

    @PersistenceContext(unitName = "microcare")
    EntityManager em;

    /** The ME and its compliance range, as every query built from a {@link Where} names them. */
    static final String ME_AND_RANGE = "MicroEnterprise m, ComplianceWindow cw";

    /** A query's WHERE clause and its parameters, built from a search. */
    private static final class Where {
        final StringBuilder jpql = new StringBuilder("m.stage = :listed");
        final Map<String, Object> params = new HashMap<>();
        /** The part of {@link #jpql} that says the ME meets the framework on the day. */
        final String compliance;
        private int next;

        /**
         * Listed, and the day inside one of the ME's compliance ranges: a join to the range ({@code cw}, which
         * every query built from this names in its FROM after {@code m}: {@link #ME_AND_RANGE}), at most one
         * row per ME because an ME's ranges never overlap. A join, not {@code EXISTS}: MariaDB runs such an
         * {@code EXISTS} as a semi-join that reads every range of the council first, where the join probes
         * {@code ix_compliance_window_me} once per ME the rest of the query lets through.
         */
        Where(LocalDate day) {
            params.put("listed", Stage.LISTED);
            params.put("day", day);
            compliance = "EXISTS (SELECT cw2 FROM ComplianceWindow cw2 WHERE cw2.microEnterpriseId = m.id AND cw2.validFrom <= :day"
                    + " AND (cw2.validTo IS NULL OR cw2.validTo > :day))";
            and("cw.microEnterpriseId = m.id AND cw.validFrom <= :day AND (cw.validTo IS NULL OR cw.validTo > :day)");
        }

        String param(Object value) {
            String name = "p" + next++;
            params.put(name, value);
            return ":" + name;
        }

        void and(String condition) {
            jpql.append(" AND ").append(condition);
        }

        void code(CodeKind kind, String code) {
            if (code != null && !code.isBlank()) {
                and("EXISTS (SELECT c FROM MicroEnterpriseCode c WHERE c.microEnterprise = m AND c.kind = " + param(kind)
                        + " AND c.code = " + param(code) + ")");
            }
        }

        <T> void apply(TypedQuery<T> query) {
            params.forEach(query::setParameter);
        }

        void apply(Query query) {
            params.forEach(query::setParameter);
        }
    }

    /**
     * The conditions of a search. {@code serviceByCode}: the query joins the service code rows ({@code o}),
     * which keep the search's service already, so no second look-up of it.
     */
    private Where where(ListingSearch s, LocalDate day, boolean serviceByCode) {
        Where w = new Where(day);
        if (s.words() != null) {
            for (String word : s.words().toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    String like = w.param("%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
                    w.and("(LOWER(m.tradingName) LIKE " + like + " ESCAPE '!' OR LOWER(m.publicDescription) LIKE " + like
                            + " ESCAPE '!' OR LOWER(m.experience) LIKE " + like + " ESCAPE '!')");
                }
            }
        }
        if (!serviceByCode) {
            w.code(CodeKind.SERVICE, s.service());
        }
        w.code(CodeKind.LOCALITY, s.locality());
        w.code(CodeKind.LANGUAGE, s.language());
        w.code(CodeKind.SPECIALISM, s.specialism());
        if (s.day() != null || s.time() != null) {
            StringBuilder window = new StringBuilder("EXISTS (SELECT a FROM AvailabilityWindow a WHERE a.microEnterprise = m");
            if (s.day() != null) {
                window.append(" AND a.day = ").append(w.param(s.day()));
            }
            if (s.time() != null) {
                window.append(" AND a.startsAt < ").append(w.param(s.time().to)).append(" AND a.endsAt > ").append(w.param(s.time().from));
            }
            w.and(window.append(")").toString());
        }
        if (s.evenings()) {
            w.and("(m.evenings = TRUE OR EXISTS (SELECT ae FROM AvailabilityWindow ae WHERE ae.microEnterprise = m AND ae.endsAt > "
                    + w.param(LocalTime.of(18, 0)) + "))");
        }
        if (s.weekends()) {
            w.and("(m.weekends = TRUE OR EXISTS (SELECT aw FROM AvailabilityWindow aw WHERE aw.microEnterprise = m AND aw.day IN ("
                    + w.param(Weekday.SAT) + ", " + w.param(Weekday.SUN) + ")))");
        }
        if (s.personalCare()) {
            w.and("m.personalCare = TRUE");
        }
        if (s.medication()) {
            w.and("m.medication = TRUE");
        }
        if (s.petsOk()) {
            w.and("m.petsOk = TRUE");
        }
        if (s.spareCapacity()) {
            w.and("m.capacityHoursPerWeek > 0");
        }
        return w;
    }

    /** A JPQL condition on ME {@code m} and the parameters it names. */
    record Condition(String jpql, Map<String, Object> params) {
    }

    /**
     * Listed, but not in the directory on the day: the directory's own rule, negated, for the broker
     * dashboard ({@code JpaMicroEnterpriseQueries}), so the two can never disagree.
     */
    Condition listedButHidden(LocalDate day) {
        Where w = new Where(day);
        String jpql = "m.stage = :listed AND NOT " + w.compliance;
        return new Condition(jpql, Map.copyOf(w.params));
    }

    /**
     * Visible in the directory on the day (listed and meeting the framework): the directory's own rule, for
     * matching, in its {@code EXISTS} form (matching starts from the MEs of the client's service and area,
     * where the optimizer probes the range per ME, as the benchmark's raw select does).
     */
    Condition visibleOn(LocalDate day) {
        Where w = new Where(day);
        return new Condition("m.stage = :listed AND " + w.compliance, Map.of("listed", Stage.LISTED, "day", day));
    }

    @Override
    public ListingPage search(ListingSearch search, LocalDate day, int page, int size) {
        Window found = window(search, day, false, page, size);
        return new ListingPage(found.ids.isEmpty() ? List.of() : listings(columns(found.ids)), found.total, page, size);
    }

    /** The offers (one service code of a visible ME each) matching the search: alias {@code o} next to the ME's {@code m}. */
    private static String offersFrom(Where w, ListingSearch search) {
        String from = "FROM MicroEnterpriseCode o, " + ME_AND_RANGE + " WHERE o.microEnterprise = m AND o.kind = " + w.param(CodeKind.SERVICE);
        if (hasService(search)) {
            from += " AND o.code = " + w.param(search.service());
        }
        return from + " AND " + w.jpql;
    }

    private static boolean hasService(ListingSearch search) {
        return search.service() != null && !search.service().isBlank();
    }

    @Override
    public OfferPage offers(ListingSearch search, LocalDate day, int page, int size) {
        Window found = window(search, day, true, page, size);
        if (found.ids.isEmpty()) {
            return new OfferPage(List.of(), found.total, page, size);
        }
        Map<String, Listing> byId = new HashMap<>();
        listings(columns(found.ids.stream().distinct().toList())).forEach(l -> byId.put(l.id(), l));
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < found.ids.size(); i++) {
            offers.add(new Offer(byId.get(found.ids.get(i)), found.codes.get(i)));
        }
        return new OfferPage(offers, found.total, page, size);
    }

    /** A page of ME ids (and offer codes) in order, and how many rows the whole search has. */
    private record Window(List<String> ids, List<String> codes, long total) {
    }

    /**
     * The page's ids in order (trading name, id, then the offer's code), with the total of the whole search
     * read alongside by a window function, so the conditions run once; only a page past the end (no row
     * to carry the total) needs a count of its own.
     *
     * <p>With a service in the search, the rows of that service code drive the query ({@code STRAIGHT_JOIN},
     * the code table first): the optimizer's estimates for "service = X" and "stage = LISTED" are close, and
     * starting from the listed MEs would decide the visibility of every listed ME, not only of those
     * offering the service (about 30 against 120 ms a page in the benchmark).
     */
    private Window window(ListingSearch search, LocalDate day, boolean offers, int page, int size) {
        boolean byService = hasService(search);
        Where w = where(search, day, byService);
        boolean codeRows = offers || byService;
        String from = codeRows ? offersFrom(w, search) : "FROM " + ME_AND_RANGE + " WHERE " + w.jpql;
        Query rows = em.createQuery("SELECT " + (codeRows ? "o.code, " : "") + "m.id, SQL('COUNT(*) OVER ()') " + from
                + " ORDER BY m.tradingName, m.id" + (offers ? ", o.code" : ""));
        if (byService) {
            rows.setHint(QueryHints.HINT, "STRAIGHT_JOIN");
        }
        w.apply(rows);
        rows.setFirstResult((page - 1) * size).setMaxResults(size);
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        if (found.isEmpty()) {
            if (page == 1) {
                return new Window(List.of(), List.of(), 0);
            }
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(m) " + from, Long.class);
            w.apply(count);
            return new Window(List.of(), List.of(), count.getSingleResult());
        }
        int id = codeRows ? 1 : 0;
        return new Window(found.stream().map(r -> (String) r[id]).toList(),
                codeRows ? found.stream().map(r -> (String) r[0]).toList() : List.of(),
                ((Number) found.get(0)[id + 1]).longValue());
    }

    /** The public columns of these MEs, in the order of the ids. */
    private List<Object[]> columns(List<String> ids) {
        List<Object[]> rows = em.createQuery("SELECT " + COLUMNS + " FROM MicroEnterprise m WHERE m.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList();
        Map<String, Object[]> byId = new HashMap<>();
        rows.forEach(r -> byId.put((String) r[0], r));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** One probe of the code rows' {@code ix_me_code_feed} (V8), then the visibility of that one ME. */
    @Override
    public Optional<Offer> offer(String serviceId, LocalDate day) {
        Where w = where(ListingSearch.ALL, day, true);
        w.and("o.feedId = " + w.param(serviceId));
        Query rows = em.createQuery("SELECT m.id, o.code " + offersFrom(w, ListingSearch.ALL));
        w.apply(rows);
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String code = (String) found.get(0)[1];
        return listings(columns(List.of((String) found.get(0)[0]))).stream().findFirst().map(l -> new Offer(l, code));
    }

    @Override
    public Optional<Listing> visible(String id, LocalDate day) {
        Where w = where(ListingSearch.ALL, day, false);
        w.and("m.id = " + w.param(id));
        Query rows = em.createQuery("SELECT " + COLUMNS + " FROM " + ME_AND_RANGE + " WHERE " + w.jpql);
        w.apply(rows);
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        return listings(found).stream().findFirst();
    }

    @Override
    public List<String> visibleIds(LocalDate day) {
        Where w = where(ListingSearch.ALL, day, false);
        TypedQuery<String> ids = em.createQuery("SELECT m.id FROM " + ME_AND_RANGE + " WHERE " + w.jpql + " ORDER BY m.id", String.class);
        w.apply(ids);
        return ids.getResultList();
    }

    @Override
    public List<Check> checks(String id, LocalDate day) {
        List<Object[]> rows = em.createQuery("SELECT r.code, r.name, MAX(e.checkedOn) FROM MicroEnterprise m, FrameworkRequirement r,"
                        + " ComplianceEvidence e WHERE m.id = :id AND e.microEnterpriseId = m.id AND e.requirementCode = r.code"
                        + " AND " + APPLIES
                        + " AND e.supersededBy IS NULL AND e.checkedOn <= :day AND (e.expiresOn IS NULL OR e.expiresOn > :day)"
                        + " GROUP BY r.code, r.name ORDER BY r.name", Object[].class)
                .setParameter("id", id).setParameter("day", day).setParameter("serviceKind", CodeKind.SERVICE).getResultList();
        return rows.stream().map(r -> new Check((String) r[0], (String) r[1], (LocalDate) r[2])).toList();
    }

    private List<Listing> listings(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(r -> (String) r[0]).toList();
        Map<String, Map<CodeKind, List<String>>> codes = new HashMap<>();
        em.createQuery("SELECT c.microEnterpriseId, c.kind, c.code FROM MicroEnterpriseCode c WHERE c.microEnterpriseId IN :ids",
                        Object[].class).setParameter("ids", ids).getResultList()
                .forEach(c -> codes.computeIfAbsent((String) c[0], k -> new HashMap<>())
                        .computeIfAbsent((CodeKind) c[1], k -> new ArrayList<>()).add((String) c[2]));
        Map<String, List<AvailabilitySlot>> windows = new HashMap<>();
        em.createQuery("SELECT a.microEnterpriseId, a.day, a.startsAt, a.endsAt FROM AvailabilityWindow a WHERE a.microEnterpriseId IN :ids",
                        Object[].class).setParameter("ids", ids).getResultList()
                .forEach(a -> windows.computeIfAbsent((String) a[0], k -> new ArrayList<>())
                        .add(new AvailabilitySlot((Weekday) a[1], (LocalTime) a[2], (LocalTime) a[3])));
        Map<String, Listing> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            String id = (String) r[0];
            Map<CodeKind, List<String>> own = codes.getOrDefault(id, Map.of());
            out.put(id, new Listing(id, (String) r[1], (String) r[2], (String) r[3], (BigDecimal) r[4], (Boolean) r[5], (Boolean) r[6],
                    (Boolean) r[7], (Boolean) r[8], (Boolean) r[9], (Boolean) r[10], ((Number) r[11]).intValue() > 0, (String) r[12],
                    (String) r[13], (String) r[14], (LocalDate) r[15], sorted(own.get(CodeKind.SERVICE)), sorted(own.get(CodeKind.LOCALITY)),
                    sorted(own.get(CodeKind.LANGUAGE)), sorted(own.get(CodeKind.SPECIALISM)),
                    windows.getOrDefault(id, List.of()).stream()
                            .sorted(Comparator.comparing(AvailabilitySlot::day).thenComparing(AvailabilitySlot::from)).toList()));
        }
        return List.copyOf(out.values());
    }

    private static List<String> sorted(List<String> codes) {
        return codes == null ? List.of() : codes.stream().sorted().toList();
    }
}
