package org.microcare.domain.shared;

import java.util.List;

import jakarta.ejb.ApplicationException;

/** Input breaks one or more rules; nothing was changed. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.isEmpty() ? "Invalid input" : violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
