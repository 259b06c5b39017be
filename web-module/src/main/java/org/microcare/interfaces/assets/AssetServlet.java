package org.microcare.interfaces.assets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /assets/…}: GOV.UK Frontend from its webjar, and Microcare's stylesheet and script.
 * The GOV.UK stylesheet is served rewritten for a service that is not on gov.uk: Arial instead of
 * GDS Transport, so its font files are never asked for.
 */
@WebServlet(urlPatterns = "/assets/*")
public class AssetServlet extends HttpServlet {

    static final String GOVUK = "META-INF/resources/webjars/govuk-frontend/" + GovukVersion.VERSION + "/dist/govuk/";
    private static final String OWN = "org/microcare/interfaces/assets/";
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8", "js", "text/javascript;charset=UTF-8", "mjs", "text/javascript;charset=UTF-8",
            "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon", "woff2", "font/woff2", "woff", "font/woff",
            "json", "application/json");

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.contains("..") || !path.matches("^/[A-Za-z0-9._/-]+$")) {
            response.sendError(404);
            return;
        }
        byte[] body = cache.computeIfAbsent(path, AssetServlet::load);
        if (body.length == 0) {
            response.sendError(404);
            return;
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static byte[] load(String path) {
        String name = path.substring(1);
        try {
            if (name.equals("govuk-frontend.css")) {
                return arialStylesheet(read(GOVUK + "govuk-frontend.min.css")).getBytes(StandardCharsets.UTF_8);
            }
            if (name.equals("govuk-frontend.min.js")) {
                return read(GOVUK + "govuk-frontend.min.js").getBytes(StandardCharsets.UTF_8);
            }
            byte[] own = bytes(OWN + name);
            if (own.length > 0) {
                return own;
            }
            return bytes(GOVUK + "assets/" + name);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** GOV.UK Frontend's compiled CSS with the GDS Transport font faces removed and Arial as the family. */
    static String arialStylesheet(String css) {
        return css.replaceAll("@font-face\\{font-family:GDS Transport;[^}]*}", "")
                .replace("font-family:GDS Transport,arial,sans-serif", "font-family:arial,sans-serif")
                .replace("\"GDS Transport\",arial,sans-serif", "arial,sans-serif");
    }

    private static String read(String resource) throws IOException {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = AssetServlet.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? new byte[0] : in.readAllBytes();
        }
    }
}
