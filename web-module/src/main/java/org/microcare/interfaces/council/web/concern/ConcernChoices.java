package org.microcare.interfaces.council.web.concern;

import java.util.Arrays;
import java.util.List;

import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.Texts;

/** The choices of a concern's forms (kind, source, category, outcome), in the page's language. */
final class ConcernChoices {

    private ConcernChoices() {
    }

    /** Every value of an enum as a choice labelled {@code prefix + name} from the bundle. */
    static <E extends Enum<E>> List<Choice> of(Class<E> type, String prefix) {
        return Arrays.stream(type.getEnumConstants()).map(e -> new Choice(e.name(), Texts.get(prefix + e.name()))).toList();
    }

    /** The same, with a first empty choice asking to choose. */
    static <E extends Enum<E>> List<Choice> withPrompt(Class<E> type, String prefix) {
        List<Choice> all = new java.util.ArrayList<>();
        all.add(new Choice("", Texts.get("concern.choose")));
        all.addAll(of(type, prefix));
        return all;
    }
}
