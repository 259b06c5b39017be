package org.microcare.domain.model.tenant;

import java.util.List;
import java.util.Optional;

/** The tenant store. */
public interface TenantRepository {

    Optional<Tenant> find(String id);

    /** Reads the row with a write lock until the transaction ends. */
    Optional<Tenant> findForUpdate(String id);

    List<Tenant> findAll();

    void add(Tenant tenant);
}
