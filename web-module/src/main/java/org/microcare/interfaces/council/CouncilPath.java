package org.microcare.interfaces.council;

import java.util.Optional;

/** The parts of a {@code /c/{tenant}/…} path the filter needs. */
record CouncilPath(String tenantId, String rest) {

    static Optional<CouncilPath> parse(String pathWithinApp) {
        if (pathWithinApp == null || !pathWithinApp.startsWith("/c/")) {
            return Optional.empty();
        }
        String afterPrefix = pathWithinApp.substring(3);
        int slash = afterPrefix.indexOf('/');
        String tenant = slash < 0 ? afterPrefix : afterPrefix.substring(0, slash);
        String rest = slash < 0 ? "" : afterPrefix.substring(slash);
        return tenant.isEmpty() ? Optional.empty() : Optional.of(new CouncilPath(tenant, rest));
    }

    boolean isApi() {
        return rest.startsWith("/api/") || rest.equals("/api");
    }

    /** The council's Open Referral UK feed: public, and readable from any web page (CORS). */
    boolean isOpenReferral() {
        return rest.equals("/openreferral") || rest.startsWith("/openreferral/");
    }

    /** Machine-readable paths answer errors in JSON; the rest in HTML. */
    boolean wantsJson() {
        return isApi() || rest.startsWith("/openreferral");
    }
}
