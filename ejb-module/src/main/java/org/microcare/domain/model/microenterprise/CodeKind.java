package org.microcare.domain.model.microenterprise;

/** The coded lists an ME record holds, one row per code: where they work, what they offer, languages, specialisms. */
public enum CodeKind {
    LOCALITY, SERVICE, LANGUAGE, SPECIALISM
}
