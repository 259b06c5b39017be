package org.microcare.interfaces.platform.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.microcare.application.OperatorAudit;
import org.microcare.interfaces.shared.web.BrowserSessions;

/** The console shell: who is signed in, and signing out. */
@Named("console")
@RequestScoped
public class ConsolePage {

    @Inject
    OperatorAudit audit;

    public boolean isSignedIn() {
        return ConsoleFilter.operator(request()).isPresent();
    }

    public String getOperator() {
        return ConsoleFilter.operator(request()).orElse("");
    }

    public String getLanguage() {
        return ConsoleFilter.language(request());
    }

    /** The same page in the other language. */
    public String getLanguageSwitchUrl() {
        String other = "cy".equals(getLanguage()) ? "en" : "cy";
        Object page = request().getAttribute("jakarta.servlet.forward.request_uri");
        return request().getContextPath() + "/language/" + other
                + (page == null ? "" : "?return=" + java.net.URLEncoder.encode(page.toString(), java.nio.charset.StandardCharsets.UTF_8));
    }

    public void signOut() throws IOException {
        HttpServletRequest request = request();
        ConsoleFilter.operator(request).ifPresent(o -> audit.record(o, "SIGN_OUT", null, "console"));
        BrowserSessions.signOut(request, ConsoleFilter.LANGUAGE);
        FacesContext.getCurrentInstance().getExternalContext().redirect(request.getContextPath() + "/sign-in");
    }

    static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    static String text(String key, Object... args) {
        String text = bundle().getString(key);
        return args.length == 0 ? text : java.text.MessageFormat.format(text, args);
    }

    /** The bundle's text for {@code key}, or {@code fallback} (a service's own words) when it has none. */
    static String textOr(String key, String fallback) {
        return bundle().containsKey(key) ? bundle().getString(key) : fallback;
    }

    private static java.util.ResourceBundle bundle() {
        return java.util.ResourceBundle.getBundle("org.microcare.interfaces.platform.web.messages",
                java.util.Locale.forLanguageTag(ConsoleFilter.language(request())));
    }

    /** Answers 404 with the console's not-found page instead of rendering the page (no such council). */
    static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getResponseComplete()) {
            return;
        }
        try {
            faces.getExternalContext().responseSendError(404, "");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    static void redirect(String path) throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().redirect(request().getContextPath() + path);
    }
}
