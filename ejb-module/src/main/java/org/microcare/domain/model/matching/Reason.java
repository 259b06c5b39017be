package org.microcare.domain.model.matching;

import java.util.List;

/**
 * One thing said about a match, as a message key (in the council bundles, {@code match.*}) and its
 * arguments, so that the API and the pages can say it in the reader's language.
 */
public record Reason(String key, List<String> args) {

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String key, String... args) {
        return new Reason(key, List.of(args));
    }
}
