package org.microcare.domain.model.user;

import java.util.List;
import java.util.Optional;

/** Users of the council whose tenant context is current. */
public interface CouncilUserRepository {

    Optional<CouncilUser> findByUsername(String username);

    List<CouncilUser> findAll();

    void add(CouncilUser user);
}
