package org.microcare.application;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.domain.model.operator.Operator;
import org.microcare.domain.model.operator.OperatorRepository;
import org.microcare.infrastructure.config.MicrocareSettings;

/**
 * Makes sure the platform has an operator: the one named by MICROCARE_OPERATOR_USERNAME and
 * MICROCARE_OPERATOR_PASSWORD, or, when none is set and none exists, an "operator" account with a
 * generated password printed once.
 */
@Stateless
public class OperatorBootstrap {

    private static final Logger LOG = Logger.getLogger(OperatorBootstrap.class.getName());

    @Inject
    OperatorRepository operators;

    @Inject
    MicrocareSettings settings;

    @Inject
    Passwords passwords;

    public void ensureOperator() {
        if (settings.operatorUsername().isPresent() && settings.operatorPassword().isPresent()) {
            String username = settings.operatorUsername().get();
            if (operators.find(username).isEmpty()) {
                operators.add(new Operator(username, passwords.hash(settings.operatorPassword().get()), Instant.now()));
                operators.audit("system", "OPERATOR_BOOTSTRAPPED", username, "from configuration");
                LOG.info(() -> "Platform operator '" + username + "' created from configuration");
            }
            return;
        }
        if (operators.count() == 0) {
            String password = generatedPassword();
            operators.add(new Operator("operator", passwords.hash(password), Instant.now()));
            operators.audit("system", "OPERATOR_BOOTSTRAPPED", "operator", "generated password");
            // Printed once: the password exists nowhere else.
            System.out.println("""

                    ==============================================================
                     Microcare platform operator created (shown only this once):
                       username: operator
                       password: %s
                     Set MICROCARE_OPERATOR_USERNAME/_PASSWORD to choose your own.
                    ==============================================================
                    """.formatted(password));
        }
    }

    static String generatedPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
