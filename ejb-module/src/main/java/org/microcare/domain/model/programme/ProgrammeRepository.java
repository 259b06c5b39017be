package org.microcare.domain.model.programme;

import java.util.List;
import java.util.Optional;

/** The current council's programme and its coded lists (services, localities). */
public interface ProgrammeRepository {

    Optional<Programme> find();

    /** The programme row locked until the transaction ends: serialises configuration changes of one council. */
    Optional<Programme> findForChange();

    void add(Programme programme);

    List<CareService> services();

    Optional<CareService> service(String id);

    Optional<CareService> serviceByCode(String code);

    void addService(CareService service);

    List<Locality> localities();

    Optional<Locality> locality(String id);

    Optional<Locality> localityByCode(String code);

    void addLocality(Locality locality);
}
