package org.microcare.interfaces.council.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.interfaces.shared.web.FormErrors;

import org.microcare.application.Actor;
import org.microcare.application.CouncilUserService;
import org.microcare.application.Passwords;
import org.microcare.domain.shared.InvalidInputException;

/** {@code /c/{tenant}/change-password}: a signed-in user changes their own password. */
@Named
@RequestScoped
public class ChangePasswordPage {

    @Inject
    CouncilUserService users;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    private String current;
    private String newPassword;
    private String confirmation;
    private boolean changed;

    public void change() {
        if (Passwords.weakness(newPassword) != null) {
            errors.add("new", Texts.get("password.newHint"));
        } else if (!newPassword.equals(confirmation)) {
            errors.add("confirm", Texts.get("password.mismatch"));
        }
        if (!errors.isEmpty()) {
            return;
        }
        try {
            users.changeOwnPassword(council.getUsername(), current, newPassword, confirmation,
                    new Actor(council.getUsername(), CouncilPage.request().getRemoteAddr()));
            changed = true;
            current = null;
            newPassword = null;
            confirmation = null;
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field(), "current".equals(v.field()) ? Texts.get("password.wrongCurrent") : v.message()));
        }
    }

    public boolean isChanged() {
        return changed;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
