package org.microcare.interfaces.assets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class AssetServletTest {

    @Test
    void theServedGovukStylesheetUsesArialAndNeverAsksForGdsTransport() throws IOException {
        String original;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(AssetServlet.GOVUK + "govuk-frontend.min.css")) {
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(original.contains("GDS Transport"), "the webjar's stylesheet is the one expected");
        String served = AssetServlet.arialStylesheet(original);
        assertFalse(served.contains("GDS Transport"));
        assertFalse(served.contains("/assets/fonts/"));
        assertTrue(served.contains("font-family:arial,sans-serif"));
        assertTrue(served.contains(".govuk-button"), "everything else is kept");
    }
}
