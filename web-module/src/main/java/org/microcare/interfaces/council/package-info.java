/**
 * The council-facing module, served under {@code /c/{tenant}/}: the council API, and later the
 * council UI, public directory and Open Referral feed. {@link org.microcare.interfaces.council.TenantFilter}
 * is the one entry of the tenant context.
 */
package org.microcare.interfaces.council;
