package org.microcare.interfaces.council.rest;

import jakarta.ws.rs.Path;

import org.microcare.application.ProgrammeLists.Kind;

/** {@code /c/{tenant}/api/v1/services}: the service catalogue. */
@Path("{tenant}/api/v1/services")
@jakarta.ws.rs.Produces(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
public class ServicesResource extends CatalogueResource {

    @Override
    protected Kind kind() {
        return Kind.SERVICE;
    }
}
