package org.microcare.interfaces.platform;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Present in {@code /health/ready} only when the operator module deployed: the launcher refuses to
 * run with one of the two modules missing, which readiness alone would not show.
 */
@Readiness
@ApplicationScoped
public class OperatorModuleReadiness implements HealthCheck {

    public static final String NAME = "microcare-operator-module";

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up(NAME);
    }
}
