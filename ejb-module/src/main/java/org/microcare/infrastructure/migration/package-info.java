/**
 * Flyway migrations of the platform schema ({@code db/platform}) and of each council schema
 * ({@code db/tenant}), and the DDL that creates and drops council schemas.
 */
package org.microcare.infrastructure.migration;
