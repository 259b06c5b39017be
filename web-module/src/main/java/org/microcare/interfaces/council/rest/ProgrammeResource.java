package org.microcare.interfaces.council.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.microcare.application.ProgrammeQueries;
import org.microcare.domain.model.programme.Programme;

/** {@code GET /c/{tenant}/api/v1/programme}: the council's programme. */
@Path("{tenant}/api/v1/programme")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    /** The programme as API.md shows it. */
    public record ProgrammeView(String tenant, String name, String nation, String programmeName) {
        static ProgrammeView of(Programme p) {
            return new ProgrammeView(p.getId(), p.getCouncilName(), p.getNation().name(), p.getProgrammeName());
        }
    }

    @Inject
    ProgrammeQueries programmes;

    @GET
    public ProgrammeView get() {
        return ProgrammeView.of(programmes.programme());
    }
}
