package org.microcare.interfaces.council.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.microcare.application.AuthenticatedUser;
import org.microcare.domain.model.user.Role;

/** Council page paths ({@code /c/{tenant}/…}) and the views and access they map to. */
public final class CouncilRoutes {

    /** Who may open a page. */
    public enum Access {
        PUBLIC, SIGNED_IN, ADMIN,
        /** Brokers and admins: pages that record micro-enterprises, and the client pages admins may read. */
        BROKER,
        /** Brokers only: pages that add or change clients (API.md: clients are written by brokers). */
        CASEWORKER;

        public boolean allows(AuthenticatedUser user) {
            return switch (this) {
                case PUBLIC, SIGNED_IN -> true;
                case ADMIN -> user.hasRole(Role.COUNCIL_ADMIN);
                case BROKER -> user.hasRole(Role.COUNCIL_ADMIN) || user.hasRole(Role.BROKER);
                case CASEWORKER -> user.hasRole(Role.BROKER);
            };
        }
    }

    /** One page; a path may end in {@value #ID_SEGMENT}, standing for a record id (see {@link #pathId(String)}). */
    public record Route(String path, String viewId, Access access) {

        boolean hasId() {
            return path.endsWith(ID_SEGMENT);
        }

        /** The id this route reads from {@code path}, if the path is this route's with a well-formed id. */
        Optional<String> idIn(String requested) {
            if (!hasId()) {
                return Optional.empty();
            }
            String prefix = path.substring(0, path.length() - ID_SEGMENT.length());
            if (!requested.startsWith(prefix)) {
                return Optional.empty();
            }
            String id = requested.substring(prefix.length());
            return RECORD_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
        }
    }

    /** The last segment of a route path that stands for a record id. */
    public static final String ID_SEGMENT = "{id}";

    /** What a record id in a path may be (ids are UUIDs): anything else matches no route, so it is a 404. */
    private static final Pattern RECORD_ID = Pattern.compile("^[A-Za-z0-9-]{1,64}$");

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
            route("/micro-enterprises/absence", "microenterprise/absence", Access.BROKER),
            route("/micro-enterprises/absence-cancel", "microenterprise/absence-cancel", Access.BROKER),
            route("/micro-enterprises/cover", "microenterprise/cover", Access.BROKER),
            route("/clients", "client/clients", Access.BROKER),
            route("/clients/new", "client/client-new", Access.CASEWORKER),
            route("/clients/view", "client/client", Access.BROKER),
            route("/clients/matches", "client/matches", Access.BROKER),
            route("/clients/edit", "client/client-edit", Access.CASEWORKER),
            route("/arrangements/new", "arrangement/arrangement-new", Access.CASEWORKER),
            route("/arrangements/view", "arrangement/arrangement", Access.BROKER),
            route("/clients/introduction-shortlist", "client/introduction-shortlist", Access.CASEWORKER),
            route("/clients/introduce", "client/introduce", Access.CASEWORKER),
            route("/clients/introduction-outcome", "client/introduction-outcome", Access.CASEWORKER),
            route("/clients/reassessment", "client/reassessment", Access.BROKER),
            route("/clients/reassessment-close", "client/reassessment-close", Access.BROKER),
            route("/concerns/new", "concern/concern-new", Access.BROKER),
            route("/concerns/view", "concern/concern", Access.BROKER),
            route("/clients/export", "client/client-export", Access.ADMIN),
            route("/clients/export-json", "client/client-export-json", Access.ADMIN),
            route("/clients/erase", "client/client-erase", Access.ADMIN),
            route("/dashboard", "dashboard", Access.SIGNED_IN),
            route("/reports", "reports/reports", Access.SIGNED_IN),
            route("/reports/csv", "reports/reports-csv", Access.SIGNED_IN),
            route("/reports/board-pack", "reports/board-pack", Access.SIGNED_IN),
            route("/reports/measure", "reports/measure", Access.SIGNED_IN),
            route("/reports/workforce", "reports/workforce", Access.SIGNED_IN),
            route("/reports/workforce/csv", "reports/workforce-csv", Access.SIGNED_IN),
            route("/reports/funding-mix", "reports/funding-mix", Access.SIGNED_IN),
            route("/reports/funding-mix/csv", "reports/funding-mix-csv", Access.SIGNED_IN),
            route("/reports/journey-flow", "reports/journey-flow", Access.SIGNED_IN),
            route("/reports/journey-flow/csv", "reports/journey-flow-csv", Access.SIGNED_IN),
            route("/community", "community/community", Access.SIGNED_IN),
            route("/community/new", "community/activity-new", Access.BROKER),
            route("/community/edit", "community/activity-edit", Access.BROKER),
            // the public directory: no sign-in
            route("/directory", "directory/directory", Access.PUBLIC),
            route("/directory/shortlist", "directory/shortlist", Access.PUBLIC),
            route("/directory/activities", "directory/activities", Access.PUBLIC))
            .collect(Collectors.toUnmodifiableMap(Route::path, r -> r));

    /** Pages whose path ends in a record id; a fixed path above wins over these ({@code /directory/shortlist}, {@code /directory/activities}). */
    private static final List<Route> WITH_ID = List.of(
            route("/directory/" + ID_SEGMENT, "directory/profile", Access.PUBLIC));

    private CouncilRoutes() {
    }

    private static Route route(String path, String view, Access access) {
        return new Route(path, VIEWS + view + ".xhtml", access);
    }

    public static Optional<Route> forPath(String path) {
        String wanted = path.isEmpty() ? "/" : path;
        Route fixed = BY_PATH.get(wanted);
        if (fixed != null) {
            return Optional.of(fixed);
        }
        return WITH_ID.stream().filter(r -> r.idIn(wanted).isPresent()).findFirst();
    }

    /** The record id a page path names ({@code /directory/abc-123} → {@code abc-123}); empty for every other path. */
    public static Optional<String> pathId(String path) {
        if (path == null || BY_PATH.containsKey(path)) {
            return Optional.empty();
        }
        return WITH_ID.stream().map(r -> r.idIn(path)).flatMap(Optional::stream).findFirst();
    }

    /**
     * The path a view answers at, for form actions; for a route with an id, the path of the page being
     * shown ({@code currentPath}) when it is one of that route's.
     */
    public static Optional<String> pathOf(String viewId, String currentPath) {
        Optional<String> fixed = BY_PATH.values().stream().filter(r -> r.viewId().equals(viewId)).map(Route::path).findFirst();
        if (fixed.isPresent()) {
            return fixed;
        }
        return WITH_ID.stream().filter(r -> r.viewId().equals(viewId) && currentPath != null && r.idIn(currentPath).isPresent())
                .map(r -> currentPath).findFirst();
    }
}
