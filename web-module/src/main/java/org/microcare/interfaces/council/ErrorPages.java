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
                <html lang="en" class="govuk-template">
                <head><meta charset="utf-8"><title>%s – Microcare</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="/assets/govuk-frontend.css"></head>
                <body class="govuk-template__body">
                <div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">
                <h1 class="govuk-heading-l">%s</h1><p class="govuk-body">%s</p></main></div>
                </body>
                </html>
                """.formatted(escape(title), escape(title), escape(message)));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
