package org.microcare.domain.shared;

/** The request clashes with what is already there (a duplicate, a stale version); nothing was changed. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
