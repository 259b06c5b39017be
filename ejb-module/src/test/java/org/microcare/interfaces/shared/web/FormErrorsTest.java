package org.microcare.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.microcare.domain.shared.Violation;

class FormErrorsTest {

    @Test
    void keepsTheFirstMessageOfEachFieldInOrderWithHtmlSafeIds() {
        FormErrors errors = new FormErrors();
        assertFalse(errors.isAny());
        errors.addAll(List.of(new Violation("admin.username", "Enter a username"), new Violation("name", "Enter a name"),
                new Violation("admin.username", "second message")));
        assertTrue(errors.isAny());
        assertEquals(List.of("admin-username", "name"), errors.getList().stream().map(FormErrors.FieldError::getField).toList());
        assertEquals("Enter a username", errors.get("admin-username"));
    }

    @Test
    void describedByNamesOnlyWhatExists() {
        FormErrors errors = new FormErrors();
        assertNull(errors.describedBy("email", false));
        assertEquals("email-hint", errors.describedBy("email", true));
        errors.add("email", "Enter an email address");
        assertEquals("email-hint email-error", errors.describedBy("email", true));
    }
}
