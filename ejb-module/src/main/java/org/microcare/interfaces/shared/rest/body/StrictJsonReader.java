package org.microcare.interfaces.shared.rest.body;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import org.microcare.interfaces.shared.rest.ApiError;

/**
 * Reads every request body of both APIs: any type of this application is bound by {@link StrictJson}
 * (and so must be a record), never by the lenient default JSON-B binding. Bodies over
 * {@link StrictJson#MAX_BODY_BYTES} are refused with 413 before they are parsed.
 * <p>
 * It reads {@link Record}s, not {@code Object}s: both this reader and JSON-B's accept
 * {@code application/json}, and JAX-RS then prefers the reader whose type is nearer the body's, so
 * a request record always comes here. (Declared for {@code Object}, the two tied, and which one
 * won depended on the order the runtime happened to register them: a body could be bound
 * leniently, {@code 1.5} minutes becoming 1.)
 */
@Provider
@Priority(1) // ahead of the JSON-B provider the runtime registers, which would otherwise coerce
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class StrictJsonReader implements MessageBodyReader<Record> {

    /** At most this much of an oversized body is read and dropped before answering 413. */
    static final long DRAIN_BYTES = 16L << 20;

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = DRAIN_BYTES;
        for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
            left -= n;
        }
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getName().startsWith("org.microcare.");
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        byte[] body = entityStream.readNBytes(StrictJson.MAX_BODY_BYTES + 1);
        if (body.length > StrictJson.MAX_BODY_BYTES) {
            // read (and drop) what the client is still sending, up to a bound, so it gets the answer
            // instead of a connection closed under it
            drain(entityStream);
            throw new WebApplicationException(ApiError.of(413, "The request body is larger than "
                    + (StrictJson.MAX_BODY_BYTES >> 20) + " MiB").toResponse());
        }
        return StrictJson.read(body, type);
    }
}
