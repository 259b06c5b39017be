package org.microcare.interfaces.platform.rest;

import java.util.Map;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/api/v1")
public class PlatformApiApplication extends Application {

    /**
     * No WADL: {@code OPTIONS} answers with the allowed methods only, not a description of every resource. Roles a
     * resource declares with {@code @RolesAllowed} are enforced (Jersey's feature; every caller has passed
     * {@link org.microcare.interfaces.platform.OperatorAuthFilter} first).
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true,
                "jersey.config.server.provider.classnames", "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
