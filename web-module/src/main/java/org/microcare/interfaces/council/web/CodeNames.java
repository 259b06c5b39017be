package org.microcare.interfaces.council.web;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Names, in a language, for the language and specialism codes that MEs and clients record: the bundle's
 * {@code directory.language.*} or {@code directory.specialism.*} name; else, for a language, Java's locale data;
 * else the code in words ({@code END_OF_LIFE} → "End of life").
 */
public final class CodeNames {

    private CodeNames() {
    }

    public static String language(ResourceBundle bundle, Locale locale, String code) {
        String key = "directory.language." + code;
        if (bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        String named = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return named.isEmpty() || named.equalsIgnoreCase(code) ? code : named;
    }

    public static String specialism(ResourceBundle bundle, String code) {
        String key = "directory.specialism." + code;
        if (bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? code : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
