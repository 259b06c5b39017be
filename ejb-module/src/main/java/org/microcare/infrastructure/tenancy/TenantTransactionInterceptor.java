package org.microcare.infrastructure.tenancy;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one place the tenant context reaches JPA: sets EclipseLink's tenant id on the
 * transaction's EntityManager before the first statement. A transaction never changes council.
 */
@TenantTransactional
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TenantTransactionInterceptor {

    @PersistenceContext(unitName = "microcare")
    EntityManager em;

    @AroundInvoke
    public Object bindTenant(InvocationContext invocation) throws Exception {
        CurrentTenant tenant = TenantContext.require();
        Object bound = em.getProperties().get(TenantSchemaProperty.NAME);
        if (bound == null) {
            em.setProperty(TenantSchemaProperty.NAME, tenant.schemaName());
        } else if (!bound.equals(tenant.schemaName())) {
            throw new IllegalStateException("A transaction bound to one council was asked to work for another");
        }
        return invocation.proceed();
    }
}
