package org.microcare.interfaces.council.web.matching;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.domain.model.matching.Reason;
import org.microcare.interfaces.council.web.CodeNames;

/**
 * Says a matching {@link Reason} in a language: the bundle's {@code key.firstArgument} when there is
 * one (such as {@code match.reason.gender.FEMALE}, "A woman, as preferred"), else {@code key} formatted with the
 * arguments: a language or the specialisms by name ({@link CodeNames}), services and a locality by the
 * council's names when given, weekday codes written as the language's day names.
 */
public final class MatchWords {

    private static final Pattern DAY = Pattern.compile("\\b(MON|TUE|WED|THU|FRI|SAT|SUN)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

    private final ResourceBundle bundle;
    private final Locale locale;
    /**
     * Each bundle text parsed once per instance (a page or an answer says the same few reasons for hundreds
     * of matches; parsing the pattern for every one cost more than ranking them). Not shared between threads:
     * {@link MessageFormat} is not thread-safe, and an instance serves one request.
     */
    private final Map<String, Optional<MessageFormat>> formats = new HashMap<>();
    /**
     * Each reason said once per instance: hundreds of matches share a few dozen reasons ("speaks English",
     * "free Tue mornings"), and writing the day names into the arguments was over half of this class's CPU
     * under JFR (docs/benchmarks.md, "Reasons said once").
     */
    private final Map<Reason, String> said = new HashMap<>();

    /** The council's names for the codes of one of its lists, asked for a list the first time a reason names one of its codes. */
    private final Function<Kind, Map<String, String>> councilNames;
    private final Map<Kind, Map<String, String>> named = new EnumMap<>(Kind.class);

    public MatchWords(Locale locale) {
        this(locale, kind -> Map.of());
    }

    /**
     * Saying services and localities by the council's names for them (such as {@code ProgrammeLists::names}); a code
     * without a name is said as it is.
     */
    public MatchWords(Locale locale, Function<Kind, Map<String, String>> councilNames) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.microcare.interfaces.council.web.messages", locale);
        this.councilNames = councilNames;
    }

    public String say(Reason reason) {
        return said.computeIfAbsent(reason, this::compose);
    }

    private String compose(Reason reason) {
        List<String> args = reason.args();
        if (!args.isEmpty()) {
            Optional<MessageFormat> special = format(reason.key() + "." + args.get(0));
            if (special.isPresent()) {
                return special.get().format(args.subList(1, args.size()).toArray());
            }
        }
        List<Object> values = new ArrayList<>();
        UnaryOperator<String> name = switch (reason.key().substring(reason.key().lastIndexOf('.') + 1)) {
            case "language" -> code -> CodeNames.language(bundle, locale, code);
            case "specialisms" -> code -> CodeNames.specialism(bundle, code);
            case "services" -> code -> council(Kind.SERVICE).getOrDefault(code, code);
            case "locality" -> code -> council(Kind.LOCALITY).getOrDefault(code, code);
            default -> null;
        };
        if (name != null) {
            // one code, or several joined by ", " (Matching's lists of specialisms and services)
            values.add(Stream.of(args.get(0).split(", ")).map(name).collect(Collectors.joining(", ")));
        } else {
            for (String a : args) {
                values.add(NUMBER.matcher(a).matches() ? (Object) Integer.valueOf(a) : days(a));
            }
        }
        return format(reason.key()).orElseThrow(() -> new java.util.MissingResourceException("No text for " + reason.key(),
                bundle.getClass().getName(), reason.key())).format(values.toArray());
    }

    private Map<String, String> council(Kind kind) {
        return named.computeIfAbsent(kind, councilNames);
    }

    private Optional<MessageFormat> format(String key) {
        return formats.computeIfAbsent(key, k -> bundle.containsKey(k) ? Optional.of(new MessageFormat(bundle.getString(k), locale)) : Optional.empty());
    }

    public List<String> say(List<Reason> reasons) {
        return reasons.stream().map(this::say).toList();
    }

    private String days(String text) {
        Matcher m = DAY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(bundle.getString("me.day." + m.group(1))));
        }
        return m.appendTail(out).toString();
    }
}
