package org.microcare.interfaces.council.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS under {@code /c}; resources add {@code {tenant}/api/v1/…}. The tenant filter has run by then. */
@ApplicationPath("/c")
public class CouncilApiApplication extends Application {
}
