package org.microcare.domain.model.programme;

import java.util.List;
import java.util.Optional;

/** The current council's hourly rates. */
public interface RateRepository {

    List<Rate> all();

    List<Rate> ofType(RateType type);

    Optional<Rate> find(String id);

    void add(Rate rate);
}
