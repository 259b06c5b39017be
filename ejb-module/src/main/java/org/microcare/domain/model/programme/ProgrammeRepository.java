package org.microcare.domain.model.programme;

import java.util.List;
import java.util.Optional;

/** The current council's programme, service catalogue and framework. */
public interface ProgrammeRepository {

    Optional<Programme> find();

    void add(Programme programme);

    List<CareService> services();

    void addService(CareService service);

    java.util.Optional<CareService> service(String id);

    List<FrameworkRequirement> framework();

    void addRequirement(FrameworkRequirement requirement);
}
