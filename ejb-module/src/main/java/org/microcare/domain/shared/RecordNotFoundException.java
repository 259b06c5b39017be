package org.microcare.domain.shared;

/** No such record for this council (or it belongs to another one, which must not be revealed). */
public class RecordNotFoundException extends RuntimeException {
    public RecordNotFoundException(String message) {
        super(message);
    }
}
