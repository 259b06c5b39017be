package org.microcare.interfaces.council.openreferral;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.microcare.application.DirectoryService;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.Violation;

/**
 * Which page a client asks for ({@code page} from 1, {@code per_page} up to {@link #MAX_PER_PAGE}:
 * more is served as the maximum), and the page shape of the specification around its contents.
 */
record FeedPage(int number, int perPage) {

    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = DirectoryService.MAX_PAGE_SIZE;

    /** The page asked for; a page or size that is not a whole number from 1 is bad input. */
    static FeedPage parse(String page, String perPage) {
        List<Violation> problems = new ArrayList<>();
        int number = whole(page, 1, "page", "page is a whole number from 1", problems);
        int size = whole(perPage, DEFAULT_PER_PAGE, "per_page", "per_page is a whole number from 1 (at most " + MAX_PER_PAGE
                + " are served)", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new FeedPage(number, Math.min(size, MAX_PER_PAGE));
    }

    private static int whole(String text, int absent, String field, String message, List<Violation> problems) {
        if (text == null) {
            return absent;
        }
        String t = text.trim();
        if (t.matches("^[0-9]{1,9}$") && Integer.parseInt(t) >= 1) {
            return Integer.parseInt(t);
        }
        problems.add(new Violation(field, message));
        return absent;
    }

    /** Items at a zero-based offset of this page, out of a list held in full. */
    <T> List<T> slice(List<T> all) {
        long from = (long) (number - 1) * perPage;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + perPage));
    }

    /** The page document: {@code total_pages} is at least 1, so a client walking to the last page always finds one. */
    JsonObject document(long totalItems, JsonArray contents) {
        int totalPages = totalItems == 0 ? 1 : (int) ((totalItems + perPage - 1) / perPage);
        return FeedDocuments.JSON.createObjectBuilder()
                .add("total_items", totalItems)
                .add("total_pages", totalPages)
                .add("page_number", number)
                .add("size", perPage)
                .add("first_page", number == 1)
                .add("last_page", number >= totalPages)
                .add("empty", contents.isEmpty())
                .add("contents", contents)
                .build();
    }
}
