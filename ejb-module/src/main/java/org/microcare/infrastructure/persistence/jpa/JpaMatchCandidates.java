package org.microcare.infrastructure.persistence.jpa;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.microcare.domain.model.arrangement.Arrangement;
import org.microcare.domain.model.matching.Candidate;
import org.microcare.domain.model.matching.MatchCandidates;
import org.microcare.domain.model.matching.MatchCriteria;
import org.microcare.domain.model.matching.Reason;
import org.microcare.domain.model.microenterprise.AvailabilitySlot;
import org.microcare.domain.model.microenterprise.AvailabilitySlot.Weekday;
import org.microcare.domain.model.microenterprise.CodeKind;
import org.microcare.domain.model.microenterprise.Gender;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.infrastructure.tenancy.CouncilData;
import org.microcare.infrastructure.tenancy.SchemaNames;

/**
 * Matching's hard filters for one day, or for the days of a cover (see
 * {@link MatchCandidates#candidates(MatchCriteria, LocalDate, LocalDate, String)}), in one native SQL statement:
 * in the directory on the day offering the first needed service (a {@code directory_offer} row, V18, holds the day: listed,
 * the day inside one of the ME's stored compliance ranges, and the service; the directory's own rule,
 * {@link JpaPublishedListings#visibleOn}), not away, one {@code EXISTS} per other needed service, the locality, spare capacity, personal care and medication.
 *
 * <p>The same statement reads what ranking needs of each ME that passes, as select-list subqueries evaluated only
 * for those rows: the hours a week and distinct clients of its arrangements active that day (one subquery, as
 * {@code "hours clients"}), which of the client's language and wanted specialisms it has (one subquery over its
 * codes of those kinds, the numbers of the items held as {@code "0,2"}), and its windows that overlap one of the
 * client's preferred times (a {@code JSON_ARRAYAGG}, MySQL 8 and MariaDB 10.5+). Text, not {@code JSON_ARRAY}, and
 * one probe for the codes, not one per code: 0.7 ms less of 14 ms on 10,000 MEs (docs/benchmarks.md, "Warm-up,
 * and what ranking reads of each candidate"). So a
 * {@link Candidate} carries only the languages, specialisms and windows ranking can use. Measured on 10,000 MEs
 * (bench/run-matching.sh, docs/benchmarks.md): the JPQL query followed by three {@code IN (:ids)} queries of ~350
 * ids each spent about 17 ms in the follow-ups, as long as the hard filters themselves. Native SQL names the
 * council's schema: the tenant id the transaction was bound to after it matched the tenant store, checked again
 * ({@link SchemaNames#boundTo}). Starting from the directory's rows of the service, the database reads the
 * service's or the locality's MEs first, whichever is fewer (5–6.4 ms on 10,000 MEs), where deciding visibility
 * with an {@code EXISTS} per ME let MariaDB scan every ME of the council (24–29 ms; docs/benchmarks.md, "Statements
 * timed by hand").
 *
 * <p>Spare capacity on the day is the ME's weekly capacity less the hours a week of its arrangements active that
 * day (first day on or before it, last day on or after it or open-ended). For a cover's days, committed hours
 * only rise on a day an arrangement starts, so each such day of the period is checked too, and the highest
 * committed hours over the period are read for the MEs that pass in one grouped query.
 */
@ApplicationScoped
public class JpaMatchCandidates implements MatchCandidates {

    /** Made once: {@code Json.createReader} looks the JSON-P provider up again on every call. */
    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

    @Inject
    @CouncilData
    EntityManager em;

    @Inject
    JpaPublishedListings directory;

