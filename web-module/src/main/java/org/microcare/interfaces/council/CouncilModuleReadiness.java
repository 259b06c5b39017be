package org.microcare.interfaces.council;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Present in {@code /health/ready} only when the council module deployed: the launcher refuses to
 * run with one of the two modules missing, which readiness alone would not show.
 */
@Readiness
@ApplicationScoped
public class CouncilModuleReadiness implements HealthCheck {

    public static final String NAME = "microcare-council-module";

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up(NAME);
    }
}
