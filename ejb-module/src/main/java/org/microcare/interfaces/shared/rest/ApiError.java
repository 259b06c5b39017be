package org.microcare.interfaces.shared.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.microcare.domain.shared.Violation;

/** The error body every API answers with (API.md "Errors"). */
public record ApiError(int status, String error, String message, List<Violation> violations) {

    public static ApiError of(int status, String message) {
        return of(status, message, List.of());
    }

    public static ApiError of(int status, String message, List<Violation> violations) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return new ApiError(status, known == null ? "Error" : known.getReasonPhrase(), message, violations);
    }

    public Response toResponse() {
        return Response.status(status).type("application/json").entity(this).build();
    }

    /** For filters that answer before JAX-RS runs. */
    public String toJson() {
        StringBuilder json = new StringBuilder("{\"status\":").append(status)
                .append(",\"error\":").append(quote(error))
                .append(",\"message\":").append(quote(message))
                .append(",\"violations\":[");
        for (int i = 0; i < violations.size(); i++) {
            Violation v = violations.get(i);
            json.append(i == 0 ? "" : ",").append("{\"field\":").append(quote(v.field()))
                    .append(",\"message\":").append(quote(v.message())).append('}');
        }
        return json.append("]}").toString();
    }

    private static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
