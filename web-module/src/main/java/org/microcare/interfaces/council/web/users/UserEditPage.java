package org.microcare.interfaces.council.web.users;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.Actor;
import org.microcare.application.CouncilUserService;
import org.microcare.domain.model.user.CouncilUser;
import org.microcare.domain.model.user.Role;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.shared.web.FormErrors;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/** {@code /c/{tenant}/users/edit?id=…}: an admin changes a user's roles or resets their password. */
@Named
@RequestScoped
public class UserEditPage {

    @Inject
    CouncilUserService users;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    private CouncilUser user;
    private String newPassword;

    @PostConstruct
    void load() {
        String id = PageForms.param("id");
        try {
            user = id == null ? null : users.get(id);
        } catch (RecordNotFoundException e) {
            user = null; // unknown, or a user of another council: not revealed
        }
    }

    /** Before rendering: a missing or unknown id (or one of another council) answers 404. */
    public void check() {
        if (user == null) {
            PageForms.notFound();
        }
    }

    public CouncilUser getUser() {
        return user;
    }

    public List<String> getAllRoles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    /** Ticked roles: what was just submitted, else what the user has. */
    public List<String> getChosenRoles() {
        String[] submitted = CouncilPage.request().getParameterValues("roles");
        if (submitted != null) {
            return List.of(submitted);
        }
        if (user == null) {
            return List.of();
        }
        return user.getRoles().stream().map(Role::name).toList();
    }

    public void saveRoles() throws IOException {
        if (user == null) {
            PageForms.notFound();
            return;
        }
        String[] submitted = CouncilPage.request().getParameterValues("roles");
        try {
            users.changeRoles(user.getId(), submitted == null ? List.of() : List.of(submitted), actor());
            done();
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field(), Texts.violation("users.error.", v)));
        } catch (ConflictException e) {
            errors.add("roles", Texts.get("users.error.lastAdmin"));
        }
    }

    public void resetPassword() throws IOException {
        if (user == null) {
            PageForms.notFound();
            return;
        }
        try {
            users.resetPassword(user.getId(), newPassword, actor());
            done();
        } catch (InvalidInputException e) {
            errors.add("newPassword", Texts.get("users.error.password"));
            newPassword = null;
        }
    }

    private Actor actor() {
        return new Actor(council.getUsername(), CouncilPage.request().getRemoteAddr());
    }

    private void done() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().redirect(council.getBase() + "/users?updated="
                + URLEncoder.encode(user.getUsername(), StandardCharsets.UTF_8));
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
