package org.microcare.domain.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads typed values out of what a user or API client sent, recording a violation for each value
 * that does not fit: money with two places at most, dates {@code yyyy-MM-dd}, times {@code HH:mm},
 * codes in capitals. A bad value comes back as null; the caller throws once all are checked.
 */
public final class Fields {

    public static final BigDecimal MAX_MONEY = new BigDecimal("9999999.99");
    private static final Pattern MONEY = Pattern.compile("^-?\\d{1,12}(\\.\\d+)?$");
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");
    private static final Pattern TIME = Pattern.compile("^\\d{2}:\\d{2}$");

    private Fields() {
    }

    /** A sum of money in pounds: a JSON string or number, not negative, at most two decimal places. */
    public static BigDecimal money(Object raw, String field, String label, boolean required, Violations v) {
        String problem = moneyProblem(raw);
        if (problem == null) {
            return moneyValue(raw);
        }
        switch (problem) {
            case "missing" -> v.require(!required, field, label + " is required");
            case "invalid" -> v.require(false, field, label + " must be an amount in pounds, like 16.98");
            case "decimals" -> v.require(false, field, label + " must have no more than two decimal places (pence)");
            case "negative" -> v.require(false, field, label + " must not be negative");
            default -> v.require(false, field, label + " is too large");
        }
        return null;
    }

    /**
     * What is wrong with a sum of money, or null if it is one (zero included): {@code missing},
     * {@code invalid}, {@code decimals}, {@code negative} or {@code tooLarge}. Pages use the code to
     * choose their own words; {@link #money} uses it for the API's.
     */
    public static String moneyProblem(Object raw) {
        if (raw == null || raw.toString().isBlank()) {
            return "missing";
        }
        String text = moneyText(raw);
        if (!MONEY.matcher(text).matches()) {
            return "invalid";
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.stripTrailingZeros().scale() > 2) {
            return "decimals";
        }
        if (amount.signum() < 0) {
            return "negative";
        }
        return amount.compareTo(MAX_MONEY) > 0 ? "tooLarge" : null;
    }

    /** The amount of a sum {@link #moneyProblem} found nothing wrong with, to two places. */
    public static BigDecimal moneyValue(Object raw) {
        return new BigDecimal(moneyText(raw)).setScale(2);
    }

    private static String moneyText(Object raw) {
        return raw.toString().trim().replace("£", "").replace(",", "");
    }

    /** Pounds and pence as the API writes them: {@code "16.98"}. */
    public static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2).toPlainString();
    }

    public static LocalDate date(String text, String field, String label, boolean required, Violations v) {
        if (text == null || text.isBlank()) {
            v.require(!required, field, label + " is required");
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            v.require(false, field, label + " must be a real date written yyyy-MM-dd, like 2024-04-01");
            return null;
        }
    }

    public static LocalTime time(String text, String field, String label, Violations v) {
        if (text == null || !TIME.matcher(text.trim()).matches()) {
            v.require(false, field, label + " must be a time written HH:mm, like 09:00");
            return null;
        }
        try {
            return LocalTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            v.require(false, field, label + " must be a real time written HH:mm, like 09:00");
            return null;
        }
    }

    /** A code such as {@code PERSONAL_CARE}: trimmed, upper-cased, spaces become underscores. */
    public static String code(String text, String field, String label, Violations v) {
        if (text == null || text.isBlank()) {
            v.require(false, field, label + " is required");
            return null;
        }
        String code = normaliseCode(text);
        if (!CODE.matcher(code).matches()) {
            v.require(false, field, label + " must be 2 to 40 capital letters, digits or underscores, starting with a letter");
            return null;
        }
        return code;
    }

    public static String normaliseCode(String text) {
        return text.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /** A list of codes, each checked, without repeats, in the order given. */
    public static List<String> codes(List<String> texts, String field, String label, Violations v) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        if (texts != null) {
            for (String text : texts) {
                String code = code(text, field, label, v);
                if (code != null) {
                    codes.add(code);
                }
            }
        }
        return new ArrayList<>(codes);
    }

    /** Optional free text: trimmed, null when blank, checked for length. */
    public static String optionalText(String text, String field, String label, int maxLength, Violations v) {
        if (text == null || text.isBlank()) {
            return null;
        }
        v.require(text.trim().length() <= maxLength, field, label + " must be " + maxLength + " characters or fewer");
        return text.trim();
    }

    /** An optional end date must not be before the start. */
    public static void period(LocalDate start, LocalDate end, String endField, String endLabel, String startLabel, Violations v) {
        if (start != null && end != null) {
            v.require(!end.isBefore(start), endField, endLabel + " must not be before " + startLabel.toLowerCase(Locale.ROOT));
        }
    }

    /** A stale edit: the caller saw another version of the record than the one stored now. */
    public static void requireVersion(long seen, long current, String what) {
        if (seen != current) {
            throw new ConflictException(what + " was changed by someone else since you opened it; reload it and make your change again");
        }
    }
}
