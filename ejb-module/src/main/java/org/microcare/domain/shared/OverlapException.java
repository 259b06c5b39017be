package org.microcare.domain.shared;

/**
 * A period clashes with one already recorded (a rate of the same type, a target of the same
 * metric). Carries the record it clashes with, so a page can name it in its own language.
 */
public class OverlapException extends ConflictException {

    private final transient Object existing;

    public OverlapException(String message, Object existing) {
        super(message);
        this.existing = existing;
    }

    /** The record already covering part of the period. */
    public <T> T existing(Class<T> type) {
        return type.cast(existing);
    }
}
