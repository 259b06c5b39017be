package org.microcare.infrastructure.tenancy;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.sessions.UnitOfWork;

/**
 * The one place the tenant context reaches JPA: sets EclipseLink's tenant id on the
 * transaction's EntityManager before the first statement. A transaction never changes council.
 *
 * <p>The EclipseLink session for the transaction is created here, one at a time. Creating a
 * client session for a table-per-tenant unit copies and initialises the council's descriptors,
 * and that copy changes sets shared by every session (eclipse-ee4j/eclipselink#2406, open
 * against 4.0.x): two requests doing it at once can corrupt them, after which every council
 * request fails with a StackOverflowError until the server restarts. Seen with 16 clients on
 * two cores (bench/run-directory.sh) and in CI. The lock is held only while the session is
 * made, not for the transaction's work.
 *
 * <p>What a session costs (JFR during bench/run-matching.sh, 2026-12-01): about 5.7 ms, two thirds
 * of it preparing again every named query of a council entity (the client session clones them and
 * parses each one's JPQL), and the rest the descriptors' initialisation. Council entities therefore
 * have no {@code @NamedQuery}: their JPQL is a constant the repository passes to
 * {@code createQuery}, parsed only when the transaction runs it (each client session also has its
 * own JPQL parse cache, so nothing parsed is reused across transactions anyway).
 */
@TenantTransactional
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TenantTransactionInterceptor {

    private static final Object SESSION_CREATION = new Object();

    @PersistenceContext(unitName = "microcare")
    EntityManager em;

    @AroundInvoke
    public Object bindTenant(InvocationContext invocation) throws Exception {
        CurrentTenant tenant = TenantContext.require();
        Object bound = em.getProperties().get(TenantSchemaProperty.NAME);
        if (bound == null) {
            synchronized (SESSION_CREATION) {
                em.setProperty(TenantSchemaProperty.NAME, tenant.schemaName());
                em.unwrap(UnitOfWork.class);
            }
        } else if (!bound.equals(tenant.schemaName())) {
            throw new IllegalStateException("A transaction bound to one council was asked to work for another");
        }
        return invocation.proceed();
    }
}
