package org.microcare.interfaces.council.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;

/** Bundle text for beans, in the language of the current view. */
final class Texts {

    private Texts() {
    }

    static String get(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
        String text = ResourceBundle.getBundle("org.microcare.interfaces.council.web.messages", locale).getString(key);
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }
}
