package org.microcare.domain.model.programme;

import java.util.List;
import java.util.Optional;

/** The current council's targets. */
public interface TargetRepository {

    List<Target> all();

    Optional<Target> find(String id);

    void add(Target target);

    void remove(Target target);
}
