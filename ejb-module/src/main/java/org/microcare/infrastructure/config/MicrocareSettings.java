package org.microcare.infrastructure.config;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The settings application code reads (defaults in the config module's microprofile-config.properties). */
@ApplicationScoped
public class MicrocareSettings {

    @Inject
    @ConfigProperty(name = "microcare.auth.pbkdf2-iterations", defaultValue = "120000")
    int pbkdf2Iterations;

    @Inject
    @ConfigProperty(name = "microcare.auth.cache-seconds", defaultValue = "60")
    int authCacheSeconds;

    @Inject
    @ConfigProperty(name = "microcare.auth.lockout-attempts", defaultValue = "5")
    int lockoutAttempts;

    @Inject
    @ConfigProperty(name = "microcare.provisioning.step-pause-ms", defaultValue = "0")
    long provisioningStepPauseMillis;

    @Inject
    @ConfigProperty(name = "microcare.startup.migrate-tenants", defaultValue = "false")
    boolean migrateTenantsAtStartup;

    @Inject
    @ConfigProperty(name = "microcare.startup.bootstrap-operator", defaultValue = "false")
    boolean bootstrapOperatorAtStartup;

    @Inject
    @ConfigProperty(name = "microcare.operator.username")
    Optional<String> operatorUsername;

    @Inject
    @ConfigProperty(name = "microcare.operator.password")
    Optional<String> operatorPassword;

    public int pbkdf2Iterations() {
        return pbkdf2Iterations;
    }

    /** Wrong passwords in a row before a council user is locked out. */
    public int lockoutAttempts() {
        return lockoutAttempts;
    }

    public long authCacheMillis() {
        return authCacheSeconds * 1000L;
    }

    public long provisioningStepPauseMillis() {
        return provisioningStepPauseMillis;
    }

    public boolean migrateTenantsAtStartup() {
        return migrateTenantsAtStartup;
    }

    public boolean bootstrapOperatorAtStartup() {
        return bootstrapOperatorAtStartup;
    }

    public Optional<String> operatorUsername() {
        return operatorUsername.filter(s -> !s.isBlank());
    }

    public Optional<String> operatorPassword() {
        return operatorPassword.filter(s -> !s.isBlank());
    }
}
