package org.microcare.domain.model.microenterprise;

import java.util.List;

import jakarta.ejb.ApplicationException;

import org.microcare.domain.shared.ConflictException;

/**
 * A listing refused because mandatory requirements lack valid evidence; carries their codes, so a
 * page can name each one in its own language. Nothing was changed.
 */
@ApplicationException(rollback = true)
public class ListingRefusedException extends ConflictException {

    private final List<String> missing;

    public ListingRefusedException(List<String> missing) {
        super("Listing needs valid evidence for every mandatory requirement; missing: " + String.join(", ", missing));
        this.missing = List.copyOf(missing);
    }

    /** The codes of the mandatory requirements without valid evidence on the day of the move. */
    public List<String> missing() {
        return missing;
    }
}
