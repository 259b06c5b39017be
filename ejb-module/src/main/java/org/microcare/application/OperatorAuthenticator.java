package org.microcare.application;

import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.domain.model.operator.Operator;
import org.microcare.domain.model.operator.OperatorRepository;

/** Checks platform operator credentials against the platform schema. */
@Stateless
public class OperatorAuthenticator {

    @Inject
    OperatorRepository operators;

    @Inject
    Passwords passwords;

    public Optional<String> authenticate(String username, String password) {
        return operators.find(username)
                .filter(Operator::isEnabled)
                .filter(o -> passwords.matches(password, o.getPasswordHash()))
                .map(Operator::getUsername);
    }
}
