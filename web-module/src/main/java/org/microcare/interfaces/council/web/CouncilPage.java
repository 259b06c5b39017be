package org.microcare.interfaces.council.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.microcare.application.Actor;
import org.microcare.application.AuthenticatedUser;
import org.microcare.application.CouncilAuthenticator;
import org.microcare.application.ProgrammeQueries;
import org.microcare.domain.model.programme.Programme;
import org.microcare.domain.model.user.Role;
import org.microcare.infrastructure.tenancy.CurrentTenant;
import org.microcare.infrastructure.tenancy.TenantContext;

/** What every council page shows in its shell: council, programme, signed-in user, navigation, language. */
@Named("council")
@RequestScoped
public class CouncilPage {

    @Inject
    ProgrammeQueries programmes;

    @Inject
    CouncilAuthenticator authenticator;

    private CurrentTenant tenant;
    private Programme programme;
    private boolean unreadable;

    @PostConstruct
    void load() {
        tenant = TenantContext.current().orElse(null);
    }

    /**
     * A page that read the programme in its own council transaction hands it over here, so the shell
     * does not read it again in another (docs/benchmarks.md, directory search); otherwise the shell reads it
     * when it first shows it.
     */
    public void programmeRead(Programme read) {
        if (programme == null && tenant != null) {
            programme = read;
        }
    }

    /**
     * The programme, read once when first shown. An error page is rendered after the council's request has
     * ended (its tenant context is gone) or after reading the council failed: then the shell shows
     * Microcare's own name rather than reading again, so the error page itself cannot fail.
     */
    private Programme programme() {
        if (programme == null && tenant != null && !unreadable) {
            if (TenantContext.current().isEmpty()) {
                unreadable = true;
                return null;
            }
            try {
                programme = programmes.programme();
            } catch (RuntimeException e) {
                unreadable = true;
                throw e;
            }
        }
        return programme;
    }

    public boolean isPresent() {
        return tenant != null;
    }

    public String getBase() {
        return tenant == null ? request().getContextPath() : request().getContextPath() + "/c/" + tenant.id();
    }

    public String getCouncilName() {
        return programme() == null ? "Microcare" : programme.getCouncilName();
    }

    public String getProgrammeName() {
        return programme() == null ? "Microcare" : programme.getProgrammeName();
    }

    /** The programme with its settings, for pages that show them. */
    public Programme getProgramme() {
        return programme();
    }

    /** Brokers and admins may record micro-enterprises. */
    public boolean isBroker() {
        return user().map(u -> u.hasRole(Role.COUNCIL_ADMIN) || u.hasRole(Role.BROKER)).orElse(false);
    }

    /** Brokers work cases: only they add and change clients (admins read them and see who viewed them). */
    public boolean isCaseworker() {
        return user().map(u -> u.hasRole(Role.BROKER)).orElse(false);
    }

    public boolean isWelshOffered() {
        return programme() != null && programme.isWelshLanguage();
    }

    public String getLanguage() {
        return CouncilSessions.language(request());
    }

    /** Where the language link leads: the same page (with its query, such as a directory search) in the other language. */
    public String getLanguageSwitchUrl() {
        String other = "cy".equals(getLanguage()) ? "en" : "cy";
        String page = (String) request().getAttribute("jakarta.servlet.forward.request_uri");
        String query = (String) request().getAttribute("jakarta.servlet.forward.query_string");
        if (page != null && query != null && !query.isEmpty()) {
            page = page + "?" + query;
        }
        return getBase() + "/language/" + other + (page == null ? "" : "?return=" + java.net.URLEncoder.encode(page, java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * The path of the page being shown within its council ({@code /directory/abc-123}), from the address
     * the tenant filter forwarded; null outside a council page.
     */
    public static String pagePath(FacesContext context) {
        String uri = (String) context.getExternalContext().getRequestMap().get("jakarta.servlet.forward.request_uri");
        String tenant = TenantContext.current().map(CurrentTenant::id).orElse(null);
        if (uri == null || tenant == null) {
            return null;
        }
        String prefix = context.getExternalContext().getRequestContextPath() + "/c/" + tenant;
        return uri.startsWith(prefix) ? uri.substring(prefix.length()) : null;
    }

    public Optional<AuthenticatedUser> user() {
        return tenant == null ? Optional.empty() : CouncilSessions.userFor(request(), tenant.id());
    }

    public boolean isSignedIn() {
        return user().isPresent();
    }

    public String getUserName() {
        return user().map(AuthenticatedUser::displayName).orElse("");
    }

    public String getUsername() {
        return user().map(AuthenticatedUser::username).orElse("");
    }

    public List<String> getRoles() {
        return user().map(u -> u.roles().stream().map(Role::name).sorted().toList()).orElse(List.of());
    }

    public boolean isAdmin() {
        return user().map(u -> u.hasRole(Role.COUNCIL_ADMIN)).orElse(false);
    }

    /** The work areas of the service navigation this user may open, first the dashboard: path and label. */
    public List<Choice> getNavigation() {
        List<Choice> items = new java.util.ArrayList<>(List.of(
                new Choice("dashboard", Texts.get("nav.dashboard")),
                new Choice("micro-enterprises", Texts.get("nav.microEnterprises")),
                new Choice("grants", Texts.get("nav.grants")),
                new Choice("programme", Texts.get("nav.programme")),
                new Choice("reports", Texts.get("nav.reports"))));
        if (isBroker()) {
            items.add(2, new Choice("clients", Texts.get("nav.clients")));
        }
        if (isAdmin()) {
            items.add(new Choice("users", Texts.get("nav.users")));
            items.add(new Choice("audit", Texts.get("nav.audit")));
        }
        return items;
    }

    /** Pages that belong to a navigation area though their path does not start with it. */
    private static final Map<String, String> AREA_OF = Map.of("settings", "programme", "services", "programme", "localities", "programme",
            "framework", "programme", "rates", "programme", "targets", "programme", "community", "programme");

    /**
     * For the navigation's {@code aria-current}: {@code page} when this page is the area's own page,
     * {@code true} when it is another page of the area (an ME's page is in "micro-enterprises"), else null.
     */
    public String navCurrent(String area) {
        Object uri = request().getAttribute("jakarta.servlet.forward.request_uri");
        String path = uri == null ? request().getRequestURI() : uri.toString();
        String prefix = getBase() + "/";
        if (!path.startsWith(prefix)) {
            return null;
        }
        String rest = path.substring(prefix.length());
        String first = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        if (rest.equals(area)) {
            return "page";
        }
        return first.equals(area) || area.equals(AREA_OF.get(first)) ? "true" : null;
    }

    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = request();
        user().ifPresent(u -> authenticator.recordSignOut(new Actor(u.username(), request.getRemoteAddr())));
        CouncilSessions.signOut(request);
        external.redirect(getBase() + "/sign-in?signedOut=true");
    }

    public static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
