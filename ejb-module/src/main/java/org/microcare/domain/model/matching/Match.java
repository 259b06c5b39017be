package org.microcare.domain.model.matching;

import java.util.List;

/** A ranked candidate: its score (0–100), what it meets and what it does not. */
public record Match(String microEnterpriseId, String tradingName, int score, List<Reason> reasons, List<Reason> unmet) {

    public Match {
        reasons = List.copyOf(reasons);
        unmet = List.copyOf(unmet);
    }
}
