package org.microcare.interfaces.council.web.directory;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import org.microcare.application.DirectoryService.Council;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.CodeNames;
import org.microcare.interfaces.council.web.Texts;

/**
 * Names for the codes a listing carries, in the page's language: services and localities as the
 * council named them; languages and specialisms from the bundle (a code the bundle does not know is
 * named by Java's locale data, or shown as written); days from the bundle.
 */
final class DirectoryLabels {

    /** Languages offered as filters: the UK's most spoken, and British Sign Language (ISO 639-3 {@code bfi}). */
    static final List<String> LANGUAGES = List.of("en", "cy", "gd", "ga", "bfi", "ar", "bn", "zh", "fr", "gu", "hi", "it", "lt", "pa",
            "pl", "pt", "ro", "so", "es", "ta", "tr", "ur");

    /** Specialisms offered as filters; MEs may record others, which are shown as written. */
    static final List<String> SPECIALISMS = List.of("DEMENTIA", "MENTAL_HEALTH", "LEARNING_DISABILITY", "AUTISM", "PHYSICAL_DISABILITY",
            "SENSORY_LOSS", "STROKE", "PARKINSONS", "BRAIN_INJURY", "END_OF_LIFE");

    private final Map<String, String> services;
    private final Map<String, String> localities;
    private final ResourceBundle bundle;
    private final Locale locale;

    DirectoryLabels(Map<String, String> services, Map<String, String> localities, Locale locale) {
        this.services = services;
        this.localities = localities;
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.microcare.interfaces.council.web.messages", locale);
    }

    /** The labels of the council's lists, in the page's language. */
    static DirectoryLabels of(Council council) {
        return new DirectoryLabels(council.serviceNames(), council.localityNames(), Texts.locale());
    }

    String service(String code) {
        return services.getOrDefault(code, code);
    }

    String locality(String code) {
        return localities.getOrDefault(code, code);
    }

    String language(String code) {
        return CodeNames.language(bundle, locale, code);
    }

    String specialism(String code) {
        return CodeNames.specialism(bundle, code);
    }

    String day(String weekday) {
        return Texts.get("me.day." + weekday);
    }

    /** Options of a select, by name in the page's language; the chosen value is added if it is not one of them. */
    List<Choice> choices(Stream<String> codes, java.util.function.Function<String, String> name, String chosen) {
        List<String> all = new ArrayList<>(codes.distinct().toList());
        if (chosen != null && !all.contains(chosen)) {
            all.add(chosen);
        }
        Collator collator = Collator.getInstance(locale);
        return all.stream().map(c -> new Choice(c, name.apply(c))).sorted(Comparator.comparing(Choice::getLabel, collator)).toList();
    }
}
