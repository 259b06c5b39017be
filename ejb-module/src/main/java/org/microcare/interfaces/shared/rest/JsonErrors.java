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
        response.getWriter().write(ApiError.of(status, message).toJson());
    }

    public static void unauthorized(HttpServletResponse response, String realm, String message) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
        write(response, 401, message);
    }
}
