package org.microcare.domain.model.microenterprise;

import java.util.List;
import java.util.Optional;

/** The current council's micro-enterprises. */
public interface MicroEnterpriseRepository {

    List<MicroEnterprise> all();

    Optional<MicroEnterprise> find(String id);

    void add(MicroEnterprise microEnterprise);
}
