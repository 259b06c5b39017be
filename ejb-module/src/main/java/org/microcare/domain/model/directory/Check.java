package org.microcare.domain.model.directory;

import java.time.LocalDate;

/** One requirement the council checked for a listed ME, and when: the profile's "What the council checked" box. */
public record Check(String requirementCode, String requirementName, LocalDate checkedOn) {
}
