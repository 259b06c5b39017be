package org.microcare.interfaces.council;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.microcare.interfaces.shared.rest.JsonErrors;

/** Error answers the filter gives before any page or resource runs: JSON for machines, a plain page for people. */
final class ErrorPages {

    private ErrorPages() {
    }

    static void send(HttpServletResponse response, boolean json, int status, String title, String message) throws IOException {
        if (json) {
            JsonErrors.write(response, status, message);
            return;
        }
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>%s – Microcare</title>
                <meta name="viewport" content="width=device-width, initial-scale=1"></head>
                <body style="font-family: Arial, sans-serif; margin: 2rem;">
                <main id="main-content"><h1>%s</h1><p>%s</p></main>
                </body>
                </html>
                """.formatted(escape(title), escape(title), escape(message)));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
