package org.microcare.interfaces.council.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every page string is in English and Welsh, and every message with arguments is a valid MessageFormat pattern. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/microcare/interfaces/council/web/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndWelshHaveTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> welsh = new TreeSet<>(load("messages_cy.properties").stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(welsh);
        Set<String> onlyWelsh = new TreeSet<>(welsh);
        onlyWelsh.removeAll(english);
        assertEquals(Set.of(), onlyEnglish, "missing in Welsh");
        assertEquals(Set.of(), onlyWelsh, "missing in English");
    }

    @Test
    void directoryMessagesWithArgumentsAreValidPatterns() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_cy.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                if ((key.startsWith("directory.") || key.startsWith("profile.") || key.startsWith("shortlist.") || key.startsWith("pagination.")
                        || key.startsWith("match.")) && (text.contains("{0") || key.matches("match\\.(reason|unmet|excluded)\\..*"))) {
                    String formatted = new MessageFormat(text, Locale.ENGLISH).format(new Object[] {2, 3, 4});
                    assertTrue(!formatted.contains("{"), file + " " + key + ": " + formatted);
                    assertTrue(!text.replace("''", "").contains("'"), file + " " + key + ": a lone ' would quote text away: write ''");
                }
            }
        }
    }
}
