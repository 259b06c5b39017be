package org.microcare.domain.model.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The current council's framework: requirement revisions and the numbered history of changes. */
public interface FrameworkRepository {

    List<FrameworkRequirement> inForceOn(LocalDate day);

    /** Every requirement's latest revision that has not been retired (including ones that start later). */
    List<FrameworkRequirement> open();

    Optional<FrameworkRequirement> latest(String code);

    void add(FrameworkRequirement requirement);

    List<FrameworkVersion> history();

    int latestVersionNumber();

    void add(FrameworkVersion version);
}
