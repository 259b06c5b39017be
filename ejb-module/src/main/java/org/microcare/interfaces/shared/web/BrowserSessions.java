package org.microcare.interfaces.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Signing a browser in and out, the same way for council pages and the operator console. */
public final class BrowserSessions {

    /** The methods a page (a Faces view) answers; anything else is a 405 with these in {@code Allow}. */
    public static final String PAGE_METHODS = "GET, HEAD, POST";

    private BrowserSessions() {
    }

    /** Whether a page may answer this request's method: browsers only GET pages and POST their forms. */
    public static boolean isPageMethod(HttpServletRequest request) {
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method) || "POST".equals(method);
    }

    /** A new session id (no fixation), then who signed in. */
    public static void signIn(HttpServletRequest request, String attribute, Object who) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(attribute, who);
    }

    /** Ends the session but keeps the visitor's chosen language. */
    public static void signOut(HttpServletRequest request, String languageAttribute) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Object language = session.getAttribute(languageAttribute);
            session.invalidate();
            if (language != null) {
                request.getSession(true).setAttribute(languageAttribute, language);
            }
        }
    }
}
