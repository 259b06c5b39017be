package org.microcare.interfaces.council.web.arrangement;

import org.microcare.domain.model.arrangement.ArrangementRefusedException;
import org.microcare.interfaces.council.web.DisplayFormats;
import org.microcare.interfaces.council.web.Texts;

/** An arrangement refused by its rules, in the page's language ({@code arrangement.refused.<RULE>}). */
public final class Refusals {

    private Refusals() {
    }

    public static String say(ArrangementRefusedException e) {
        Object[] args = e.args().stream().map(a -> a instanceof java.time.LocalDate d ? DisplayFormats.dateText(d) : a == null ? "" : a)
                .toArray();
        return Texts.get("arrangement.refused." + e.rule().name(), args);
    }
}
