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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.eclipse.persistence.config.QueryHints;

import org.microcare.domain.model.directory.Check;
import org.microcare.domain.model.directory.DirectoryListing;
import org.microcare.domain.model.directory.DirectoryOffer;
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
import org.microcare.infrastructure.tenancy.CouncilData;

/**
 * The directory in JPQL: visibility, filters, counting and paging all happen in the database; a
 * page's listings are read as a projection of the public columns only, then their codes and
 * windows in one query each.
 *
 * <p>Visible on a day = a {@link DirectoryListing} row whose range holds the day: the ME is {@code LISTED}
 * and the day is inside one of its stored compliance ranges ({@code compliance_window}, V14). Those rows,
 * and one per service the ME offers ({@link DirectoryOffer}), carry the trading name and are indexed in the
 * order the directory shows them (V18, kept by {@link JpaComplianceWindows} in the transactions that change
 * stage, name, services, evidence or the framework). So a page is one range of one index read in order up
 * to the page's last row, and the total a count of that range; the ME itself is joined only when the search
 * filters on its own columns (words, flags). Joining the ME, its service code and its range for every ME of
 * a service took 7.2 of the page's 8.2 ms in the database (docs/benchmarks.md, "Statements timed by hand").
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

    /** The range of directory row {@code alias} holds {@code :day}. */
    private static String holds(String alias) {
        return alias + ".validFrom <= :day AND (" + alias + ".validTo IS NULL OR " + alias + ".validTo > :day)";
    }

    @Inject
    @CouncilData
    EntityManager em;

    /**
     * A query's WHERE clause and its parameters, built from a search, on the directory row {@code e} (a
     * {@link DirectoryListing}, or a {@link DirectoryOffer} for a service filter or the feed's offers) and, when
     * a condition needs the ME's own columns, the ME {@code m} ({@link #joinsMe}).
     */
    private static final class Where {
        final StringBuilder jpql = new StringBuilder(holds("e"));
        final Map<String, Object> params = new HashMap<>();
        boolean joinsMe;
        private int next;

        Where(LocalDate day) {
            params.put("day", day);
        }

        String param(Object value) {
            String name = "p" + next++;
            params.put(name, value);
            return ":" + name;
        }

        void and(String condition) {
            jpql.append(" AND ").append(condition);
        }

        /** A condition on the ME's own columns ({@code m}). */
        void me(String condition) {
            joinsMe = true;
            and(condition);
        }

        void code(CodeKind kind, String code) {
            if (code != null && !code.isBlank()) {
                and("EXISTS (SELECT c FROM MicroEnterpriseCode c WHERE c.microEnterpriseId = e.microEnterpriseId AND c.kind = " + param(kind)
                        + " AND c.code = " + param(code) + ")");
            }
        }

        /** FROM and WHERE, the directory row first: its index gives the rows of the day in the order shown. */
        String from(String entity) {
            return "FROM " + entity + " e" + (joinsMe ? ", MicroEnterprise m WHERE m.id = e.microEnterpriseId AND " : " WHERE ") + jpql;
        }

        void apply(Query query) {
            params.forEach(query::setParameter);
        }
    }

    /**
     * The conditions of a search. {@code serviceByRow}: the query reads {@link DirectoryOffer} rows, which
     * keep the search's service themselves ({@code e.serviceCode}), so no look-up of the code.
     */
    private Where where(ListingSearch s, LocalDate day, boolean serviceByRow) {
        Where w = new Where(day);
        if (s.words() != null) {
            for (String word : s.words().toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    String like = w.param("%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
                    w.me("(LOWER(m.tradingName) LIKE " + like + " ESCAPE '!' OR LOWER(m.publicDescription) LIKE " + like
                            + " ESCAPE '!' OR LOWER(m.experience) LIKE " + like + " ESCAPE '!')");
                }
            }
        }
        if (serviceByRow) {
            if (hasService(s)) {
                w.and("e.serviceCode = " + w.param(s.service()));
            }
        } else {
            w.code(CodeKind.SERVICE, s.service());
        }
        w.code(CodeKind.LOCALITY, s.locality());
        w.code(CodeKind.LANGUAGE, s.language());
        w.code(CodeKind.SPECIALISM, s.specialism());
        if (s.day() != null || s.time() != null) {
            StringBuilder window = new StringBuilder("EXISTS (SELECT a FROM AvailabilityWindow a WHERE a.microEnterpriseId = e.microEnterpriseId");
            if (s.day() != null) {
                window.append(" AND a.day = ").append(w.param(s.day()));
            }
            if (s.time() != null) {
                window.append(" AND a.startsAt < ").append(w.param(s.time().to)).append(" AND a.endsAt > ").append(w.param(s.time().from));
            }
            w.and(window.append(")").toString());
        }
        if (s.evenings()) {
            w.me("(m.evenings = TRUE OR EXISTS (SELECT ae FROM AvailabilityWindow ae WHERE ae.microEnterprise = m AND ae.endsAt > "
                    + w.param(LocalTime.of(18, 0)) + "))");
        }
        if (s.weekends()) {
            w.me("(m.weekends = TRUE OR EXISTS (SELECT aw FROM AvailabilityWindow aw WHERE aw.microEnterprise = m AND aw.day IN ("
                    + w.param(Weekday.SAT) + ", " + w.param(Weekday.SUN) + ")))");
        }
        if (s.personalCare()) {
            w.me("m.personalCare = TRUE");
        }
        if (s.medication()) {
            w.me("m.medication = TRUE");
        }
        if (s.petsOk()) {
            w.me("m.petsOk = TRUE");
        }
        if (s.spareCapacity()) {
            w.me("m.capacityHoursPerWeek > 0");
        }
        return w;
    }

    /** A JPQL condition on ME {@code m} and the parameters it names. */
    record Condition(String jpql, Map<String, Object> params) {
    }

    private static final String IN_DIRECTORY = "EXISTS (SELECT l FROM DirectoryListing l WHERE l.microEnterpriseId = m.id AND " + holds("l") + ")";

    /**
     * Listed, but not in the directory on the day: the directory's own rule, negated, for the broker
     * dashboard ({@code JpaMicroEnterpriseQueries}), so the two can never disagree.
     */
    Condition listedButHidden(LocalDate day) {
        return new Condition("m.stage = :listed AND NOT " + IN_DIRECTORY, Map.of("listed", Stage.LISTED, "day", day));
    }

    /** Visible in the directory on the day (listed and meeting the framework): the directory's own rule, on ME {@code m}. */
    Condition visibleOn(LocalDate day) {
        return new Condition(IN_DIRECTORY, Map.of("day", day));
    }

    @Override
    public ListingPage search(ListingSearch search, LocalDate day, int page, int size) {
        Window found = window(search, day, false, page, size);
        return new ListingPage(found.ids.isEmpty() ? List.of() : listings(columns(found.ids)), found.total, page, size);
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
     * The page's ids in order (trading name, id, then the offer's code), then how many rows the whole search
     * has: known from the page itself when it is the last one (fewer rows than a page, or none on page 1),
     * otherwise counted. With a service in the search, or for the feed's offers, the rows are
     * {@link DirectoryOffer}s (at most one per ME and service on a day: an ME's ranges never overlap);
     * otherwise {@link DirectoryListing}s (at most one per ME on a day). The page reads the directory row's
     * index in the order shown and stops at the page's last row; the count reads the same index range without
     * sorting. When the ME is joined, the directory row stays first ({@code STRAIGHT_JOIN}) to keep that order.
     * A window function for the total ({@code COUNT(*) OVER ()}) made the database sort every row of the
     * search for each page instead (2.6 against 1.8 ms for a service's page, 10 against 4.7 ms for the whole
     * directory's, on the benchmark's 10,000 MEs: docs/benchmarks.md, "Statements timed by hand").
     */
    private Window window(ListingSearch search, LocalDate day, boolean offers, int page, int size) {
        boolean byOffer = offers || hasService(search);
        Where w = where(search, day, byOffer);
        String from = w.from(byOffer ? "DirectoryOffer" : "DirectoryListing");
        Query rows = em.createQuery("SELECT " + (byOffer ? "e.serviceCode, " : "") + "e.microEnterpriseId " + from
                + " ORDER BY e.tradingName, e.microEnterpriseId" + (offers ? ", e.serviceCode" : ""));
        if (w.joinsMe) {
            rows.setHint(QueryHints.HINT, "STRAIGHT_JOIN");
        }
        w.apply(rows);
        int skipped = (page - 1) * size;
        rows.setFirstResult(skipped).setMaxResults(size);
        @SuppressWarnings("unchecked")
        List<Object> found = rows.getResultList();
        long total;
        if (found.size() < size && (page == 1 || !found.isEmpty())) {
            total = skipped + found.size();
        } else {
            Query count = em.createQuery("SELECT COUNT(e.microEnterpriseId) " + from);
            w.apply(count);
            total = ((Number) count.getSingleResult()).longValue();
        }
        if (!byOffer) {
            return new Window(found.stream().map(String.class::cast).toList(), List.of(), total);
        }
        return new Window(found.stream().map(r -> (String) ((Object[]) r)[1]).toList(),
                found.stream().map(r -> (String) ((Object[]) r)[0]).toList(), total);
    }

    /** The public columns of these MEs, in the order of the ids. */
    private List<Object[]> columns(List<String> ids) {
        List<Object[]> rows = em.createQuery("SELECT " + COLUMNS + " FROM MicroEnterprise m WHERE m.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList();
        Map<String, Object[]> byId = new HashMap<>();
        rows.forEach(r -> byId.put((String) r[0], r));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** One probe of the code rows' {@code ix_me_code_feed} (V8), then that offer's directory row on the day. */
    @Override
    public Optional<Offer> offer(String serviceId, LocalDate day) {
        List<Object[]> found = em.createQuery("SELECT o.microEnterpriseId, o.code FROM MicroEnterpriseCode o, DirectoryOffer e"
                        + " WHERE o.feedId = :feedId AND o.kind = :kind AND e.microEnterpriseId = o.microEnterpriseId AND e.serviceCode = o.code"
                        + " AND " + holds("e"), Object[].class)
                .setParameter("feedId", serviceId).setParameter("kind", CodeKind.SERVICE).setParameter("day", day).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String code = (String) found.get(0)[1];
        return listings(columns(List.of((String) found.get(0)[0]))).stream().findFirst().map(l -> new Offer(l, code));
    }

    @Override
    public Optional<Listing> visible(String id, LocalDate day) {
        List<Object[]> found = em.createQuery("SELECT " + COLUMNS + " FROM MicroEnterprise m WHERE m.id = :id AND " + IN_DIRECTORY,
                        Object[].class)
                .setParameter("id", id).setParameter("day", day).getResultList();
        return listings(found).stream().findFirst();
    }

    @Override
    public List<String> visibleIds(LocalDate day) {
        return em.createQuery("SELECT e.microEnterpriseId FROM DirectoryListing e WHERE " + holds("e") + " ORDER BY e.microEnterpriseId",
                String.class).setParameter("day", day).getResultList();
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
