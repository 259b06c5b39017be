package org.microcare.interfaces.council.web;

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
import jakarta.inject.Named;

/**
 * Money and dates as the pages show them, in the page's language: {@code £1,000.00}, {@code 1 April 2024}
 * ({@code 1 Ebrill 2024} in Welsh).
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
        return day == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", Texts.locale()).format(day);
    }

    /** "3 June 2024 14:05", UK time. */
    public static String dateTimeText(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Texts.locale()).format(at.atZone(LONDON));
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
}
