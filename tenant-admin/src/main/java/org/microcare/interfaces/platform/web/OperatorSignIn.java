package org.microcare.interfaces.platform.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.microcare.application.OperatorAudit;
import org.microcare.application.OperatorAuthenticator;
import org.microcare.interfaces.shared.web.BrowserSessions;
import org.microcare.interfaces.shared.web.FormErrors;

/** {@code /platform/sign-in}: operators only, checked against the platform schema. */
@Named
@RequestScoped
public class OperatorSignIn {

    @Inject
    OperatorAuthenticator authenticator;

    @Inject
    OperatorAudit audit;

    @Inject
    FormErrors errors;

    private String username;
    private String password;

    public void signIn() throws IOException {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            errors.add("username", ConsolePage.text("signIn.missing"));
            return;
        }
        Optional<String> operator = authenticator.authenticate(username.trim(), password);
        if (operator.isEmpty()) {
            audit.record(username.trim(), "SIGN_IN_FAILED", null, "console");
            errors.add("username", ConsolePage.text("signIn.failed"));
            password = null;
            return;
        }
        HttpServletRequest request = ConsolePage.request();
        BrowserSessions.signIn(request, ConsoleFilter.OPERATOR, operator.get());
        audit.record(operator.get(), "SIGN_IN", null, "console from " + request.getRemoteAddr());
        ConsolePage.redirect("/");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
