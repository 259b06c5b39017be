package org.microcare.interfaces.council.web.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.microcare.domain.model.directory.ListingSearch;
import org.microcare.domain.model.directory.ListingSearch.TimeOfDay;
import org.microcare.domain.model.microenterprise.AvailabilitySlot.Weekday;

class DirectoryQueryTest {

    private static DirectoryQuery read(String... pairs) {
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put(pairs[i], pairs[i + 1]);
        }
        return DirectoryQuery.read(params::get, Set.of("PERSONAL_CARE", "RESPITE"), Set.of("TROON", "AYR"));
    }

    @Test
    void everyFilterIsReadIntoTheSearch() {
        DirectoryQuery q = read("words", "  dementia   Troon ", "service", "RESPITE", "locality", "AYR", "day", "sat", "time", "evening",
                "evenings", "true", "weekends", "true", "language", "CY", "personalCare", "true", "medication", "true", "petsOk", "true",
                "specialism", "end_of_life", "spareCapacity", "true", "page", "3");
        ListingSearch s = q.toSearch();
        assertEquals(new ListingSearch("dementia Troon", "RESPITE", "AYR", Weekday.SAT, TimeOfDay.EVENING, true, true, "cy", true, true, true,
                "END_OF_LIFE", true), s);
        assertEquals(3, q.getPage());
        assertTrue(q.getIgnored().isEmpty());
        assertTrue(q.isNarrowed());
        assertEquals("words=dementia+Troon&service=RESPITE&locality=AYR&day=SAT&time=EVENING&evenings=true&weekends=true"
                + "&personalCare=true&medication=true&petsOk=true&spareCapacity=true&language=cy&specialism=END_OF_LIFE&page=2", q.queryString(2));
    }

    @Test
    void nothingAskedIsTheWholeDirectoryOnPageOne() {
        DirectoryQuery q = read();
        assertEquals(ListingSearch.ALL, q.toSearch());
        assertEquals(1, q.getPage());
        assertFalse(q.isNarrowed());
        assertEquals("", q.queryString(1));
        assertEquals("page=2", q.queryString(2));
    }

    @Test
    void badValuesAreLeftOutAndNamed() {
        DirectoryQuery q = read("service", "NO_SUCH", "locality", "<script>", "day", "someday", "time", "noon", "language", "english",
                "specialism", "x", "evenings", "yes", "weekends", "", "page", "abc");
        assertEquals(ListingSearch.ALL, q.toSearch());
        assertEquals(List.of("service", "locality", "day", "time", "language", "specialism", "evenings"), q.getIgnored());
        assertTrue(q.isPageIgnored());
        assertEquals(1, q.getPage());
        assertEquals("", q.queryString(1), "bad values are not carried into the links");
    }

    @Test
    void pagesThatAreNotWholeNumbersFromOneArePageOne() {
        for (String page : new String[] {"-1", "0", "1.5", "9999999", " ", "1e3"}) {
            DirectoryQuery q = read("page", page);
            assertEquals(1, q.getPage(), page);
            assertEquals(!page.isBlank(), q.isPageIgnored(), page);
        }
        assertEquals(42, read("page", " 42 ").getPage());
    }

    @Test
    void longWordsAreCutAndControlCharactersDropped() {
        DirectoryQuery q = read("words", "a".repeat(10_000));
        assertEquals(DirectoryQuery.MAX_WORDS_LENGTH, q.getWords().length());
        assertTrue(q.isWordsCut());

        q = read("words", "one two three four five six seven eight nine ten eleven twelve");
        assertEquals("one two three four five six seven eight nine ten", q.getWords());
        assertTrue(q.isWordsCut());

        q = read("words", "care\u0000\nhome\t");
        assertEquals("care home", q.getWords());
        assertFalse(q.isWordsCut());
        assertNull(read("words", " \u0007 ").getWords());
    }

    @Test
    void wordsAreEncodedInLinks() {
        assertEquals("words=%3Cscript%3E+%26+co", read("words", "<script> & co").queryString(1));
    }
}
