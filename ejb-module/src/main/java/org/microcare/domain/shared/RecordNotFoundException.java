package org.microcare.domain.shared;

import jakarta.ejb.ApplicationException;

/** No such record for this council (or it belongs to another one, which must not be revealed). */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {
    public RecordNotFoundException(String message) {
        super(message);
    }
}
