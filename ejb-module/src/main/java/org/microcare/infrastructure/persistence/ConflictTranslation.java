package org.microcare.infrastructure.persistence;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.microcare.infrastructure.tenancy.TenantTransactional;

/**
 * Around every council service call: writes the transaction's changes before the call returns, so a
 * unique key taken by a concurrent request, or a stale version, surfaces here as a
 * {@link org.microcare.domain.shared.ConflictException} (rolled back, answered 409 by the API and
 * as "someone else saved first" by pages) rather than as a commit failure wrapped in EJB exceptions.
 * Runs inside {@link org.microcare.infrastructure.tenancy.TenantTransactionInterceptor}.
 */
@TenantTransactional
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 10)
public class ConflictTranslation {

    @PersistenceContext(unitName = "microcare")
    EntityManager em;

    @AroundInvoke
    public Object flushOrConflict(InvocationContext invocation) throws Exception {
        try {
            Object result = invocation.proceed();
            if (em.isJoinedToTransaction()) {
                em.flush();
            }
            return result;
        } catch (PersistenceException e) {
            throw DatabaseConflicts.of(e).map(RuntimeException.class::cast).orElse(e);
        }
    }
}
