package org.microcare.interfaces.council.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.interfaces.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;

import org.microcare.application.Actor;
import org.microcare.application.AuthenticatedUser;
import org.microcare.application.CouncilAuthenticator;
import org.microcare.infrastructure.config.MicrocareSettings;

/** {@code /c/{tenant}/sign-in}. */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    CouncilAuthenticator authenticator;

    @Inject
    MicrocareSettings settings;

    @Inject
    FormErrors errors;

    @Inject
    CouncilPage council;

    private String username;
    private String password;

    public void signIn() throws IOException {
        if (username == null || username.isBlank()) {
            errors.add("username", Texts.get("signIn.missingUsername"));
        }
        if (password == null || password.isEmpty()) {
            errors.add("password", Texts.get("signIn.missingPassword"));
        }
        if (!errors.isEmpty()) {
            return;
        }
        HttpServletRequest request = CouncilPage.request();
        Optional<AuthenticatedUser> user = authenticator.authenticate(username.trim(), password, request.getRemoteAddr());
        if (user.isEmpty()) {
            errors.add("username", Texts.get("signIn.failed", settings.lockoutAttempts()));
            password = null;
            return;
        }
        CouncilSessions.signIn(request, user.get());
        authenticator.recordSignIn(new Actor(user.get().username(), request.getRemoteAddr()));
        FacesContext.getCurrentInstance().getExternalContext().redirect(council.getBase() + "/");
    }

    public boolean isSignedOut() {
        return "true".equals(CouncilPage.request().getParameter("signedOut"));
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
