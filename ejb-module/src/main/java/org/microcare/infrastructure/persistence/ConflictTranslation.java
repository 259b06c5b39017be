package org.microcare.infrastructure.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.microcare.infrastructure.tenancy.CouncilData;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/**
 * Around the outermost council service call of a transaction (nested calls share its flush): writes
 * the transaction's changes before the call returns, so a
 * unique key taken by a concurrent request, or a stale version, surfaces here as a
 * {@link org.microcare.domain.shared.ConflictException} (rolled back, answered 409 by the API and
 * as "someone else saved first" by pages) rather than as a commit failure wrapped in EJB exceptions.
 * Runs inside {@link org.microcare.infrastructure.tenancy.TenantTransactionInterceptor}.
 */
@TenantTransactional
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 10)
public class ConflictTranslation {

    /** Marks a transaction whose outermost council call is under way: nested calls leave the flush to it. */
    private static final Object OUTERMOST = ConflictTranslation.class.getName();

    @Inject
    @CouncilData
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @AroundInvoke
    public Object flushOrConflict(InvocationContext invocation) throws Exception {
        boolean inTransaction = transaction.getTransactionKey() != null;
        if (inTransaction && transaction.getResource(OUTERMOST) != null) {
            return invocation.proceed(); // a service called by another in the same transaction
        }
        if (inTransaction) {
            transaction.putResource(OUTERMOST, Boolean.TRUE);
        }
        try {
            Object result = invocation.proceed();
            if (inTransaction && em.isJoinedToTransaction()) {
                em.flush();
            }
            return result;
        } catch (PersistenceException e) {
            throw DatabaseConflicts.of(e).map(RuntimeException.class::cast).orElse(e);
        }
    }
}
