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
 * that does not fit: money with two places at most, real dates {@code yyyy-MM-dd} from 1900 to 2999,
 * times {@code HH:mm}, codes in capitals, text without control characters. A bad value comes back
 * as null; the caller throws once all are checked. Pages and the API share these rules; the API's
 * strict body reader checks JSON types first and then defers to the same rules.
 */
public final class Fields {

    public static final BigDecimal MAX_MONEY = new BigDecimal("9999999.99");
    /** Plain pounds and pence with a dot; a comma is only ever a thousands separator in groups of three. */
    private static final Pattern MONEY = Pattern.compile("^-?(\\d{1,12}|\\d{1,3}(,\\d{3}){1,3})(\\.\\d+)?$");
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;
    private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
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
        if (text.contains(",") || !MONEY.matcher(text).matches()) {
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
        String text = raw.toString().trim();
        if (text.startsWith("£")) {
            text = text.substring(1).trim();
        }
        // thousands separators go; any other comma ("20,50") stays, and moneyProblem calls the sum invalid
        return MONEY.matcher(text).matches() ? text.replace(",", "") : text;
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
        LocalDate day = parseDate(text);
        if (day == null) {
            v.require(false, field, label + " must be a real date written yyyy-MM-dd, like 2024-04-01");
        } else if (!inYears(day)) {
            v.require(false, field, label + " must be between the years " + MIN_YEAR + " and " + MAX_YEAR);
            return null;
        }
        return day;
    }

    /** A real {@code yyyy-MM-dd} date (four-digit year, no sign), or null; the year range is not checked here. */
    public static LocalDate parseDate(String text) {
        if (text == null || !ISO_DATE.matcher(text.trim()).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether a day lies in the years this system accepts (1900 to 2999). */
    public static boolean inYears(LocalDate day) {
        return day.getYear() >= MIN_YEAR && day.getYear() <= MAX_YEAR;
    }

    /**
     * What is wrong with a piece of text, or null: {@code control} when it holds a control character
     * (tab, line feed and carriage return are allowed only in multi-line text) or half of a surrogate pair.
     */
    public static String textProblem(String text, boolean multiline) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            if (Character.isSurrogate(c) || (Character.getType(c) == Character.CONTROL && !(multiline && lineBreakOrTab))) {
                return "control";
            }
        }
        return null;
    }

    /** Text a client sent, made safe to repeat in a message: control characters shown as '?', at most 60 characters. */
    public static String shorten(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(60).forEach(cp -> out.appendCodePoint(Character.getType(cp) == Character.CONTROL
                || Character.getType(cp) == Character.SURROGATE ? '?' : cp));
        return text.codePointCount(0, text.length()) > 60 ? out + "…" : out.toString();
    }

    /** The message for text with a control character. */
    public static String controlMessage(String label, boolean multiline) {
        return label + (multiline ? " must not contain control characters" : " must be one line without control characters");
    }

    /** A whole number given as text (a query parameter), {@code otherwise} when not given; not a number is a violation. */
    public static int whole(String text, int otherwise, String field, Violations v) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            v.require(false, field, field + " must be a whole number");
            return otherwise;
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
        return optionalText(text, field, label, maxLength, false, v);
    }

    /** Optional free text that may run over several lines (notes, guidance). */
    public static String optionalText(String text, String field, String label, int maxLength, boolean multiline, Violations v) {
        if (text == null || text.isBlank()) {
            return null;
        }
        v.require(text.trim().length() <= maxLength, field, label + " must be " + maxLength + " characters or fewer");
        v.require(textProblem(text, multiline) == null, field, controlMessage(label, multiline));
        return text.trim();
    }

    /** An optional end date must not be before the start. */
    public static void period(LocalDate start, LocalDate end, String endField, String endLabel, String startLabel, Violations v) {
        if (start != null && end != null) {
            v.require(!end.isBefore(start), endField, endLabel + " must not be before " + startLabel.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * A field fixed when the record was made (a rate's type, a target's metric, a code): a change may
     * repeat it, but a different value is refused rather than ignored.
     */
    public static void unchanged(String sent, Object stored, String field, String label) {
        if (sent != null && !normaliseCode(sent).equals(String.valueOf(stored))) {
            throw new InvalidInputException(field, label + " cannot be changed (it is " + stored + "); add a new record instead");
        }
    }

    /** UK postcodes, as Royal Mail writes them (with or without the space). */
    private static final Pattern POSTCODE = Pattern.compile("^(GIR ?0AA|[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2})$");

    /** A UK postcode, upper case with one space before the inward code ({@code KA10 6EP}); required. */
    public static String postcode(String text, String field, Violations v) {
        if (text == null || text.isBlank()) {
            v.require(false, field, "Postcode is required");
            return null;
        }
        String compact = text.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        if (!POSTCODE.matcher(compact).matches()) {
            v.require(false, field, "Enter a real UK postcode, like KA10 6EP");
            return null;
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    /** A stale edit: the caller saw another version of the record than the one stored now. */
    public static void requireVersion(long seen, long current, String what) {
        if (seen != current) {
            throw new StaleVersionException(what + " was changed by someone else since you opened it; reload it and make your change again");
        }
    }
}
