package org.microcare.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;

class ErrorPageFilterTest {

    @Test
    void anExpiredViewIsFoundHoweverDeeplyWrapped() {
        assertTrue(ErrorPageFilter.expired(new ServletException(new RuntimeException(new ViewExpiredException("gone")))));
        assertFalse(ErrorPageFilter.expired(new ServletException(new IllegalStateException())));
        assertFalse(ErrorPageFilter.expired(null));
    }

    @Test
    void everyStatusHasAMessageAndServerFailuresSayNothingMore() {
        assertEquals("No such resource", ErrorPageFilter.message(404));
        assertEquals("Method not allowed", ErrorPageFilter.message(405));
        assertEquals("Something went wrong on our side; it has been logged", ErrorPageFilter.message(502));
        assertEquals("The request was refused", ErrorPageFilter.message(418));
    }
}
