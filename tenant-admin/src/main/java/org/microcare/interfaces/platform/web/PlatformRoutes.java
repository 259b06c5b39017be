package org.microcare.interfaces.platform.web;

import java.util.Map;
import java.util.Optional;

/** Console page paths (within {@code /platform}) and their views; every page but sign-in needs an operator. */
final class PlatformRoutes {

    static final String VIEWS = "/WEB-INF/views/platform/";
    static final Map<String, String> VIEW_BY_PATH = Map.of(
            "/", "councils",
            "/sign-in", "sign-in",
            "/councils/new", "council-new",
            "/councils/confirm", "council-confirm",
            "/usage", "usage",
            "/accessibility", "accessibility");

    private PlatformRoutes() {
    }

    static Optional<String> viewFor(String path) {
        return Optional.ofNullable(VIEW_BY_PATH.get(path.isEmpty() ? "/" : path)).map(v -> VIEWS + v + ".xhtml");
    }

    static Optional<String> pathOf(String viewId) {
        return VIEW_BY_PATH.entrySet().stream().filter(e -> (VIEWS + e.getValue() + ".xhtml").equals(viewId))
                .map(Map.Entry::getKey).findFirst();
    }

    static boolean isPublic(String path) {
        return path.equals("/sign-in") || path.equals("/accessibility");
    }
}
