package org.microcare.interfaces.shared.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.microcare.application.StartupMigrations;

/** Ready once this module's start-up migrations (platform, and council schemas where it runs them) are done. */
@Readiness
@ApplicationScoped
public class MigrationReadiness implements HealthCheck {

    @Inject
    StartupMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        try {
            return state();
        } catch (RuntimeException stillDeploying) {
            // the start-up singleton answers only once its module is deployed
            return HealthCheckResponse.named("microcare-migrations").down().withData("state", "starting").build();
        }
    }

    private HealthCheckResponse state() {
        var response = HealthCheckResponse.named("microcare-migrations")
                .withData("platformSchema", migrations.isPlatformReady() ? "migrated" : "pending")
                .withData("councilSchemas", migrations.isReady() ? "migrated" : "pending");
        migrations.problem().ifPresent(p -> response.withData("problem", p));
        return response.status(migrations.isReady()).build();
    }
}
