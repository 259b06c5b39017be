package org.microcare.infrastructure.tenancy;

import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

/**
 * The one rule for a schema name that SQL text may hold (DDL, and the few native statements that name a
 * council's schema): lower-case letters, digits and underscores, starting with a letter. Checked again
 * wherever a name is put into SQL, even though it came from the tenant store.
 */
public final class SchemaNames {

    private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9_]{1,63}$");

    private SchemaNames() {
    }

    /** The name, if it may stand in SQL; otherwise an {@link IllegalArgumentException}. */
    public static String checked(String schema) {
        if (schema == null || !NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("Not a valid schema name: " + schema);
        }
        return schema;
    }

    /**
     * The schema of the council the transaction's EntityManager was made for ({@link CouncilPersistence}, for
     * a tenant that matched the tenant store), checked again, for native
     * SQL that must name it; an {@link IllegalStateException} when the transaction serves no council.
     */
    public static String boundTo(EntityManager em) {
        if (!(em.getProperties().get(TenantSchemaProperty.NAME) instanceof String bound)) {
            throw new IllegalStateException("No council bound to this transaction");
        }
        return checked(bound);
    }
}
