package org.microcare.interfaces.shared.rest;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.infrastructure.persistence.DatabaseConflicts;

/**
 * Turns every exception into the API error body. Bad input is a 4xx, never a 5xx; unexpected
 * failures are a plain 500 with no stack trace (it goes to the log).
 */
@Provider
public class ApiErrorMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrorMappers.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        return map(unwrap(thrown)).toResponse();
    }

    static ApiError map(Throwable e) {
        if (e instanceof InvalidInputException invalid) {
            return ApiError.of(400, invalid.getMessage(), invalid.violations());
        }
        if (e instanceof ConflictException) {
            return ApiError.of(409, e.getMessage());
        }
        if (e instanceof RecordNotFoundException) {
            return ApiError.of(404, e.getMessage());
        }
        if (e instanceof NotFoundException) {
            return ApiError.of(404, "No such resource");
        }
        if (e instanceof JsonbException || e instanceof ProcessingException) {
            return ApiError.of(400, "The request body is not valid JSON of the expected shape");
        }
        if (e instanceof WebApplicationException web && web.getResponse().getEntity() instanceof ApiError error) {
            return error;
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return ApiError.of(status, status == 405 ? "Method not allowed" : status == 415
                    ? "Send JSON (Content-Type: application/json)" : String.valueOf(web.getMessage()));
        }
        LOG.log(Level.SEVERE, "Unexpected failure", e);
        return ApiError.of(500, "Something went wrong on our side; it has been logged");
    }

    static Throwable unwrap(Throwable e) {
        // A rule broken inside a body reader or a service may arrive wrapped (JAX-RS processing, EJB).
        for (Throwable c = e; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof InvalidInputException || c instanceof RecordNotFoundException) {
                return c;
            }
        }
        // A stale version or a unique key taken at commit arrives wrapped in EJB and rollback exceptions.
        Optional<ConflictException> conflict = DatabaseConflicts.of(e);
        if (conflict.isPresent()) {
            return conflict.get();
        }
        Throwable t = e;
        while ((t instanceof EJBException || t.getClass().getName().startsWith("jakarta.ejb.")) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof ProcessingException && t.getCause() instanceof JsonbException) {
            return t.getCause();
        }
        return t;
    }
}
