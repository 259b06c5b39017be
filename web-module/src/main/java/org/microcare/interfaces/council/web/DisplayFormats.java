package org.microcare.interfaces.council.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Money and dates as the pages show them, in the page's language: {@code £1,000.00}, {@code 1 April 2024}
 * ({@code 1 Ebrill 2024} in Welsh). Also the one way a page answers 404 for an unknown record.
 */
@Named("formats")
@ApplicationScoped
public class DisplayFormats {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Pounds and pence with a pound sign; empty for no amount. */
    public String money(BigDecimal amount) {
        return moneyText(amount);
    }

    public static String moneyText(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return "£" + format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** Pounds and pence as typed in a form: {@code 600.00}. */
    public static String plainMoney(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public String date(LocalDate day) {
        return dateText(day);
    }

    public String dateTime(Instant at) {
        return dateTimeText(at);
    }

    /** "1 April 2024" / "1 Ebrill 2024". */
    public static String dateText(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(day);
    }

    /** "3 June 2024 14:05", UK time. */
    public static String dateTimeText(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale()).format(at.atZone(LONDON));
    }

    /** The GOV.UK tag colour of an ME's stage. */
    public String stageTag(org.microcare.domain.model.microenterprise.Stage stage) {
        if (stage == null) {
            return "govuk-tag--grey";
        }
        return switch (stage) {
            case ENQUIRY -> "govuk-tag--blue";
            case DEVELOPING -> "govuk-tag--yellow";
            case LISTED -> "govuk-tag--green";
            case PAUSED -> "govuk-tag--grey";
            case LEFT -> "govuk-tag--red";
        };
    }

    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }

    /**
     * Answers 404 (the shell's not-found page) for a record that is not in this council. A postback
     * without the record's parameter is the shell's sign-out form, which must still work: no 404 then.
     */
    public static void notFound(String parameter) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() && CouncilPage.request().getParameter(parameter) == null) {
            return;
        }
        try {
            faces.getExternalContext().responseSendError(404, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** A date typed in a form, or null when blank or not a real yyyy-MM-dd date. */
    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Whether an exception from a service is a stale optimistic version (another user saved first);
     * anything else is rethrown.
     */
    public static void requireStale(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                return;
            }
        }
        throw e;
    }

    /** The actor of a change made on a page. */
    public static org.microcare.application.Actor actor(CouncilPage council) {
        return new org.microcare.application.Actor(council.getUsername(), CouncilPage.request().getRemoteAddr());
    }
}
