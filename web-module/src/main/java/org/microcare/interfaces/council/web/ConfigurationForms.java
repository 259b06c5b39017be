package org.microcare.interfaces.council.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import org.microcare.domain.shared.Violation;

/**
 * What the programme configuration pages (settings, services, localities, targets, rates) share:
 * reading numbers, dates and money typed into forms, saying what is wrong with them in the page's
 * language, showing dates and money, redirecting and answering 404.
 */
public final class ConfigurationForms {

    private static final Pattern MONEY = Pattern.compile("^-?\\d{1,12}(\\.\\d+)?$");
    private static final BigDecimal MAX_MONEY = new BigDecimal("9999999.99");

    private ConfigurationForms() {
    }

    /** A whole number as typed, or null when it is missing or not a whole number (the service then says what is wanted). */
    public static Integer wholeNumber(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A version sent back by a form, or null when missing or mangled. */
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

    /** A date as typed, or null when missing or not a real {@code yyyy-MM-dd} date. */
    public static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** What is wrong with a typed date: {@code missing}, {@code invalid}, or null when it is fine or may be left empty. */
    public static String dateProblem(String text, boolean required) {
        if (text == null || text.isBlank()) {
            return required ? "missing" : null;
        }
        return date(text) == null ? "invalid" : null;
    }

    /** What is wrong with a typed amount of money: {@code missing}, {@code invalid}, {@code decimals}, {@code notPositive}, {@code tooLarge}. */
    public static String moneyProblem(String raw) {
        if (raw == null || raw.isBlank()) {
            return "missing";
        }
        String text = raw.trim().replace("£", "").replace(",", "");
        if (!MONEY.matcher(text).matches()) {
            return "invalid";
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.stripTrailingZeros().scale() > 2) {
            return "decimals";
        }
        if (amount.signum() <= 0) {
            return "notPositive";
        }
        return amount.compareTo(MAX_MONEY) > 0 ? "tooLarge" : null;
    }

    /**
     * A rule broken on a form, in the page's language: the bundle's {@code prefix + field + "." + problem}
     * if there is one, else {@code prefix + field}, else the service's own words.
     */
    public static String violation(String prefix, Violation v, String problem) {
        ResourceBundle bundle = bundle();
        String field = v.field() == null ? "form" : v.field();
        if (problem != null && bundle.containsKey(prefix + field + "." + problem)) {
            return bundle.getString(prefix + field + "." + problem);
        }
        return bundle.containsKey(prefix + field) ? bundle.getString(prefix + field) : v.message();
    }

    /** Whether a change failed because someone else saved the same record first (the database noticed, not the service). */
    public static boolean stale(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            // jakarta.persistence.OptimisticLockException, or EclipseLink's own of the same name
            if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the signed-in user is a council admin; if not, the answer becomes 403 and the caller changes nothing. */
    public static boolean admin(CouncilPage council) throws IOException {
        if (council.isAdmin()) {
            return true;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(403, "");
        faces.responseComplete();
        return false;
    }

    public static String param(String name) {
        String value = CouncilPage.request().getParameter(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static void redirect(String url) throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().redirect(url);
    }

    /** Answers 404 (the record is not there or belongs to another council) instead of rendering the page. */
    public static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (!faces.getResponseComplete()) {
            external.responseSendError(404, "");
            faces.responseComplete();
        }
    }

    public static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle("org.microcare.interfaces.council.web.messages", locale());
    }

    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }
}
