package org.microcare.infrastructure.tenancy;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The one place the tenant context reaches JPA: makes the transaction's council EntityManager
 * ({@link CouncilPersistence}) for the current council before the first statement, and refuses a
 * transaction that would change council.
 */
@TenantTransactional
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TenantTransactionInterceptor {

    @Inject
    @CouncilData
    EntityManager em;

    @AroundInvoke
    public Object bindTenant(InvocationContext invocation) throws Exception {
        CurrentTenant tenant = TenantContext.require();
        if (!tenant.schemaName().equals(em.getProperties().get(TenantSchemaProperty.NAME))) {
            throw new IllegalStateException("A transaction bound to one council was asked to work for another");
        }
        return invocation.proceed();
    }
}
