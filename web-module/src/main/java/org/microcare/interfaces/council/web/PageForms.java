package org.microcare.interfaces.council.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.faces.context.FacesContext;

import org.microcare.application.Actor;
import org.microcare.domain.shared.Fields;

/**
 * What every council page bean shares: reading what was typed into a form (numbers, versions,
 * dates, money) and saying what is wrong with it, the actor of a change, and the outcomes of a
 * post (redirect, 403, 404, someone else saved first).
 */
public final class PageForms {

    private PageForms() {
    }

    /** A whole number as typed: null when blank, -1 (a value no service accepts) when not a whole number. */
    public static Integer wholeNumber(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A version sent back by a form, or null when missing or mangled (the service then refuses the change). */
    public static Long version(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A version sent back by a form, or the record's own when the form sent none (the first showing). */
    public static long version(String text, long current) {
        Long seen = version(text);
        return seen == null ? current : seen;
    }

    /** A date as typed, or null when missing or not a real {@code yyyy-MM-dd} date from 1900 to 2999 (the rule of {@link Fields#date}). */
    public static LocalDate date(String text) {
        LocalDate day = Fields.parseDate(text);
        return day != null && Fields.inYears(day) ? day : null;
    }

    /** What is wrong with a typed date: {@code missing}, {@code invalid}, or null when it is fine or may be left empty. */
    public static String dateProblem(String text, boolean required) {
        if (text == null || text.isBlank()) {
            return required ? "missing" : null;
        }
        return date(text) == null ? "invalid" : null;
    }

    /**
     * What is wrong with a typed amount, for a bundle message: {@code missing}, {@code invalid},
     * {@code decimals}, {@code notPositive} or {@code tooLarge}; null when it is a positive sum.
     */
    public static String moneyProblem(String raw) {
        String problem = Fields.moneyProblem(raw);
        if (problem != null) {
            return "negative".equals(problem) ? "notPositive" : problem;
        }
        return amount(raw).signum() == 0 ? "notPositive" : null;
    }

    /** A typed amount, or null when it is not a valid sum of money. */
    public static BigDecimal amount(String raw) {
        return Fields.moneyProblem(raw) == null ? Fields.moneyValue(raw) : null;
    }

    /** The actor of a change made on a page, as the audit log names them. */
    public static Actor actor(CouncilPage council) {
        return new Actor(council.getUsername(), CouncilPage.request().getRemoteAddr());
    }

    /** Whether the signed-in user is a council admin; if not, the answer becomes 403 and the caller changes nothing. */
    public static boolean admin(CouncilPage council) {
        if (council.isAdmin()) {
            return true;
        }
        sendError(403);
        return false;
    }

    /** Answers 403 (the signed-in user's roles do not allow the change) instead of rendering the page. */
    public static void forbidden() {
        sendError(403);
    }

    public static String param(String name) {
        String value = CouncilPage.request().getParameter(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static void redirect(String url) throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().redirect(url);
    }

    /** Answers 400 (a parameter of a download that is not what it should be) instead of rendering the page. */
    public static void badRequest() {
        sendError(400);
    }

    /** Answers 404 (the record is not there, or belongs to another council) instead of rendering the page. */
    public static void notFound() {
        sendError(404);
    }

    public static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Answers the request with a file instead of the page: {@code body} as UTF-8 of {@code contentType}, an
     * attachment named by {@code disposition}, never cached (reports and exports are read afresh).
     */
    public static void download(String contentType, String disposition, String body) {
        FacesContext faces = FacesContext.getCurrentInstance();
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        jakarta.faces.context.ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType + ";charset=UTF-8");
        external.setResponseHeader("Content-Disposition", disposition);
        external.setResponseHeader("Cache-Control", "no-store");
        external.setResponseContentLength(bytes.length);
        try {
            external.getResponseOutputStream().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private static void sendError(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getResponseComplete()) {
            return;
        }
        try {
            faces.getExternalContext().responseSendError(status, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
