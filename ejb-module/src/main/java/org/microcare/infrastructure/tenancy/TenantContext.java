package org.microcare.infrastructure.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The council the current thread works for. Set by the council filter for requests and by
 * start-up or provisioning jobs for the council they work on; always cleared in {@code finally}.
 */
public final class TenantContext {

    private static final ThreadLocal<CurrentTenant> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<CurrentTenant> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static CurrentTenant require() {
        CurrentTenant tenant = CURRENT.get();
        if (tenant == null) {
            throw new NoTenantException();
        }
        return tenant;
    }

    /**
     * Enters a council for the rest of a try-with-resources block; closing always leaves the
     * thread with no council. For callers whose work throws checked exceptions (servlet filters).
     */
    public static Scope enter(CurrentTenant tenant) {
        CurrentTenant previous = CURRENT.get();
        if (previous != null && !previous.id().equals(tenant.id())) {
            throw new IllegalStateException("Thread already works for council " + previous.id());
        }
        CURRENT.set(tenant);
        return CURRENT::remove;
    }

    /** Ends a council's scope. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** Runs work for one council and leaves the thread with no council afterwards, whatever happens. */
    public static <T> T callAs(CurrentTenant tenant, Supplier<T> work) {
        try (Scope scope = enter(tenant)) {
            return work.get();
        }
    }

    public static void runAs(CurrentTenant tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }
}
