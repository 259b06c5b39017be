package org.microcare.interfaces.council.web.users;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.interfaces.shared.web.FormErrors;

import org.microcare.application.Actor;
import org.microcare.application.CouncilUserService;
import org.microcare.application.CouncilUserService.NewUser;
import org.microcare.domain.model.user.CouncilUser;
import org.microcare.domain.model.user.Role;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.Texts;

/** {@code /c/{tenant}/users/new}: an admin adds a user. */
@Named
@RequestScoped
public class UserNewPage {

    @Inject
    CouncilUserService users;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    private String username;
    private String displayName;
    private String email;
    private String password;

    public List<String> getAllRoles() {
        return java.util.Arrays.stream(Role.values()).map(Role::name).toList();
    }

    /** Roles ticked on the last submission (plain GOV.UK checkboxes, read from the request). */
    public List<String> getChosenRoles() {
        String[] values = CouncilPage.request().getParameterValues("roles");
        return values == null ? List.of() : List.of(values);
    }

    public void create() throws IOException {
        Actor actor = new Actor(council.getUsername(), CouncilPage.request().getRemoteAddr());
        try {
            CouncilUser user = users.create(new NewUser(username, password, displayName, email, getChosenRoles()), actor);
            FacesContext.getCurrentInstance().getExternalContext()
                    .redirect(council.getBase() + "/users?created=" + URLEncoder.encode(user.getUsername(), StandardCharsets.UTF_8));
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field(), Texts.violation("users.error.", v)));
            password = null;
        } catch (ConflictException e) {
            errors.add("username", Texts.get("users.error.duplicate", username.trim()));
            password = null;
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
