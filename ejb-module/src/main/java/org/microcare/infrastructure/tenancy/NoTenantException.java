package org.microcare.infrastructure.tenancy;

/** Council data was asked for with no council in context: refused before any SQL is sent. */
public class NoTenantException extends IllegalStateException {
    public NoTenantException() {
        super("No council in context: council data can only be read or written for a council resolved from the tenant store");
    }
}
