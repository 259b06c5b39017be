package org.microcare.domain.model.user;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/** A person who signs in to one council's programme. */
@Entity
@Table(name = "council_user")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class CouncilUser {

    public static final String JPQL_FIND_BY_USERNAME = "SELECT u FROM CouncilUser u WHERE u.username = :username";

    public static final String JPQL_FIND_ALL = "SELECT u FROM CouncilUser u ORDER BY u.username";

    @Id
    private String id;

    @Column(nullable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Convert(converter = RolesConverter.class)
    @Column(nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CouncilUser() {
    }

    public CouncilUser(String username, String displayName, Set<Role> roles, String passwordHash, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.username = username;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = now;
    }

    /**
     * A user as stored, read without a persistence context for the check of each request's credentials
     * ({@link CouncilUserReads}); only read, never persisted or merged.
     */
    public static CouncilUser asStored(String id, String username, String displayName, Set<Role> roles, boolean enabled, String passwordHash,
            int failedAttempts) {
        CouncilUser user = new CouncilUser();
        user.id = id;
        user.username = username;
        user.displayName = displayName;
        user.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        user.enabled = enabled;
        user.passwordHash = passwordHash;
        user.failedAttempts = failedAttempts;
        return user;
    }

    /** Whether a correct password signs this user in with nothing to record: allowed to sign in, no wrong password to clear. */
    public boolean signsInWithNothingToRecord(int maxFailedAttempts) {
        return canSignIn(maxFailedAttempts) && failedAttempts == 0;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Locked out after too many wrong passwords, until an admin resets the password. */
    public boolean isLockedOut(int maxFailedAttempts) {
        return failedAttempts >= maxFailedAttempts;
    }

    public boolean canSignIn(int maxFailedAttempts) {
        return enabled && !isLockedOut(maxFailedAttempts);
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public void changeRoles(Set<Role> newRoles) {
        roles = EnumSet.copyOf(newRoles);
    }

    public void resetPassword(String newPasswordHash) {
        passwordHash = newPasswordHash;
        failedAttempts = 0;
    }

    public void changeEmail(String newEmail) {
        email = newEmail;
    }

    public String getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Set<Role> getRoles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
