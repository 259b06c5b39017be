package org.microcare.interfaces.council.web.matching;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.microcare.domain.model.matching.Reason;

/**
 * Says a matching {@link Reason} in a language: the bundle's {@code key.firstArgument} when there is
 * one (such as {@code match.reason.language.cy}, "Speaks Welsh"), else {@code key} formatted with the
 * arguments, weekday codes in them written as the language's day names.
 */
public final class MatchWords {

    private static final Pattern DAY = Pattern.compile("\\b(MON|TUE|WED|THU|FRI|SAT|SUN)\\b");

    private final ResourceBundle bundle;
    private final Locale locale;

    public MatchWords(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.microcare.interfaces.council.web.messages", locale);
    }

    public String say(Reason reason) {
        List<String> args = reason.args();
        if (!args.isEmpty() && bundle.containsKey(reason.key() + "." + args.get(0))) {
            return new MessageFormat(bundle.getString(reason.key() + "." + args.get(0)), locale).format(args.subList(1, args.size()).toArray());
        }
        List<Object> values = new ArrayList<>();
        for (String a : args) {
            values.add(a.matches("\\d{1,9}") ? (Object) Integer.valueOf(a) : days(a));
        }
        return new MessageFormat(bundle.getString(reason.key()), locale).format(values.toArray());
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
