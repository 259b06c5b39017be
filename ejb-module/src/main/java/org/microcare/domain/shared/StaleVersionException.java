package org.microcare.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * The record was changed by someone else since the caller read it (the version it sent back is not
 * the stored one, or the database found the same at commit). Nothing was changed; reload and redo.
 */
@ApplicationException(rollback = true)
public class StaleVersionException extends ConflictException {
    public StaleVersionException(String message) {
        super(message);
    }
}
