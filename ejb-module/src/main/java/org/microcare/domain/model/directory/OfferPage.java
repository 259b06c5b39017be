package org.microcare.domain.model.directory;

import java.util.List;

/** One page of offers (a visible ME and one of its services), how many match in all, which page (from 1) of what size. */
public record OfferPage(List<Offer> items, long total, int page, int size) {

    public int pages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }
}
