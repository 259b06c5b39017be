package org.microcare.domain.shared;

import jakarta.ejb.ApplicationException;

/** The request clashes with what is already there (a duplicate, a stale version); nothing was changed. */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
