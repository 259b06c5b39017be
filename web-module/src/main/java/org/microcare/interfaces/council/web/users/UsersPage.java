package org.microcare.interfaces.council.web.users;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.interfaces.shared.web.FormErrors;

import org.microcare.application.Actor;
import org.microcare.application.CouncilUserService;
import org.microcare.domain.model.user.CouncilUser;
import org.microcare.domain.shared.ConflictException;
import org.microcare.infrastructure.config.MicrocareSettings;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.Texts;

/** {@code /c/{tenant}/users}: the council's users, with disable and enable. */
@Named
@RequestScoped
public class UsersPage {

    @Inject
    CouncilUserService users;

    @Inject
    MicrocareSettings settings;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    private List<CouncilUser> list;

    @PostConstruct
    void load() {
        list = users.list();
    }

    public List<CouncilUser> getList() {
        return list;
    }

    public boolean locked(CouncilUser user) {
        return user.isLockedOut(settings.lockoutAttempts());
    }

    public String getNotice() {
        String created = CouncilPage.request().getParameter("created");
        String updated = CouncilPage.request().getParameter("updated");
        return created != null ? Texts.get("users.created", created) : updated != null ? Texts.get("users.updated", updated) : null;
    }

    public void disable(String id) throws IOException {
        change(id, true);
    }

    public void enable(String id) throws IOException {
        change(id, false);
    }

    private void change(String id, boolean disable) throws IOException {
        Actor actor = new Actor(council.getUsername(), CouncilPage.request().getRemoteAddr());
        try {
            CouncilUser user = disable ? users.disable(id, actor) : users.enable(id, actor);
            FacesContext.getCurrentInstance().getExternalContext().redirect(council.getBase() + "/users?updated="
                    + java.net.URLEncoder.encode(user.getUsername(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (ConflictException e) {
            errors.add("users-table", Texts.get("users.error.lastAdmin"));
        }
    }
}
