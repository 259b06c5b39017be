package org.microcare.interfaces.assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The GOV.UK Frontend webjar's version, written into govuk.properties by the build (one source of truth: the POM). */
final class GovukVersion {

    static final String VERSION = read();

    private GovukVersion() {
    }

    private static String read() {
        try (InputStream in = GovukVersion.class.getResourceAsStream("govuk.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("govuk.properties missing from the build", e));
        }
    }
}
