package org.microcare.testing;

import java.util.stream.Stream;

/**
 * The newest council migration among file names such as {@code V13__clients.sql} or
 * {@code V14_1__Compliance_window_backfill.class} ({@code 14.1}), in Flyway's order of versions: what
 * every council schema reaches, so tests never write a schema version down by hand.
 */
public final class MigrationVersions {

    private MigrationVersions() {
    }

    /** The highest version among the names that are migrations ({@code V<digits and _>__…}); others are left out. */
    public static String newest(Stream<String> fileNames) {
        return fileNames.filter(n -> n.matches("V[\\d_]+__[^$]*\\.(sql|java|class)")).map(n -> n.substring(1, n.indexOf("__")).replace('_', '.'))
                .max(MigrationVersions::compare).orElseThrow();
    }

    /** Part by part, as numbers (14 < 14.1 < 15). */
    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
