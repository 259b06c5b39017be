package org.microcare.interfaces.council.web;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.microcare.application.AuthenticatedUser;
import org.microcare.domain.model.user.Role;

/** Council page paths ({@code /c/{tenant}/…}) and the views and access they map to. */
public final class CouncilRoutes {

    /** Who may open a page. */
    public enum Access {
        PUBLIC, SIGNED_IN, ADMIN,
        /** Brokers and admins: pages that record micro-enterprises. */
        BROKER;

        public boolean allows(AuthenticatedUser user) {
            return switch (this) {
                case PUBLIC, SIGNED_IN -> true;
                case ADMIN -> user.hasRole(Role.COUNCIL_ADMIN);
                case BROKER -> user.hasRole(Role.COUNCIL_ADMIN) || user.hasRole(Role.BROKER);
            };
        }
    }

    /** One page. */
    public record Route(String path, String viewId, Access access) {
    }

    public static final String VIEWS = "/WEB-INF/views/council/";

    private static final Map<String, Route> BY_PATH = Stream.of(
            route("/", "home", Access.SIGNED_IN),
            route("/sign-in", "sign-in", Access.PUBLIC),
            route("/change-password", "change-password", Access.SIGNED_IN),
            route("/users", "users/users", Access.ADMIN),
            route("/users/new", "users/user-new", Access.ADMIN),
            route("/users/edit", "users/user-edit", Access.ADMIN),
            route("/audit", "users/audit", Access.ADMIN),
            route("/accessibility", "accessibility", Access.PUBLIC),
            route("/programme", "programme/programme", Access.SIGNED_IN),
            route("/settings", "programme/settings", Access.ADMIN),
            route("/services", "programme/services", Access.SIGNED_IN),
            route("/localities", "programme/localities", Access.SIGNED_IN),
            route("/framework", "programme/framework", Access.SIGNED_IN),
            route("/framework/new", "programme/framework-new", Access.ADMIN),
            route("/framework/edit", "programme/framework-edit", Access.ADMIN),
            route("/rates", "programme/rates", Access.SIGNED_IN),
            route("/rates/new", "programme/rate-new", Access.ADMIN),
            route("/rates/edit", "programme/rate-edit", Access.ADMIN),
            route("/targets", "programme/targets", Access.SIGNED_IN),
            route("/targets/edit", "programme/target-edit", Access.ADMIN),
            route("/grants", "grants/grants", Access.SIGNED_IN),
            route("/grants/new", "grants/grant-new", Access.ADMIN),
            route("/grants/edit", "grants/grant-edit", Access.ADMIN),
            route("/grants/scheme", "grants/grant-scheme", Access.SIGNED_IN),
            route("/micro-enterprises", "microenterprise/micro-enterprises", Access.SIGNED_IN),
            route("/micro-enterprises/new", "microenterprise/micro-enterprise-new", Access.BROKER),
            route("/micro-enterprises/view", "microenterprise/micro-enterprise", Access.SIGNED_IN),
            route("/micro-enterprises/edit", "microenterprise/micro-enterprise-edit", Access.BROKER),
            route("/micro-enterprises/stage", "microenterprise/stage", Access.BROKER),
            route("/micro-enterprises/evidence", "microenterprise/evidence", Access.BROKER),
            route("/micro-enterprises/session", "microenterprise/session", Access.BROKER),
            route("/micro-enterprises/confirm", "microenterprise/confirm", Access.BROKER),
            route("/micro-enterprises/grant", "microenterprise/grant", Access.BROKER),
            route("/dashboard", "dashboard", Access.SIGNED_IN))
            .collect(Collectors.toUnmodifiableMap(Route::path, r -> r));

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
