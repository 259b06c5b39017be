package org.microcare.domain.model.user;

import java.util.List;
import java.util.Optional;

/** Users of the council whose tenant context is current. */
public interface CouncilUserRepository {

    Optional<CouncilUser> findByUsername(String username);

    List<CouncilUser> findAll();

    Optional<CouncilUser> find(String id);

    void add(CouncilUser user);

    /** Counts a wrong password without a version check, so concurrent attempts all count. */
    void recordFailedAttempt(String id);

    void clearFailedAttempts(String id);

    long countEnabledWithRole(Role role);
}
