package org.microcare.interfaces.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/api/v1")
public class PlatformApiApplication extends Application {
}
