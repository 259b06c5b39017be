package org.microcare.interfaces.council.web.matching;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.microcare.domain.model.matching.Reason;
import org.microcare.interfaces.council.web.CodeNames;

/**
 * Says a matching {@link Reason} in a language: the bundle's {@code key.firstArgument} when there is
 * one (such as {@code match.reason.language.cy}, "Speaks Welsh"), else {@code key} formatted with the
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

    /** The council's names of its service and locality codes, for the reasons that name them (why an ME is left out). */
    private final Map<String, String> services;
    private final Map<String, String> localities;

    public MatchWords(Locale locale) {
        this(locale, Map.of(), Map.of());
    }

    /** Saying services and localities by the council's names for them: codes without a name are said as they are. */
    public MatchWords(Locale locale, Map<String, String> services, Map<String, String> localities) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.microcare.interfaces.council.web.messages", locale);
        this.services = services;
        this.localities = localities;
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
        if (reason.key().endsWith(".language")) {
            values.add(CodeNames.language(bundle, locale, args.get(0)));
        } else if (reason.key().endsWith(".specialisms")) {
            values.add(Stream.of(args.get(0).split(", ")).map(code -> CodeNames.specialism(bundle, code)).collect(Collectors.joining(", ")));
        } else if (reason.key().endsWith(".services")) {
            values.add(Stream.of(args.get(0).split(", ")).map(code -> services.getOrDefault(code, code)).collect(Collectors.joining(", ")));
        } else if (reason.key().endsWith(".locality")) {
            values.add(localities.getOrDefault(args.get(0), args.get(0)));
        } else {
            for (String a : args) {
                values.add(NUMBER.matcher(a).matches() ? (Object) Integer.valueOf(a) : days(a));
            }
        }
        return format(reason.key()).orElseThrow(() -> new java.util.MissingResourceException("No text for " + reason.key(),
                bundle.getClass().getName(), reason.key())).format(values.toArray());
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
