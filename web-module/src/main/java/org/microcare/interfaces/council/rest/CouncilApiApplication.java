package org.microcare.interfaces.council.rest;

import java.util.Map;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS under {@code /c}; resources add {@code {tenant}/api/v1/…}. The tenant filter has run by then. */
@ApplicationPath("/c")
public class CouncilApiApplication extends Application {

    /** No WADL: {@code OPTIONS} answers with the allowed methods only, not a description of every resource. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
