package org.microcare.infrastructure.persistence.jpa;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.microcare.domain.model.audit.AuditEntry;
import org.microcare.domain.model.audit.AuditLog;
import org.microcare.domain.model.audit.AuditQuery;
import org.microcare.infrastructure.tenancy.CouncilData;

@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    @Inject
    @CouncilData
    EntityManager em;

    @Override
    public void append(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> find(AuditQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> cq = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> e = cq.from(AuditEntry.class);
        List<Predicate> where = new ArrayList<>();
        if (query.actor() != null) {
            where.add(cb.equal(e.get("actor"), query.actor()));
        }
        if (query.action() != null) {
            where.add(cb.equal(e.get("action"), query.action()));
        }
        if (query.recordType() != null) {
            where.add(cb.equal(e.get("recordType"), query.recordType()));
        }
        if (query.recordId() != null) {
            where.add(cb.equal(e.get("recordId"), query.recordId()));
        }
        if (query.from() != null) {
            where.add(cb.greaterThanOrEqualTo(e.get("occurredAt"), query.from()));
        }
        if (query.to() != null) {
            where.add(cb.lessThan(e.get("occurredAt"), query.to()));
        }
        cq.where(where.toArray(Predicate[]::new)).orderBy(cb.desc(e.get("id")));
        TypedQuery<AuditEntry> q = em.createQuery(cq).setMaxResults(query.limit());
        return q.getResultList();
    }
}
