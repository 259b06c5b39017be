/**
 * The council-facing module, served under {@code /c/{tenant}/}: the council API ({@code rest}), the
 * council pages ({@code web}), the public Open Referral UK feed ({@code openreferral}) and later the
 * public directory. {@link org.microcare.interfaces.council.TenantFilter} is the one entry of the
 * tenant context.
 */
package org.microcare.interfaces.council;
