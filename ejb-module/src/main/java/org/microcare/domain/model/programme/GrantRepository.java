package org.microcare.domain.model.programme;

import java.util.List;
import java.util.Optional;

/** The current council's grant schemes and applications. */
public interface GrantRepository {

    List<GrantScheme> schemes();

    Optional<GrantScheme> scheme(String id);

    /** The scheme row locked until the transaction ends, so decisions on one scheme happen one at a time. */
    Optional<GrantScheme> schemeForDecision(String id);

    Optional<GrantScheme> schemeByName(String name);

    void add(GrantScheme scheme);

    List<GrantApplication> applications(String schemeId);

    List<GrantApplication> applicationsOf(String microEnterpriseId);

    Optional<GrantApplication> application(String id);

    void add(GrantApplication application);

    /**
     * The scheme of an application, locked until the transaction ends. Call it before any other
     * read of the transaction so later reads see every decision committed before the lock.
     */
    Optional<GrantScheme> schemeOfApplicationForDecision(String applicationId);
}
