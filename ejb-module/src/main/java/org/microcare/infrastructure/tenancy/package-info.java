/**
 * The tenant context: which council the current request or job works for. It has one entry for
 * requests (the council filter) and one place where it reaches JPA
 * ({@link org.microcare.infrastructure.tenancy.TenantTransactionInterceptor}). There is no default
 * tenant: code that needs one and finds none fails before any SQL is sent.
 */
package org.microcare.infrastructure.tenancy;
