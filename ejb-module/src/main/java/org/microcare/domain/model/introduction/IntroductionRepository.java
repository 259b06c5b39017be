package org.microcare.domain.model.introduction;

import java.util.List;
import java.util.Optional;

/** The current council's introductions. */
public interface IntroductionRepository {

    /** A client's introductions, latest first. */
    List<Introduction> ofClient(String clientId);

    /** An ME's introductions, latest first. */
    List<Introduction> ofMicroEnterprise(String microEnterpriseId);

    /** The client's introductions to the ME not yet agreed or declined. */
    List<Introduction> open(String clientId, String microEnterpriseId);

    Optional<Introduction> find(String id);

    /** The introduction, its row locked until the transaction ends. */
    Optional<Introduction> forChange(String id);

    void add(Introduction introduction);
}
