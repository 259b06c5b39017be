package org.microcare.interfaces.council.web.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.domain.model.matching.Reason;

class MatchWordsTest {

    private final MatchWords english = new MatchWords(Locale.ENGLISH);
    private final MatchWords welsh = new MatchWords(Locale.forLanguageTag("cy"));

    @Test
    void aReasonWithAWordOfItsOwnUsesIt() {
        assertEquals("Speaks Welsh", english.say(Reason.of("match.reason.language", "cy")));
        assertEquals("Yn siarad Cymraeg", welsh.say(Reason.of("match.reason.language", "cy")));
        assertEquals("A woman, as preferred", english.say(Reason.of("match.reason.gender", "FEMALE")));
    }

    @Test
    void languagesAndSpecialismsAreSaidByName() {
        assertEquals("Speaks Polish", english.say(Reason.of("match.reason.language", "pl")));
        assertEquals("Yn siarad Pwyleg", welsh.say(Reason.of("match.reason.language", "pl")));
        assertEquals("Does not speak Scottish Gaelic", english.say(Reason.of("match.unmet.language", "gd")));
        assertEquals("Speaks Japanese", english.say(Reason.of("match.reason.language", "ja")), "named by Java's locale data");
        assertEquals("Speaks qqq", english.say(Reason.of("match.reason.language", "qqq")), "a code nobody names is shown as written");
        assertEquals("Experience: Dementia, Recovery after a stroke", english.say(Reason.of("match.reason.specialisms", "DEMENTIA, STROKE")));
        assertEquals("Dim profiad: Iechyd meddwl", welsh.say(Reason.of("match.unmet.specialisms", "MENTAL_HEALTH")));
        assertEquals("No experience: Hoarding disorder", english.say(Reason.of("match.unmet.specialisms", "HOARDING_DISORDER")),
                "a specialism the bundle does not name, in words");
    }

    @Test
    void servicesAndLocalitiesAreSaidByTheCouncilsNamesWhenGiven() {
        MatchWords named = new MatchWords(Locale.ENGLISH, kind -> kind == Kind.SERVICE ? Map.of("PERSONAL_CARE", "Personal care", "RESPITE", "Respite")
                : Map.of("TROON", "Troon"));
        assertEquals("Does not work in Troon", named.say(Reason.of("match.excluded.locality", "TROON")));
        assertEquals("Does not offer Personal care, Respite, GARDENING", named.say(Reason.of("match.excluded.services", "PERSONAL_CARE, RESPITE, GARDENING")),
                "a code the council has no name for is said as it is");
        assertEquals("Does not work in TROON", english.say(Reason.of("match.excluded.locality", "TROON")), "no names given");
    }

    @Test
    void daysNumbersAndPluralsAreWrittenOut() {
        assertEquals("Free Tuesday 09:00–12:00, Thursday 09:00–12:00",
                english.say(Reason.of("match.reason.free", "TUE 09:00–12:00, THU 09:00–12:00")));
        assertEquals("Ar gael Dydd Mawrth 09:00–12:00", welsh.say(Reason.of("match.reason.free", "TUE 09:00–12:00")));
        assertEquals("Already supports 1 client", english.say(Reason.of("match.reason.clients", "1")));
        assertEquals("Already supports 3 clients", english.say(Reason.of("match.reason.clients", "3")));
        assertEquals("No spare capacity from 2024-06-03: 5 hours a week spare, 7 needed",
                english.say(Reason.of("match.excluded.capacity", "5", "7", "2024-06-03")));
    }

    @Test
    void aReasonSaidAgainReadsTheSameAndEachArgumentKeepsItsOwnWords() {
        MatchWords words = new MatchWords(Locale.ENGLISH);
        for (int i = 0; i < 3; i++) {
            assertEquals("Already supports 2 clients", words.say(Reason.of("match.reason.clients", "2")));
            assertEquals("Already supports 1 client", words.say(Reason.of("match.reason.clients", "1")));
            assertEquals("Free Monday 09:00–12:00", words.say(Reason.of("match.reason.free", "MON 09:00–12:00")));
            assertEquals("Free Friday 09:00–12:00", words.say(Reason.of("match.reason.free", "FRI 09:00–12:00")));
            assertEquals("Speaks Welsh", words.say(Reason.of("match.reason.language", "cy")));
        }
    }
}
