package org.microcare.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The runtime settings of API.md, read the way MicroProfile Config reads them: a system property
 * ({@code microcare.http.port}) wins over the environment variable ({@code MICROCARE_HTTP_PORT}).
 */
record LauncherSettings(int httpPort, String httpAddress, Optional<String> dbUrl, Optional<String> dbUser,
                        Optional<String> dbPassword, Path home) {

    static LauncherSettings read(Map<String, String> env) {
        String port = value(env, "microcare.http.port").orElse("8080");
        int httpPort;
        try {
            httpPort = Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("MICROCARE_HTTP_PORT must be a number, not '" + port + "'");
        }
        if (httpPort < 1 || httpPort > 65535) {
            throw new IllegalArgumentException("MICROCARE_HTTP_PORT must be between 1 and 65535");
        }
        String address = value(env, "microcare.http.address").orElse("127.0.0.1").trim();
        if (!address.matches("^[0-9a-fA-F:.]+$")) {
            throw new IllegalArgumentException("MICROCARE_HTTP_ADDRESS must be an IP address, not '" + address + "'");
        }
        Path home = value(env, "microcare.home").map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".microcare"));
        return new LauncherSettings(httpPort, address, value(env, "microcare.db.url"), value(env, "microcare.db.user"),
                value(env, "microcare.db.password"), home.toAbsolutePath());
    }

    static Optional<String> value(Map<String, String> env, String property) {
        String fromProperty = System.getProperty(property);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Optional.of(fromProperty);
        }
        String fromEnv = env.get(property.toUpperCase().replace('.', '_').replace('-', '_'));
        return fromEnv == null || fromEnv.isBlank() ? Optional.empty() : Optional.of(fromEnv);
    }
}
