package org.microcare.interfaces.council.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.microcare.application.AuthenticatedUser;
import org.microcare.interfaces.shared.web.BrowserSessions;

/** What a browser session holds: the signed-in council user (of one council only) and the language. */
public final class CouncilSessions {

    static final String USER = "microcare.council.user";
    static final String LANGUAGE = "microcare.language";

    private CouncilSessions() {
    }

    /** The session's user if they signed in to this council; a session of another council counts for nothing. */
    public static Optional<AuthenticatedUser> userFor(HttpServletRequest request, String tenantId) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(USER) instanceof AuthenticatedUser user)) {
            return Optional.empty();
        }
        return user.tenantId().equals(tenantId) ? Optional.of(user) : Optional.empty();
    }

    public static void signIn(HttpServletRequest request, AuthenticatedUser user) {
        BrowserSessions.signIn(request, USER, user);
    }

    public static void refresh(HttpServletRequest request, AuthenticatedUser user) {
        request.getSession().setAttribute(USER, user);
    }

    public static void signOut(HttpServletRequest request) {
        BrowserSessions.signOut(request, LANGUAGE);
    }

    public static String language(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object lang = session == null ? null : session.getAttribute(LANGUAGE);
        return "cy".equals(lang) ? "cy" : "en";
    }

    public static void setLanguage(HttpServletRequest request, String language) {
        request.getSession(true).setAttribute(LANGUAGE, "cy".equals(language) ? "cy" : "en");
    }
}
