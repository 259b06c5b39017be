package org.microcare.interfaces.council.web.directory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.microcare.domain.model.directory.ListingSearch;
import org.microcare.domain.model.directory.ListingSearch.TimeOfDay;
import org.microcare.domain.model.microenterprise.AvailabilitySlot.Weekday;

/**
 * What a visitor asked the directory for, read from the query string of its GET form, so a search can
 * be bookmarked, shared and printed. A bad value never fails the page: a filter whose value is not one
 * of its choices is left out of the search and named in {@link #getIgnored()}; search words are cut to
 * {@value #MAX_WORDS_LENGTH} characters and {@value #MAX_WORDS} words ({@link #isWordsCut()}); a page
 * that is not a whole number from 1 is page 1 ({@link #isPageIgnored()}). Parameters the form does not
 * have are not read at all.
 */
public final class DirectoryQuery {

    public static final int MAX_WORDS_LENGTH = 200;
    public static final int MAX_WORDS = 10;

    /** The yes-or-nothing filters, as checkboxes send them ({@code evenings=true}), in the order the form shows them. */
    public static final List<String> FLAGS = List.of("evenings", "weekends", "personalCare", "medication", "petsOk", "spareCapacity");

    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}$");
    private static final Pattern SPECIALISM = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");
    private static final Pattern PAGE = Pattern.compile("^[0-9]{1,6}$");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private String words;
    private String service;
    private String locality;
    private Weekday day;
    private TimeOfDay time;
    private String language;
    private String specialism;
    private final Map<String, Boolean> flags = new LinkedHashMap<>();
    private int page = 1;
    private boolean wordsCut;
    private boolean pageIgnored;
    private final List<String> ignored = new ArrayList<>();

    private DirectoryQuery() {
        FLAGS.forEach(f -> flags.put(f, false));
    }

    /**
     * Reads a query: {@code param} gives a parameter's first value (null when absent); services and
     * localities must be codes of the council's lists.
     */
    public static DirectoryQuery read(Function<String, String> param, Set<String> services, Set<String> localities) {
        DirectoryQuery q = new DirectoryQuery();
        q.readWords(param.apply("words"));
        q.service = q.oneOf("service", param.apply("service"), services::contains, false);
        q.locality = q.oneOf("locality", param.apply("locality"), localities::contains, false);
        String dayText = q.oneOf("day", param.apply("day"), t -> enumValue(Weekday.class, t) != null, true);
        q.day = dayText == null ? null : enumValue(Weekday.class, dayText);
        String timeText = q.oneOf("time", param.apply("time"), t -> enumValue(TimeOfDay.class, t) != null, true);
        q.time = timeText == null ? null : enumValue(TimeOfDay.class, timeText);
        String lang = param.apply("language");
        q.language = q.oneOf("language", lang == null ? null : lang.trim().toLowerCase(Locale.ROOT), t -> LANGUAGE.matcher(t).matches(), false);
        String spec = param.apply("specialism");
        q.specialism = q.oneOf("specialism", spec == null ? null : spec.trim().toUpperCase(Locale.ROOT), t -> SPECIALISM.matcher(t).matches(),
                false);
        for (String flag : FLAGS) {
            String value = param.apply(flag);
            if (value == null || value.isEmpty()) {
                continue;
            }
            if ("true".equals(value)) {
                q.flags.put(flag, true);
            } else {
                q.ignored.add(flag);
            }
        }
        q.readPage(param.apply("page"));
        return q;
    }

    private void readWords(String text) {
        if (text == null) {
            return;
        }
        String clean = CONTROL.matcher(text).replaceAll(" ").trim().replaceAll("\\s+", " ");
        if (clean.length() > MAX_WORDS_LENGTH) {
            clean = clean.substring(0, MAX_WORDS_LENGTH).trim();
            wordsCut = true;
        }
        String[] split = clean.split(" ");
        if (split.length > MAX_WORDS) {
            clean = String.join(" ", java.util.Arrays.copyOf(split, MAX_WORDS));
            wordsCut = true;
        }
        words = clean.isEmpty() ? null : clean;
    }

    private void readPage(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String trimmed = text.trim();
        if (PAGE.matcher(trimmed).matches() && Integer.parseInt(trimmed) >= 1) {
            page = Integer.parseInt(trimmed);
        } else {
            pageIgnored = true;
        }
    }

    /** The value when it is one of the choices; blank means "any"; anything else is ignored and noted. */
    private String oneOf(String name, String value, java.util.function.Predicate<String> allowed, boolean upperCase) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = upperCase ? value.trim().toUpperCase(Locale.ROOT) : value.trim();
        if (v.length() <= 40 && allowed.test(v)) {
            return v;
        }
        ignored.add(name);
        return null;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The search to run. */
    public ListingSearch toSearch() {
        return new ListingSearch(words, service, locality, day, time, flag("evenings"), flag("weekends"), language, flag("personalCare"),
                flag("medication"), flag("petsOk"), specialism, flag("spareCapacity"));
    }

    /** The same search on another page (1 and the other values left out): only the values that were used, encoded. */
    public String queryString(int onPage) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("words", words);
        values.put("service", service);
        values.put("locality", locality);
        values.put("day", day == null ? null : day.name());
        values.put("time", time == null ? null : time.name());
        flags.forEach((name, on) -> values.put(name, on ? "true" : null));
        values.put("language", language);
        values.put("specialism", specialism);
        values.put("page", onPage > 1 ? String.valueOf(onPage) : null);
        return values.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Whether anything narrows the search (words or a filter). */
    public boolean isNarrowed() {
        return words != null || service != null || locality != null || day != null || time != null || language != null
                || specialism != null || flags.containsValue(true);
    }

    public boolean flag(String name) {
        return Boolean.TRUE.equals(flags.get(name));
    }

    /** The flags that are on, for the form's checkboxes. */
    public List<String> getFlagsOn() {
        return flags.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }

    public String getWords() {
        return words;
    }

    public String getService() {
        return service;
    }

    public String getLocality() {
        return locality;
    }

    public String getDay() {
        return day == null ? null : day.name();
    }

    public String getTime() {
        return time == null ? null : time.name();
    }

    public String getLanguage() {
        return language;
    }

    public String getSpecialism() {
        return specialism;
    }

    public int getPage() {
        return page;
    }

    public boolean isWordsCut() {
        return wordsCut;
    }

    public boolean isPageIgnored() {
        return pageIgnored;
    }

    /** The names of the parameters whose values could not be used, in the order read. */
    public List<String> getIgnored() {
        return List.copyOf(ignored);
    }
}
