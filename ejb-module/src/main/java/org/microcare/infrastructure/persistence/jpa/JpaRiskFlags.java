package org.microcare.infrastructure.persistence.jpa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.microcare.domain.model.microenterprise.CodeKind;
import org.microcare.domain.model.programme.RateType;
import org.microcare.domain.model.risk.RiskFlag;
import org.microcare.domain.model.risk.RiskFlags;
import org.microcare.infrastructure.tenancy.CouncilData;

/**
 * Risk flags in JPQL: each flag is one condition on an ME {@code m} (see {@link RiskFlag} for the
 * rules). The council's list is one query for the MEs meeting any condition, cut to its limit, one
 * {@code COUNT}, and one query per flag for which of the listed MEs meet it. Evidence uses the
 * framework's applicability rule shared with the directory ({@link JpaPublishedListings#APPLIES}) and
 * the dashboard's "best valid evidence" rule.
 */
@ApplicationScoped
public class JpaRiskFlags implements RiskFlags {

    private static String active(String a) {
        return a + ".microEnterpriseId = m.id AND " + a + ".startsOn <= :day AND (" + a + ".endsOn IS NULL OR " + a + ".endsOn >= :day)";
    }

    /** Rate {@code dp} is the Direct Payment rate in effect on the day and arrangement {@code t} charges above it. */
    private static final String ABOVE_DP = "dp.type = :dpType AND dp.validFrom <= :day AND (dp.validTo IS NULL OR dp.validTo >= :day)"
            + " AND t.hourlyRate > dp.hourlyRate";

    private static final Map<RiskFlag, String> CONDITIONS = new EnumMap<>(RiskFlag.class);

    static {
        CONDITIONS.put(RiskFlag.SINGLE_CLIENT, "EXISTS (SELECT s FROM Arrangement s WHERE " + active("s") + " AND s.startsOn < :riskFrom"
                + " AND NOT EXISTS (SELECT o FROM Arrangement o WHERE " + active("o") + " AND o.clientId <> s.clientId))");
        CONDITIONS.put(RiskFlag.TOP_UP, "EXISTS (SELECT t FROM Arrangement t, Rate dp WHERE " + active("t") + " AND " + ABOVE_DP + ")");
        CONDITIONS.put(RiskFlag.OVER_CAPACITY, "m.capacityHoursPerWeek < (SELECT SUM(c.hoursPerWeek) FROM Arrangement c WHERE " + active("c") + ")");
        CONDITIONS.put(RiskFlag.EVIDENCE_EXPIRING, "EXISTS (SELECT v FROM Arrangement v WHERE " + active("v") + ")"
                + " AND EXISTS (SELECT e FROM ComplianceEvidence e, FrameworkRequirement r WHERE e.microEnterpriseId = m.id"
                + " AND r.code = e.requirementCode AND r.mandatory = TRUE AND " + JpaPublishedListings.APPLIES
                + " AND e.supersededBy IS NULL AND e.checkedOn <= :day AND e.expiresOn > :day AND e.expiresOn <= :until"
                + " AND NOT EXISTS (SELECT e2 FROM ComplianceEvidence e2 WHERE e2.microEnterpriseId = e.microEnterpriseId"
                + " AND e2.requirementCode = e.requirementCode AND e2.supersededBy IS NULL AND e2.checkedOn <= :day"
                + " AND (e2.expiresOn IS NULL OR e2.expiresOn > e.expiresOn OR (e2.expiresOn = e.expiresOn AND e2.id > e.id))))");
    }

    private static final String ANY = "(" + String.join(" OR ", CONDITIONS.values().stream().map(c -> "(" + c + ")").toList()) + ")";

    @Inject
    @CouncilData
    EntityManager em;

    @Override
    public Optional<Flagged> ofMicroEnterprise(String microEnterpriseId, Rules rules) {
        List<Object[]> me = em.createQuery("SELECT m.id, m.tradingName FROM MicroEnterprise m WHERE m.id = :id", Object[].class)
                .setParameter("id", microEnterpriseId).getResultList();
        if (me.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<RiskFlag>> flags = flagsOf(List.of(microEnterpriseId), rules);
        return Optional.of(new Flagged((String) me.get(0)[0], (String) me.get(0)[1], flags.getOrDefault(microEnterpriseId, List.of())));
    }

    @Override
    public Map<String, List<RiskFlag>> ofClientArrangements(String clientId, Rules rules) {
        String jpql = "SELECT t.id FROM Arrangement t, Rate dp WHERE t.clientId = :client AND t.startsOn <= :day"
                + " AND (t.endsOn IS NULL OR t.endsOn >= :day) AND " + ABOVE_DP + " ORDER BY t.startsOn, t.id";
        Query q = bind(em.createQuery(jpql), jpql, rules).setParameter("client", clientId);
        Map<String, List<RiskFlag>> out = new LinkedHashMap<>();
        for (Object id : q.getResultList()) {
            out.put((String) id, List.of(RiskFlag.TOP_UP));
        }
        return out;
    }

    @Override
    public FlaggedPage flagged(Rules rules, int first, int limit) {
        Query count = bind(em.createQuery("SELECT COUNT(m) FROM MicroEnterprise m WHERE " + ANY), ANY, rules);
        Query rows = bind(em.createQuery("SELECT m.id, m.tradingName FROM MicroEnterprise m WHERE " + ANY + " ORDER BY m.tradingName, m.id"),
                ANY, rules).setFirstResult(first).setMaxResults(limit);
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        Map<String, List<RiskFlag>> flags = found.isEmpty() ? Map.of() : flagsOf(found.stream().map(r -> (String) r[0]).toList(), rules);
        List<Flagged> out = new ArrayList<>();
        for (Object[] r : found) {
            out.add(new Flagged((String) r[0], (String) r[1], flags.getOrDefault((String) r[0], List.of())));
        }
        return new FlaggedPage(total, out);
    }

    /** Each flag of the given MEs, one query per flag. */
    private Map<String, List<RiskFlag>> flagsOf(List<String> ids, Rules rules) {
        Map<String, List<RiskFlag>> out = new LinkedHashMap<>();
        for (Map.Entry<RiskFlag, String> c : CONDITIONS.entrySet()) {
            Query q = bind(em.createQuery("SELECT m.id FROM MicroEnterprise m WHERE m.id IN :ids AND " + c.getValue()), c.getValue(), rules)
                    .setParameter("ids", ids);
            for (Object id : q.getResultList()) {
                out.computeIfAbsent((String) id, k -> new ArrayList<>()).add(c.getKey());
            }
        }
        return out;
    }

    /** Sets the parameters of the rules that {@code jpql} uses (a query refuses a parameter it does not have). */
    private static Query bind(Query q, String jpql, Rules rules) {
        Map<String, Object> params = Map.of("day", rules.day(), "riskFrom", rules.singleClientStartedBefore(), "until",
                rules.evidenceWarningUntil(), "dpType", RateType.DIRECT_PAYMENT, "serviceKind", CodeKind.SERVICE);
        params.forEach((name, value) -> {
            if (Pattern.compile(":" + name + "\\b").matcher(jpql).find()) {
                q.setParameter(name, value);
            }
        });
        return q;
    }
}
