package org.microcare.infrastructure.tenancy;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.SynchronizationType;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;

/**
 * The current JTA transaction's council EntityManager, made on first use for the council of
 * {@link TenantContext#require()} and closed when the transaction ends. Never passivated in practice (a
 * transaction does not outlive its thread); the scope requires the type to be serialisable.
 */
@TransactionScoped
public class CouncilTransaction implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CouncilPersistence persistence;

    private transient EntityManager em;

    EntityManager entityManager() {
        if (em == null) {
            em = persistence.factory(TenantContext.require().schemaName())
                    .createEntityManager(SynchronizationType.SYNCHRONIZED);
            em.joinTransaction();
        }
        return em;
    }

    @PreDestroy
    void close() {
        if (em != null && em.isOpen()) {
            em.close();
        }
    }
}
