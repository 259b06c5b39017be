package org.microcare.domain.model.directory;

import java.util.List;

/** One page of a search: the listings on it, how many match in all, which page (from 1) of what size. */
public record ListingPage(List<Listing> items, long total, int page, int size) {

    public int pages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }
}
