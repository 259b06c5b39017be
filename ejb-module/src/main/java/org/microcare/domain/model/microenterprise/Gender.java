package org.microcare.domain.model.microenterprise;

/** How an ME owner describes their gender; clients may state a preference. */
public enum Gender {
    FEMALE, MALE, NON_BINARY, NOT_SAID
}
