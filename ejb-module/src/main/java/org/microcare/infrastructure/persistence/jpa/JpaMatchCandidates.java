package org.microcare.infrastructure.persistence.jpa;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.microcare.domain.model.matching.Candidate;
import org.microcare.domain.model.matching.MatchCandidates;
import org.microcare.domain.model.matching.MatchCriteria;
import org.microcare.domain.model.matching.Reason;
import org.microcare.domain.model.microenterprise.AvailabilitySlot;
import org.microcare.domain.model.microenterprise.AvailabilitySlot.Weekday;
import org.microcare.domain.model.microenterprise.CodeKind;
import org.microcare.domain.model.microenterprise.Gender;
import org.microcare.domain.shared.RecordNotFoundException;

/**
 * Matching's hard filters in JPQL (for one day, or for the days of a cover: see
 * {@link MatchCandidates#candidates(MatchCriteria, LocalDate, LocalDate, String)}): visible in the directory on the day (the directory's own condition,
 * {@link JpaPublishedListings#visibleOn}), not away that day, one {@code EXISTS} per needed service, the
 * locality, spare capacity, personal care and medication. Only the MEs that pass are read, with their languages,
 * specialisms and windows in one query each.
 *
 * <p>Spare capacity on the day is the ME's weekly capacity less the hours a week of its arrangements
 * active that day (first day on or before it, last day on or after it or open-ended), compared in the
 * query by a scalar subquery; an ME with no arrangement that day keeps its whole capacity. For the MEs
 * that pass, the committed hours and the number of distinct clients with an arrangement active that day
 * ({@link Candidate#activeClients()}, the current load) are read in one grouped query.
 */
@ApplicationScoped
public class JpaMatchCandidates implements MatchCandidates {

    @PersistenceContext(unitName = "microcare")
    EntityManager em;

    @Inject
    JpaPublishedListings directory;

    @Override
    public List<Candidate> candidates(MatchCriteria criteria, LocalDate day, LocalDate to, String excluding) {
        JpaPublishedListings.Condition visible = directory.visibleOn(day);
        Map<String, Object> params = new HashMap<>(visible.params());
        StringBuilder jpql = new StringBuilder("SELECT m.id, m.tradingName, m.capacityHoursPerWeek, m.gender, m.petsOk")
                .append(" FROM MicroEnterprise m WHERE ").append(visible.jpql());
        int n = 0;
        for (String service : new TreeSet<>(criteria.services())) {
            String c = "ms" + n;
            jpql.append(" AND EXISTS (SELECT ").append(c).append(" FROM MicroEnterpriseCode ").append(c).append(" WHERE ")
                    .append(c).append(".microEnterprise = m AND ").append(c).append(".kind = :mkService AND ")
                    .append(c).append(".code = :mService").append(n).append(")");
            params.put("mService" + n, service);
            params.put("mkService", CodeKind.SERVICE);
            n++;
        }
        jpql.append(" AND EXISTS (SELECT ml FROM MicroEnterpriseCode ml WHERE ml.microEnterprise = m AND ml.kind = :mkLocality"
                + " AND ml.code = :mLocality)");
        params.put("mkLocality", CodeKind.LOCALITY);
        params.put("mLocality", criteria.locality());
        boolean days = to.isAfter(day);
        jpql.append(" AND NOT EXISTS (SELECT ab FROM Absence ab WHERE ab.microEnterpriseId = m.id AND ab.cancelledAt IS NULL"
                + " AND ab.startsOn <= ").append(days ? ":mTo" : ":mDay").append(" AND ab.endsOn >= :mDay)");
        params.put("mDay", day);
        if (days) {
            params.put("mTo", to);
        }
        if (excluding != null) {
            jpql.append(" AND m.id <> :mExcluding");
            params.put("mExcluding", excluding);
        }
        jpql.append(" AND ((m.capacityHoursPerWeek >= :mHours AND NOT EXISTS (SELECT ar FROM Arrangement ar WHERE ar.microEnterpriseId = m.id"
                + " AND ar.startsOn <= :mDay AND (ar.endsOn IS NULL OR ar.endsOn >= :mDay)))"
                + " OR m.capacityHoursPerWeek - (SELECT SUM(ac.hoursPerWeek) FROM Arrangement ac WHERE ac.microEnterpriseId = m.id"
                + " AND ac.startsOn <= :mDay AND (ac.endsOn IS NULL OR ac.endsOn >= :mDay)) >= :mHours)");
        params.put("mHours", criteria.hoursPerWeek());
        if (days) {
            // committed hours only rise on a day an arrangement starts: the spare hours on each such day of the period
            jpql.append(" AND NOT EXISTS (SELECT ds FROM Arrangement ds WHERE ds.microEnterpriseId = m.id AND ds.startsOn > :mDay"
                    + " AND ds.startsOn <= :mTo AND m.capacityHoursPerWeek - (SELECT SUM(dc.hoursPerWeek) FROM Arrangement dc"
                    + " WHERE dc.microEnterpriseId = m.id AND dc.startsOn <= ds.startsOn AND (dc.endsOn IS NULL OR dc.endsOn >= ds.startsOn))"
                    + " < :mHours)");
        }
        if (criteria.personalCare()) {
            jpql.append(" AND m.personalCare = TRUE");
        }
        if (criteria.medication()) {
            jpql.append(" AND m.medication = TRUE");
        }
        Query query = em.createQuery(jpql.toString());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(r -> (String) r[0]).toList();
        Map<String, Set<String>> languages = new HashMap<>();
        Map<String, Set<String>> specialisms = new HashMap<>();
        em.createQuery("SELECT c.microEnterpriseId, c.kind, c.code FROM MicroEnterpriseCode c WHERE c.microEnterpriseId IN :ids"
                        + " AND c.kind IN :kinds", Object[].class)
                .setParameter("ids", ids).setParameter("kinds", List.of(CodeKind.LANGUAGE, CodeKind.SPECIALISM)).getResultList()
                .forEach(c -> (c[1] == CodeKind.LANGUAGE ? languages : specialisms)
                        .computeIfAbsent((String) c[0], k -> new HashSet<>()).add((String) c[2]));
        Map<String, List<AvailabilitySlot>> windows = new HashMap<>();
        em.createQuery("SELECT a.microEnterpriseId, a.day, a.startsAt, a.endsAt FROM AvailabilityWindow a WHERE a.microEnterpriseId IN :ids",
                        Object[].class).setParameter("ids", ids).getResultList()
                .forEach(a -> windows.computeIfAbsent((String) a[0], k -> new ArrayList<>())
                        .add(new AvailabilitySlot((Weekday) a[1], (LocalTime) a[2], (LocalTime) a[3])));
        Map<String, Load> loads = loads(ids, day);
        Map<String, Integer> peaks = days ? peaks(ids, day, to) : Map.of();
        List<Candidate> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String id = (String) r[0];
            Load load = loads.getOrDefault(id, Load.NONE);
            int committed = Math.max(load.hours(), peaks.getOrDefault(id, 0));
            out.add(new Candidate(id, (String) r[1], ((Number) r[2]).intValue() - committed, load.clients(), (Gender) r[3], languages.getOrDefault(id, Set.of()),
                    specialisms.getOrDefault(id, Set.of()), (Boolean) r[4], windows.getOrDefault(id, List.of())));
        }
        return out;
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
        em.createNamedQuery("Arrangement.loadOn", Object[].class).setParameter("ids", ids).setParameter("day", day).getResultList()
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
