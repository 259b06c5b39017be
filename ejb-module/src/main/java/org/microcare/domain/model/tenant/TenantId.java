package org.microcare.domain.model.tenant;

import java.util.Objects;
import java.util.regex.Pattern;

import org.microcare.domain.shared.InvalidInputException;

/**
 * A council's id as used in paths ({@code /c/south-ayrshire/...}). Lower-case letters, digits and
 * hyphens only, so the schema name derived from it can never carry SQL.
 */
public final class TenantId {

    public static final Pattern FORMAT = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");

    private final String value;

    private TenantId(String value) {
        this.value = value;
    }

    public static TenantId of(String value) {
        if (!isValid(value)) {
            throw new InvalidInputException("id",
                    "Council id must be 2 to 40 characters: lower-case letters, digits and hyphens, starting with a letter");
        }
        return new TenantId(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public String value() {
        return value;
    }

    /** The council's schema: the platform schema name, {@code _t_}, then the id with '-' as '_'. */
    public String schemaName(String platformSchema) {
        return platformSchema + "_t_" + value.replace('-', '_');
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TenantId other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
