package org.microcare.interfaces.shared.rest;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** Writes an API error from a servlet filter, before JAX-RS is involved. */
public final class JsonErrors {

    private JsonErrors() {
    }

    public static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        String json = ApiError.of(status, message).toJson();
        try {
            response.getWriter().write(json);
        } catch (IllegalStateException streamInUse) {
            // an error dispatch after the failed request had opened the output stream
            response.getOutputStream().write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public static void unauthorized(HttpServletResponse response, String realm, String message) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
        write(response, 401, message);
    }
}
