package org.microcare.domain.model.tenant;

/** Where a council is in its life on the platform. */
public enum TenantStatus {
    /** Schema being created, migrated and seeded; not yet serving. */
    PROVISIONING,
    /** Serving its users. */
    ACTIVE,
    /** Stopped by an operator; data kept, every request answered 503. */
    SUSPENDED,
    /** Provisioning or migration failed; the reason says why, provisioning can be retried. */
    FAILED
}
