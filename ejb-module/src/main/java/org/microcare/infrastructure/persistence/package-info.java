/**
 * Persistence concerns shared by every repository: which database failures are conflicts a client
 * can resolve ({@link org.microcare.infrastructure.persistence.DatabaseConflicts}) and the interceptor
 * that surfaces them inside every council service call. The JPA repositories are in {@code jpa}.
 */
package org.microcare.infrastructure.persistence;
