package org.microcare.domain.shared;

/** One rule broken by one field of an input, said so a person can fix it. */
public record Violation(String field, String message) {
}
