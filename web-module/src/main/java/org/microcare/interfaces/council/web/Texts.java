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
        String key = prefix + FormErrors.fieldId(v.field());
        return bundle().containsKey(key) ? bundle().getString(key) : v.message();
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle("org.microcare.interfaces.council.web.messages", locale());
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }
}
