package org.microcare.interfaces.council.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;

import org.microcare.domain.shared.Violation;
import org.microcare.interfaces.shared.web.FormErrors;

/** Bundle text for beans, in the language of the current view. */
public final class Texts {

    private Texts() {
    }

    public static String get(String key, Object... args) {
        String text = bundle().getString(key);
        return args.length == 0 ? text : new MessageFormat(text, locale()).format(args);
    }

    /** A rule broken on a form, in the page's language: {@code prefix + field} from the bundle, else the service's words. */
    public static String violation(String prefix, Violation v) {
        return violation(prefix, v, null);
    }

    /**
     * A rule broken on a form, as precisely as the page can say it: the bundle's
     * {@code prefix + field + "." + problem} if there is one, else {@code prefix + field}, else the
     * service's words.
     */
    public static String violation(String prefix, Violation v, String problem) {
        ResourceBundle bundle = bundle();
        String key = prefix + FormErrors.fieldId(v.field());
        if (problem != null && bundle.containsKey(key + "." + problem)) {
            return bundle.getString(key + "." + problem);
        }
        return bundle.containsKey(key) ? bundle.getString(key) : v.message();
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle("org.microcare.interfaces.council.web.messages", locale());
    }

    /** The language of the current view (English outside a view). */
    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }
}
