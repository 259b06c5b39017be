package org.microcare.interfaces.council.openreferral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.Violation;

class FeedPageTest {

    @Test
    void pageAndSizeAreWholeNumbersFromOneAndTheSizeIsCapped() {
        assertEquals(new FeedPage(1, FeedPage.DEFAULT_PER_PAGE), FeedPage.parse(null, null));
        assertEquals(new FeedPage(3, 5), FeedPage.parse("3", "5"));
        assertEquals(new FeedPage(1, FeedPage.MAX_PER_PAGE), FeedPage.parse("1", "100000"));
        for (String bad : List.of("0", "-1", "1.5", "two", "", "99999999999")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> FeedPage.parse(bad, bad));
            assertEquals(List.of("page", "per_page"), e.violations().stream().map(Violation::field).toList(), bad);
        }
    }

    @Test
    void thePageShapeSaysWhereTheClientIs() {
        JsonObject middle = new FeedPage(2, 5).document(12, JsonValue.EMPTY_JSON_ARRAY);
        assertEquals(12, middle.getInt("total_items"));
        assertEquals(3, middle.getInt("total_pages"));
        assertEquals(2, middle.getInt("page_number"));
        assertEquals(5, middle.getInt("size"));
        assertFalse(middle.getBoolean("first_page"));
        assertFalse(middle.getBoolean("last_page"));

        JsonObject none = new FeedPage(1, 5).document(0, JsonValue.EMPTY_JSON_ARRAY);
        assertEquals(1, none.getInt("total_pages"), "an empty feed still has a first (and last) page");
        assertTrue(none.getBoolean("first_page"));
        assertTrue(none.getBoolean("last_page"));
        assertTrue(none.getBoolean("empty"));
        assertTrue(new FeedPage(9, 5).document(12, JsonValue.EMPTY_JSON_ARRAY).getBoolean("last_page"));
    }

    @Test
    void aListHeldInFullIsSliced() {
        List<Integer> all = List.of(1, 2, 3, 4, 5, 6, 7);
        assertEquals(List.of(1, 2, 3), new FeedPage(1, 3).slice(all));
        assertEquals(List.of(7), new FeedPage(3, 3).slice(all));
        assertEquals(List.of(), new FeedPage(4, 3).slice(all));
        assertEquals(List.of(), new FeedPage(Integer.MAX_VALUE, 100).slice(all));
    }

    @Test
    void onlyUuidsAreIds() {
        assertTrue(FeedIds.parse("5F0C3C0E-8D7E-4F55-9A55-0B7A0C6F7D11").isPresent());
        assertTrue(FeedIds.parse("5f0c3c0e-8d7e-4f55-9a55-0b7a0c6f7d1").isEmpty());
        assertTrue(FeedIds.parse("1-1-1-1-1").isEmpty(), "java.util.UUID alone would take it");
        assertTrue(FeedIds.parse(null).isEmpty());
    }
}
