/**
 * The tenant context: which council the current request or job works for. It has one entry for
 * requests (the council filter) and one place where it reaches JPA
 * ({@link org.microcare.infrastructure.tenancy.CouncilPersistence}: the transaction's EntityManager comes from the
 * council's own factory, and {@link org.microcare.infrastructure.tenancy.TenantTransactionInterceptor} makes it before
 * the first statement and refuses a second council). There is no default
 * tenant: code that needs one and finds none fails before any SQL is sent.
 */
package org.microcare.infrastructure.tenancy;
