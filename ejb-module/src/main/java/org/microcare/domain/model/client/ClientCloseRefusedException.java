package org.microcare.domain.model.client;

import java.util.List;

import org.microcare.domain.shared.ConflictException;

/**
 * A case that cannot be closed on the day asked (409): care is still arranged after it. Carries the
 * arrangements, so a page can name them in its own language.
 */
public class ClientCloseRefusedException extends ConflictException {

    private final transient List<CareSpan> care;

    public ClientCloseRefusedException(String message, List<CareSpan> care) {
        super(message);
        this.care = List.copyOf(care);
    }

    /** The arrangements that run past the closing day, earliest start first. */
    public List<CareSpan> care() {
        return care;
    }
}
