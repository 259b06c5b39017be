package org.microcare.interfaces.council.web;

import java.util.Map;
import java.util.Optional;

/** Council page paths ({@code /c/{tenant}/…}) and the views and access they map to. */
public final class CouncilRoutes {

    /** Who may open a page. */
    public enum Access { PUBLIC, SIGNED_IN, ADMIN }

    /** One page. */
    public record Route(String path, String viewId, Access access) {
    }

    public static final String VIEWS = "/WEB-INF/views/council/";

    private static final Map<String, Route> BY_PATH = Map.of(
            "/", route("/", "home", Access.SIGNED_IN),
            "/sign-in", route("/sign-in", "sign-in", Access.PUBLIC),
            "/change-password", route("/change-password", "change-password", Access.SIGNED_IN),
            "/users", route("/users", "users", Access.ADMIN),
            "/users/new", route("/users/new", "user-new", Access.ADMIN),
            "/users/edit", route("/users/edit", "user-edit", Access.ADMIN),
            "/audit", route("/audit", "audit", Access.ADMIN),
            "/accessibility", route("/accessibility", "accessibility", Access.PUBLIC));

    private CouncilRoutes() {
    }

    private static Route route(String path, String view, Access access) {
        return new Route(path, VIEWS + view + ".xhtml", access);
    }

    public static Optional<Route> forPath(String path) {
        return Optional.ofNullable(BY_PATH.get(path.isEmpty() ? "/" : path));
    }

    /** The path a view answers at, for form actions. */
    public static Optional<String> pathOf(String viewId) {
        return BY_PATH.values().stream().filter(r -> r.viewId().equals(viewId)).map(Route::path).findFirst();
    }
}
