package org.microcare.application;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.microcare.domain.model.tenant.Nation;
import org.microcare.domain.model.tenant.Tenant;
import org.microcare.domain.model.tenant.TenantId;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.domain.shared.Violations;

/** What platform operators do with councils: onboard, retry, list, suspend, resume. Every change is audited. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenantOnboardingService {

    /** What an operator gives to onboard a council. */
    public record OnboardCouncil(String id, String name, String nation, String programmeName,
                                 String adminUsername, String adminPassword) {
    }

    @Inject
    TenantStore store;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    Passwords passwords;

    @Inject
    PlatformSchema platform;

    @Inject
    OperatorAudit audit;

    public Tenant onboard(OnboardCouncil command, String operator) {
        validate(command);
        Tenant tenant = Tenant.register(TenantId.of(command.id()), command.name().trim(),
                Nation.parse(command.nation()).orElseThrow(), command.programmeName().trim(), platform.name(),
                command.adminUsername().trim(), passwords.hash(command.adminPassword()), Instant.now());
        store.register(tenant);
        audit.record(operator, "TENANT_ONBOARDED", command.id(), "nation " + command.nation());
        return provisioner.provision(command.id());
    }

    public Tenant retryProvisioning(String id, String operator) {
        Tenant tenant = provisioner.provision(get(id).getId());
        audit.record(operator, "TENANT_PROVISION_RETRIED", id, "status " + tenant.getStatus());
        return tenant;
    }

    public List<org.microcare.domain.model.operator.OperatorAuditRecord> auditLog(int limit) {
        return audit.recent(limit);
    }

    public List<Tenant> list() {
        return store.findAll();
    }

    public Tenant get(String id) {
        if (!TenantId.isValid(id)) {
            throw new RecordNotFoundException("No council with id '" + id + "'");
        }
        return store.find(id).orElseThrow(() -> new RecordNotFoundException("No council with id '" + id + "'"));
    }

    public Tenant suspend(String id, String operator) {
        Tenant tenant = store.suspend(get(id).getId());
        audit.record(operator, "TENANT_SUSPENDED", id, null);
        return tenant;
    }

    public Tenant resume(String id, String operator) {
        Tenant tenant = store.resume(get(id).getId());
        audit.record(operator, "TENANT_RESUMED", id, null);
        return tenant;
    }

    static void validate(OnboardCouncil c) {
        Violations v = new Violations();
        v.require(TenantId.isValid(c.id()), "id",
                "Council id must be 2 to 40 characters: lower-case letters, digits and hyphens, starting with a letter");
        v.requireText(c.name(), "name", "Council name", 200);
        v.require(c.nation() != null && Nation.parse(c.nation()).isPresent(), "nation",
                "Nation must be one of ENGLAND, SCOTLAND, WALES, NORTHERN_IRELAND");
        v.requireText(c.programmeName(), "programmeName", "Programme name", 100);
        v.requireText(c.adminUsername(), "admin.username", "Admin username", 100);
        if (c.adminUsername() != null && !c.adminUsername().isBlank()) {
            v.require(c.adminUsername().trim().matches("^[A-Za-z0-9._@-]{3,100}$"), "admin.username",
                    "Admin username must be 3 to 100 letters, digits or . _ @ -");
        }
        String weakness = Passwords.weakness(c.adminPassword());
        v.require(weakness == null, "admin.password", weakness);
        v.throwIfAny();
    }
}
