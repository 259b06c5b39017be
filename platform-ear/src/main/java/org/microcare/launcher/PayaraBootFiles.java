package org.microcare.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes Payara Micro's pre-boot command file from the config module's template. */
final class PayaraBootFiles {

    private static final String TEMPLATE = "org/microcare/config/payara/pre-boot-commands.asadmin";

    private PayaraBootFiles() {
    }

    static Path writePreBoot(Path runtimeDir, String httpAddress) throws IOException {
        String template;
        try (InputStream in = PayaraBootFiles.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + TEMPLATE + " in the runnable");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(runtimeDir);
        Path file = runtimeDir.resolve("pre-boot-commands.asadmin");
        Files.writeString(file, template.replace("@HTTP_ADDRESS@", httpAddress));
        return file;
    }
}
