package org.microcare.interfaces.council.web.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.microcare.domain.shared.InvalidInputException;

class ReportReadTest {

    @Test
    void readsTheReportOnceHoweverOftenThePageAsks() {
        AtomicInteger reads = new AtomicInteger();
        ReportRead<String> read = new ReportRead<>(() -> "report " + reads.incrementAndGet(), e -> {
            throw new AssertionError("not refused");
        });
        assertEquals(0, reads.get(), "nothing read before the page asks");
        assertTrue(read.shown());
        assertEquals("report 1", read.get());
        assertEquals("report 1", read.get());
        assertEquals(1, reads.get());
    }

    @Test
    void aRefusalIsHandedToThePageOnceAndNothingIsShown() {
        AtomicInteger reads = new AtomicInteger();
        List<String> shown = new ArrayList<>();
        ReportRead<String> read = new ReportRead<>(() -> {
            reads.incrementAndGet();
            throw new InvalidInputException("month", "Give a month");
        }, e -> e.violations().forEach(v -> shown.add(v.field())));
        assertFalse(read.shown());
        assertNull(read.get());
        assertEquals(List.of("month"), shown, "the refusal reached the page once");
        assertEquals(1, reads.get(), "a refused request is not asked again");
    }
}
