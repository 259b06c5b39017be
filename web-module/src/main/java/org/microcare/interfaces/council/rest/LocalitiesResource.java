package org.microcare.interfaces.council.rest;

import jakarta.ws.rs.Path;

import org.microcare.application.ProgrammeLists.Kind;

/** {@code /c/{tenant}/api/v1/localities}: the towns and areas the programme covers. */
@Path("{tenant}/api/v1/localities")
@jakarta.ws.rs.Produces(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
public class LocalitiesResource extends CatalogueResource {

    @Override
    protected Kind kind() {
        return Kind.LOCALITY;
    }
}
