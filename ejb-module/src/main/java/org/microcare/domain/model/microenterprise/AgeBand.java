package org.microcare.domain.model.microenterprise;

/** An ME's age band, optional and self-declared, for reporting on the diversity of the workforce. */
public enum AgeBand {
    UNDER_25, FROM_25_TO_34, FROM_35_TO_49, FROM_50_TO_64, FROM_65
}
