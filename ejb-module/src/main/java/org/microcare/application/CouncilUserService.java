package org.microcare.application;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.domain.model.user.CouncilUser;
import org.microcare.domain.model.user.CouncilUserRepository;
import org.microcare.domain.model.user.Role;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.domain.shared.Violations;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/** Council admins manage their council's users. Every change is audited; the last admin stays an admin. */
@Stateless
@TenantTransactional
public class CouncilUserService {

    /** What an admin gives to create a user. */
    public record NewUser(String username, String password, String displayName, String email, List<String> roles) {
    }

    private static final String USERNAME = "^[A-Za-z0-9._@-]{3,100}$";
    private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    @Inject
    CouncilUserRepository users;

    @Inject
    Passwords passwords;

    @Inject
    CouncilAudit audit;

    public List<CouncilUser> list() {
        return users.findAll();
    }

    public CouncilUser get(String id) {
        return users.find(id).orElseThrow(() -> new RecordNotFoundException("No user " + id + " in this council"));
    }

    public CouncilUser create(NewUser n, Actor actor) {
        Violations v = new Violations();
        v.requireText(n.username(), "username", "Username", 100);
        if (n.username() != null && !n.username().isBlank()) {
            v.require(n.username().trim().matches(USERNAME), "username", "Username must be 3 to 100 letters, digits or . _ @ -");
        }
        v.requireText(n.displayName(), "displayName", "Display name", 200);
        if (n.email() != null && !n.email().isBlank()) {
            v.require(n.email().trim().matches(EMAIL) && n.email().length() <= 254, "email", "Enter an email address like name@council.gov.uk");
        }
        String weakness = Passwords.weakness(n.password());
        v.require(weakness == null, "password", weakness);
        Set<Role> roles = roles(n.roles(), v);
        v.throwIfAny();
        if (users.findByUsername(n.username().trim()).isPresent()) {
            throw new ConflictException("A user called '" + n.username().trim() + "' already exists in this council");
        }
        CouncilUser user = new CouncilUser(n.username().trim(), n.displayName().trim(), roles, passwords.hash(n.password()), Instant.now());
        if (n.email() != null && !n.email().isBlank()) {
            user.changeEmail(n.email().trim());
        }
        users.add(user);
        audit.record(actor, "USER_CREATED", "CouncilUser", user.getId(), "username " + user.getUsername() + ", roles " + roles);
        return user;
    }

    public CouncilUser disable(String id, Actor actor) {
        CouncilUser user = get(id);
        if (user.isEnabled() && user.hasRole(Role.COUNCIL_ADMIN) && users.countEnabledWithRole(Role.COUNCIL_ADMIN) <= 1) {
            throw new ConflictException("This is the council's last enabled admin: make another user an admin first");
        }
        user.disable();
        audit.record(actor, "USER_DISABLED", "CouncilUser", id, "username " + user.getUsername());
        return user;
    }

    public CouncilUser enable(String id, Actor actor) {
        CouncilUser user = get(id);
        user.enable();
        audit.record(actor, "USER_ENABLED", "CouncilUser", id, "username " + user.getUsername());
        return user;
    }

    public CouncilUser resetPassword(String id, String newPassword, Actor actor) {
        String weakness = Passwords.weakness(newPassword);
        new Violations().require(weakness == null, "password", weakness).throwIfAny();
        CouncilUser user = get(id);
        user.resetPassword(passwords.hash(newPassword));
        audit.record(actor, "USER_PASSWORD_RESET", "CouncilUser", id, "username " + user.getUsername() + "; lock-out cleared");
        return user;
    }

    /** A signed-in user changes their own password, proving they know the current one. */
    public void changeOwnPassword(String username, String currentPassword, String newPassword, String confirmation, Actor actor) {
        CouncilUser user = users.findByUsername(username).orElseThrow(() -> new RecordNotFoundException("No user " + username));
        Violations v = new Violations();
        v.require(currentPassword != null && passwords.matches(currentPassword, user.getPasswordHash()), "current",
                "Your current password is not right");
        String weakness = Passwords.weakness(newPassword);
        v.require(weakness == null, "new", weakness);
        v.require(newPassword != null && newPassword.equals(confirmation), "confirm", "The new passwords do not match");
        v.throwIfAny();
        user.resetPassword(passwords.hash(newPassword));
        audit.record(actor, "PASSWORD_CHANGED", "CouncilUser", user.getId(), "by the user");
    }

    public CouncilUser changeRoles(String id, List<String> newRoles, Actor actor) {
        Violations v = new Violations();
        Set<Role> roles = roles(newRoles, v);
        v.throwIfAny();
        CouncilUser user = get(id);
        if (user.isEnabled() && user.hasRole(Role.COUNCIL_ADMIN) && !roles.contains(Role.COUNCIL_ADMIN)
                && users.countEnabledWithRole(Role.COUNCIL_ADMIN) <= 1) {
            throw new ConflictException("This is the council's last enabled admin: make another user an admin first");
        }
        Set<Role> before = user.getRoles();
        user.changeRoles(roles);
        audit.record(actor, "USER_ROLES_CHANGED", "CouncilUser", id, "username " + user.getUsername() + ": " + before + " -> " + roles);
        return user;
    }

    private static Set<Role> roles(List<String> names, Violations v) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (names == null || names.isEmpty()) {
            v.require(false, "roles", "Give at least one role: COUNCIL_ADMIN, BROKER or VIEWER");
            return roles;
        }
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException e) {
                v.require(false, "roles", "Unknown role '" + name + "': use COUNCIL_ADMIN, BROKER or VIEWER");
            }
        }
        return roles;
    }
}
