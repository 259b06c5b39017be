package org.microcare.infrastructure.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.SynchronizationType;
import jakarta.persistence.TransactionRequiredException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The current JTA transaction's council EntityManager, made on first use for the council of
 * {@link TenantContext#require()}, kept as a resource of the transaction ({@link TransactionSynchronizationRegistry}) and
 * closed when the transaction ends; with no transaction there is none, and asking fails. JTA's own way to hold
 * something per transaction: a {@code @TransactionScoped} bean did the same, but Payara fires CDI events as each one
 * is made and destroyed and finds the bean manager for them by walking the stack, 10 % of the runnable's CPU on a
 * warm matches request (docs/benchmarks.md, "The transaction's EntityManager").
 */
@ApplicationScoped
public class CouncilTransaction {

    /** The transaction resource's key: one per module, as each module has its own class. */
    private static final Object KEY = new Object();

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry registry;

    @Inject
    CouncilPersistence persistence;

    EntityManager entityManager() {
        if (registry.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            throw new TransactionRequiredException("Council data is read and written only inside a transaction");
        }
        EntityManager em = (EntityManager) registry.getResource(KEY);
        if (em == null) {
            EntityManager made = persistence.factory(TenantContext.require().schemaName()).createEntityManager(SynchronizationType.SYNCHRONIZED);
            made.joinTransaction();
            registry.putResource(KEY, made);
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // the EntityManager flushes through its own synchronisation
                }

                @Override
                public void afterCompletion(int status) {
                    if (made.isOpen()) {
                        made.close();
                    }
                }
            });
            em = made;
        }
        return em;
    }
}
