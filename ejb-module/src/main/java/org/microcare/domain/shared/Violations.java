package org.microcare.domain.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects violations while an input is checked, then throws them all at once. */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    public Violations require(boolean ok, String field, String message) {
        if (!ok) {
            found.add(new Violation(field, message));
        }
        return this;
    }

    public Violations requireText(String value, String field, String label, int maxLength) {
        if (value == null || value.isBlank()) {
            found.add(new Violation(field, label + " is required"));
        } else if (value.length() > maxLength) {
            found.add(new Violation(field, label + " must be " + maxLength + " characters or fewer"));
        } else if (Fields.textProblem(value, false) != null) {
            found.add(new Violation(field, Fields.controlMessage(label, false)));
        }
        return this;
    }

    /** Takes over what another check found. */
    public Violations addAll(Violations other) {
        found.addAll(other.found);
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
