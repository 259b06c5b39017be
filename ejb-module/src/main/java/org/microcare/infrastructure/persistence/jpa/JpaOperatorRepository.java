package org.microcare.infrastructure.persistence.jpa;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.microcare.domain.model.operator.Operator;
import org.microcare.domain.model.operator.OperatorAuditRecord;
import org.microcare.domain.model.operator.OperatorRepository;

@ApplicationScoped
public class JpaOperatorRepository implements OperatorRepository {

    @PersistenceContext(unitName = "microcare")
    EntityManager em;

    @Override
    public Optional<Operator> find(String username) {
        return Optional.ofNullable(em.find(Operator.class, username));
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(o) FROM Operator o", Long.class).getSingleResult();
    }

    @Override
    public void add(Operator operator) {
        em.persist(operator);
    }

    @Override
    public List<OperatorAuditRecord> recentAudit(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT id, occurred_at, actor, action, target, detail FROM operator_audit ORDER BY id DESC LIMIT ?")
                .setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new OperatorAuditRecord(((Number) r[0]).longValue(), ((Timestamp) r[1]).toInstant(),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5])).toList();
    }

    @Override
    public void audit(String actor, String action, String target, String detail) {
        em.createNativeQuery("INSERT INTO operator_audit (occurred_at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, Timestamp.from(Instant.now()))
                .setParameter(2, actor)
                .setParameter(3, action)
                .setParameter(4, target)
                .setParameter(5, detail)
                .executeUpdate();
    }
}