    @Override
    public List<Candidate> candidates(MatchCriteria criteria, LocalDate day, LocalDate to, String excluding) {
        String s = "`" + SchemaNames.boundTo(em) + "`.";
        boolean days = to.isAfter(day);
        List<Object> params = new ArrayList<>();
        String active = " l.micro_enterprise_id = m.id AND l.starts_on <= ? AND (l.ends_on IS NULL OR l.ends_on >= ?)";
        // what ranking asks of each ME, evaluated only for the rows that pass: its load that day, whether it has the
        // client's language and each wanted specialism, and its windows that overlap one of the client's preferred times
        StringBuilder sql = new StringBuilder("SELECT m.id, m.trading_name, m.capacity_hours_per_week, m.gender, m.pets_ok")
                .append(", (SELECT CONCAT(COALESCE(SUM(l.hours_per_week), 0), ' ', COUNT(DISTINCT l.client_id)) FROM ").append(s)
                .append("arrangement l WHERE").append(active).append(")");
        Collections.addAll(params, day, day);
        // the client's language (item 0, when asked) and wanted specialisms (items 1…) the ME holds, in one probe of the
        // index (micro_enterprise_id, kind, code) per ME: the numbers of the items it holds, as "0,2"
        boolean language = criteria.language() != null && !criteria.language().isBlank();
        List<String> specialisms = List.copyOf(new TreeSet<>(criteria.specialisms()));
        boolean codes = language || !specialisms.isEmpty();
        if (codes) {
            StringBuilder which = new StringBuilder();
            StringBuilder where = new StringBuilder();
            List<Object> whichParams = new ArrayList<>();
            List<Object> whereParams = new ArrayList<>();
            if (language) {
                which.append(" WHEN k.kind = 'LANGUAGE' AND k.code = ? THEN 0");
                whichParams.add(criteria.language());
                where.append("(k.kind = 'LANGUAGE' AND k.code = ?)");
                whereParams.add(criteria.language());
            }
            for (int i = 0; i < specialisms.size(); i++) {
                which.append(" WHEN k.kind = 'SPECIALISM' AND k.code = ? THEN ").append(i + 1);
                whichParams.add(specialisms.get(i));
            }
            if (!specialisms.isEmpty()) {
                where.append(language ? " OR " : "").append("(k.kind = 'SPECIALISM' AND k.code IN (")
                        .append(String.join(", ", Collections.nCopies(specialisms.size(), "?"))).append("))");
                whereParams.addAll(specialisms);
            }
            sql.append(", (SELECT GROUP_CONCAT(CASE").append(which).append(" END) FROM ").append(s)
                    .append("micro_enterprise_code k WHERE k.micro_enterprise_id = m.id AND (").append(where).append("))");
            params.addAll(whichParams);
            params.addAll(whereParams);
        }
        boolean times = !criteria.preferredTimes().isEmpty();
        if (times) {
            sql.append(", (SELECT JSON_ARRAYAGG(JSON_ARRAY(a.day_of_week, TIME_FORMAT(a.starts_at, '%H:%i:%s'), TIME_FORMAT(a.ends_at, '%H:%i:%s')))")
                    .append(" FROM ").append(s).append("micro_enterprise_availability a WHERE a.micro_enterprise_id = m.id AND (");
            String or = "";
            for (AvailabilitySlot slot : criteria.preferredTimes()) {
                sql.append(or).append("(a.day_of_week = ? AND a.starts_at < ? AND a.ends_at > ?)");
                Collections.addAll(params, slot.day().name(), java.sql.Time.valueOf(slot.to()), java.sql.Time.valueOf(slot.from()));
                or = " OR ";
            }
            sql.append("))");
        }
        // in the directory that day, offering the first needed service: one range of the directory's rows (V18)
        TreeSet<String> services = new TreeSet<>(criteria.services());
        String first = services.pollFirst();
        sql.append(" FROM ").append(s).append(first == null ? "directory_listing" : "directory_offer").append(" o JOIN ").append(s)
                .append("micro_enterprise m ON m.id = o.micro_enterprise_id WHERE o.valid_from <= ? AND (o.valid_to IS NULL OR o.valid_to > ?)");
        Collections.addAll(params, day, day);
        if (first != null) {
            sql.append(" AND o.service_code = ?");
            params.add(first);
        }
        for (String service : services) {
            holds(sql, s, CodeKind.SERVICE, service, params);
        }
        holds(sql, s, CodeKind.LOCALITY, criteria.locality(), params);
        sql.append(" AND NOT EXISTS (SELECT 1 FROM ").append(s).append("micro_enterprise_absence ab WHERE ab.micro_enterprise_id = m.id")
                .append(" AND ab.cancelled_at IS NULL AND ab.starts_on <= ? AND ab.ends_on >= ?)");
        Collections.addAll(params, to, day);
        if (excluding != null) {
            sql.append(" AND m.id <> ?");
            params.add(excluding);
        }
        sql.append(" AND m.capacity_hours_per_week - COALESCE((SELECT SUM(l.hours_per_week) FROM ").append(s).append("arrangement l WHERE")
                .append(active).append("), 0) >= ?");
        Collections.addAll(params, day, day, criteria.hoursPerWeek());
        if (days) {
            // committed hours only rise on a day an arrangement starts: the spare hours on each such day of the period
            sql.append(" AND NOT EXISTS (SELECT 1 FROM ").append(s).append("arrangement ds WHERE ds.micro_enterprise_id = m.id")
                    .append(" AND ds.starts_on > ? AND ds.starts_on <= ? AND m.capacity_hours_per_week - (SELECT SUM(dc.hours_per_week) FROM ")
                    .append(s).append("arrangement dc WHERE dc.micro_enterprise_id = m.id AND dc.starts_on <= ds.starts_on")
                    .append(" AND (dc.ends_on IS NULL OR dc.ends_on >= ds.starts_on)) < ?)");
            Collections.addAll(params, day, to, criteria.hoursPerWeek());
        }
        if (criteria.personalCare()) {
            sql.append(" AND m.personal_care = TRUE");
        }
        if (criteria.medication()) {
            sql.append(" AND m.medication = TRUE");
        }
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            query.setParameter(i + 1, p instanceof LocalDate d ? java.sql.Date.valueOf(d) : p);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> peaks = days ? peaks(rows.stream().map(r -> (String) r[0]).toList(), day, to) : Map.of();
        List<Candidate> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String id = (String) r[0];
            Set<String> languages = Set.of();
            Set<String> has = new HashSet<>();
            if (codes && r[6] != null) {
                for (String item : text(r[6]).split(",")) {
                    int n = Integer.parseInt(item);
                    if (n == 0) {
                        languages = Set.of(criteria.language());
                    } else {
                        has.add(specialisms.get(n - 1));
                    }
                }
            }
            List<AvailabilitySlot> windows = new ArrayList<>();
            if (times) {
                for (JsonArray w : arrays(r[codes ? 7 : 6])) {
                    windows.add(new AvailabilitySlot(Weekday.valueOf(w.getString(0)), LocalTime.parse(w.getString(1)), LocalTime.parse(w.getString(2))));
                }
            }
            String load = text(r[5]);
            int space = load.indexOf(' ');
            int committed = Math.max(Integer.parseInt(load, 0, space, 10), peaks.getOrDefault(id, 0));
            int clients = Integer.parseInt(load, space + 1, load.length(), 10);
            out.add(new Candidate(id, (String) r[1], ((Number) r[2]).intValue() - committed, clients,
                    r[3] == null ? null : Gender.valueOf((String) r[3]), languages, has, truth(r[4]), windows));
        }
        return out;
    }

    /**
     * A hard filter: ME {@code m} holds a code, one probe of the unique index {@code (micro_enterprise_id, kind, code)}.
     */
    private static void holds(StringBuilder sql, String schema, CodeKind kind, String code, List<Object> params) {
        sql.append(" AND EXISTS (SELECT 1 FROM ").append(schema).append("micro_enterprise_code k WHERE k.micro_enterprise_id = m.id")
                .append(" AND k.kind = '").append(kind.name()).append("' AND k.code = ?)");
        params.add(code);
    }

    /** The rows of a {@code JSON_ARRAYAGG} of {@code JSON_ARRAY}s (SQL NULL when the ME has none). */
    private static List<JsonArray> arrays(Object json) {
        if (json == null) {
            return List.of();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(text(json)))) {
            return reader.readArray().getValuesAs(JsonArray.class);
        }
    }

    /** Text the statement built, as the driver returns it (a string, or bytes for MySQL's JSON type and some aggregates). */
    private static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value.toString();
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    /** Hours a week committed and distinct clients served on a day, by arrangements active that day. */
    private record Load(int hours, int clients) {
        static final Load NONE = new Load(0, 0);
    }

    /**
     * The most hours a week each of the MEs is committed to on a day after {@code from} up to {@code to} on
     * which one of its arrangements starts (the only days the committed hours rise), in one grouped query;
     * MEs with no arrangement starting then are left out.
     */
    private Map<String, Integer> peaks(List<String> ids, LocalDate from, LocalDate to) {
        Map<String, Integer> out = new HashMap<>();
        em.createQuery("SELECT d.microEnterpriseId, SUM(a.hoursPerWeek) FROM Arrangement d, Arrangement a WHERE d.microEnterpriseId IN :ids"
                        + " AND d.startsOn > :from AND d.startsOn <= :to AND a.microEnterpriseId = d.microEnterpriseId"
                        + " AND a.startsOn <= d.startsOn AND (a.endsOn IS NULL OR a.endsOn >= d.startsOn) GROUP BY d.id, d.microEnterpriseId",
                        Object[].class).setParameter("ids", ids).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> out.merge((String) r[0], ((Number) r[1]).intValue(), Math::max));
        return out;
    }

    /** The load of each of the MEs on the day, in one grouped query; MEs with no arrangement that day are left out. */
    private Map<String, Load> loads(List<String> ids, LocalDate day) {
        Map<String, Load> out = new HashMap<>();
        em.createQuery(Arrangement.JPQL_LOAD_ON, Object[].class).setParameter("ids", ids).setParameter("day", day).getResultList()
                .forEach(r -> out.put((String) r[0], new Load(((Number) r[1]).intValue(), ((Number) r[2]).intValue())));
        return out;
    }

    @Override
    public List<Reason> exclusions(MatchCriteria criteria, String microEnterpriseId, LocalDate day) {
        List<Object[]> found = em.createQuery("SELECT m.tradingName, m.capacityHoursPerWeek, m.personalCare, m.medication"
                        + " FROM MicroEnterprise m WHERE m.id = :id", Object[].class)
                .setParameter("id", microEnterpriseId).getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException("No micro-enterprise " + microEnterpriseId);
        }
        Object[] me = found.get(0);
        List<Reason> out = new ArrayList<>();
        JpaPublishedListings.Condition visible = directory.visibleOn(day);
        Query shown = em.createQuery("SELECT COUNT(m) FROM MicroEnterprise m WHERE m.id = :meId AND " + visible.jpql());
        visible.params().forEach(shown::setParameter);
        if (((Number) shown.setParameter("meId", microEnterpriseId).getSingleResult()).longValue() == 0) {
            out.add(Reason.of("match.excluded.hidden", day.toString()));
        }
        Map<CodeKind, Set<String>> codes = new HashMap<>();
        em.createQuery("SELECT c.kind, c.code FROM MicroEnterpriseCode c WHERE c.microEnterprise.id = :id", Object[].class)
                .setParameter("id", microEnterpriseId).getResultList()
                .forEach(c -> codes.computeIfAbsent((CodeKind) c[0], k -> new HashSet<>()).add((String) c[1]));
        TreeSet<String> missing = new TreeSet<>(criteria.services());
        missing.removeAll(codes.getOrDefault(CodeKind.SERVICE, Set.of()));
        if (!missing.isEmpty()) {
            out.add(Reason.of("match.excluded.services", String.join(", ", missing)));
        }
        if (!codes.getOrDefault(CodeKind.LOCALITY, Set.of()).contains(criteria.locality())) {
            out.add(Reason.of("match.excluded.locality", criteria.locality()));
        }
        em.createQuery("SELECT ab.startsOn, ab.endsOn FROM Absence ab WHERE ab.microEnterpriseId = :id AND ab.cancelledAt IS NULL"
                        + " AND ab.startsOn <= :day AND ab.endsOn >= :day", Object[].class)
                .setParameter("id", microEnterpriseId).setParameter("day", day).getResultList()
                .forEach(a -> out.add(Reason.of("match.excluded.away", a[0].toString(), a[1].toString())));
        int spare = ((Number) me[1]).intValue() - loads(List.of(microEnterpriseId), day).getOrDefault(microEnterpriseId, Load.NONE).hours();
        if (spare < criteria.hoursPerWeek()) {
            out.add(Reason.of("match.excluded.capacity", Integer.toString(spare), Integer.toString(criteria.hoursPerWeek()), day.toString()));
        }
        if (criteria.personalCare() && !(Boolean) me[2]) {
            out.add(Reason.of("match.excluded.personalCare"));
        }
        if (criteria.medication() && !(Boolean) me[3]) {
            out.add(Reason.of("match.excluded.medication"));
        }
        return out;
    }

    @Override
    public List<Named> inLocality(String locality, int limit) {
        return em.createQuery("SELECT m.id, m.tradingName FROM MicroEnterprise m WHERE EXISTS (SELECT c FROM MicroEnterpriseCode c"
                        + " WHERE c.microEnterprise = m AND c.kind = :kind AND c.code = :locality) ORDER BY m.tradingName, m.id", Object[].class)
                .setParameter("kind", CodeKind.LOCALITY).setParameter("locality", locality).setMaxResults(limit).getResultList().stream()
                .map(r -> new Named((String) r[0], (String) r[1])).toList();
    }
}
