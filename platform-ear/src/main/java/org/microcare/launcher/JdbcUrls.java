package org.microcare.launcher;

/** Makes a configured MySQL/MariaDB URL name the platform schema and create it on first use. */
final class JdbcUrls {

    static final String DEFAULT_PLATFORM_SCHEMA = "microcare";

    private JdbcUrls() {
    }

    static String forPlatform(String url) {
        if (!url.startsWith("jdbc:mysql://") && !url.startsWith("jdbc:mariadb://")) {
            throw new IllegalArgumentException("MICROCARE_DB_URL must be a jdbc:mysql:// URL of a MySQL 8+ or MariaDB 10.11+ server");
        }
        String normalised = url.startsWith("jdbc:mariadb://") ? "jdbc:mysql://" + url.substring("jdbc:mariadb://".length()) : url;
        int query = normalised.indexOf('?');
        String base = query < 0 ? normalised : normalised.substring(0, query);
        String params = query < 0 ? "" : normalised.substring(query + 1);
        int pathStart = base.indexOf('/', "jdbc:mysql://".length());
        if (pathStart < 0) {
            base = base + "/" + DEFAULT_PLATFORM_SCHEMA;
        } else if (pathStart == base.length() - 1) {
            base = base + DEFAULT_PLATFORM_SCHEMA;
        }
        if (!params.contains("createDatabaseIfNotExist")) {
            params = params.isEmpty() ? "createDatabaseIfNotExist=true" : params + "&createDatabaseIfNotExist=true";
        }
        return base + "?" + params;
    }

    /**
     * Puts the account into the URL: MicroProfile Config treats an empty value as missing, so a
     * server without a password could not be given one through a separate setting.
     */
    static String withCredentials(String url, String user, String password) {
        String separator = url.contains("?") ? "&" : "?";
        return url + separator + "user=" + encode(user) + "&password=" + encode(password);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
