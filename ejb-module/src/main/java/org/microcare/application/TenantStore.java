package org.microcare.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.microcare.domain.model.tenant.Tenant;
import org.microcare.domain.model.tenant.TenantRepository;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.RecordNotFoundException;

/** Each change to the tenant store commits on its own, so provisioning progress survives a crash. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TenantStore {

    @Inject
    TenantRepository tenants;

    public Optional<Tenant> find(String id) {
        return tenants.find(id);
    }

    public List<Tenant> findAll() {
        return tenants.findAll();
    }

    public Tenant register(Tenant tenant) {
        if (tenants.find(tenant.getId()).isPresent()) {
            throw new ConflictException("A council with id '" + tenant.getId() + "' already exists");
        }
        tenants.add(tenant);
        return tenant;
    }

    public Tenant startProvisioning(String id) {
        Tenant t = locked(id);
        t.startProvisioning(Instant.now());
        return t;
    }

    public Tenant activate(String id, String schemaVersion) {
        Tenant t = locked(id);
        t.activate(schemaVersion, Instant.now());
        return t;
    }

    public Tenant fail(String id, String reason) {
        Tenant t = locked(id);
        t.fail(reason, Instant.now());
        return t;
    }

    public Tenant recordSchemaVersion(String id, String schemaVersion) {
        Tenant t = locked(id);
        t.recordSchemaVersion(schemaVersion, Instant.now());
        return t;
    }

    public Tenant renameProgramme(String id, String programmeName) {
        Tenant t = locked(id);
        t.renameProgramme(programmeName);
        return t;
    }

    public Tenant suspend(String id) {
        Tenant t = locked(id);
        t.suspend(Instant.now());
        return t;
    }

    public Tenant resume(String id) {
        Tenant t = locked(id);
        t.resume(Instant.now());
        return t;
    }

    private Tenant locked(String id) {
        return tenants.findForUpdate(id).orElseThrow(() -> new RecordNotFoundException("No council with id '" + id + "'"));
    }
}
