/**
 * JPA implementations of the domain repositories, and the data source they use.
 *
 * <p>The JPQL of a council entity is a {@code JPQL_…} constant on the entity, which the repository passes to
 * {@code createQuery}; council entities have no {@code @NamedQuery}. Under {@code TABLE_PER_TENANT} EclipseLink
 * prepares every named query of a council entity again for each transaction, which cost about 3.5 ms a request
 * (measured, see {@link org.microcare.infrastructure.tenancy.TenantTransactionInterceptor}); a constant is parsed
 * only when the transaction runs it. The platform's own entities, which are not per council, keep {@code @NamedQuery}.
 */
package org.microcare.infrastructure.persistence.jpa;
