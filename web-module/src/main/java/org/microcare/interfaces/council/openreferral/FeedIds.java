package org.microcare.interfaces.council.openreferral;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import org.microcare.domain.model.microenterprise.MicroEnterpriseCode;

/**
 * The feed's UUIDs, derived (name-based, RFC 4122 version 3) from what they stand for, so the same
 * thing has the same id on every request and every instance, with nothing stored. An ME's own id is a
 * UUID already and is its organization id.
 */
final class FeedIds {

    private static final String PREFIX = "microcare:openreferral:";

    private FeedIds() {
    }

    static UUID taxonomy(String tenantId) {
        return of("taxonomy", tenantId);
    }

    static UUID term(String tenantId, String serviceCode) {
        return of("taxonomy-term", tenantId, serviceCode);
    }

    /** One service per ME and service code it offers: the id stored with the code ({@link MicroEnterpriseCode#serviceId}). */
    static UUID service(String meId, String serviceCode) {
        return MicroEnterpriseCode.serviceId(meId, serviceCode);
    }

    /** A part of a service or organization (a schedule, an area, a language…), named by its kind and key. */
    static UUID part(UUID owner, String kind, String key) {
        return of(kind, owner.toString(), key);
    }

    /** The UUID a path or query parameter names, or empty when it is not one. */
    static Optional<UUID> parse(String text) {
        if (text == null || !text.matches("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(text));
    }

    private static UUID of(String kind, String... parts) {
        // a separator that codes and ids never contain keeps ("a", "bc") and ("ab", "c") apart
        return UUID.nameUUIDFromBytes((PREFIX + kind + "\u0000" + String.join("\u0000", parts)).getBytes(StandardCharsets.UTF_8));
    }
}
