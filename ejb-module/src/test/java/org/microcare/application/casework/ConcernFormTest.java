package org.microcare.application.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.microcare.domain.model.concern.ConcernCategory;
import org.microcare.domain.model.concern.ConcernDetails;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.Violation;

class ConcernFormTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 10);

    @Test
    void aConcernAsSentIsReadIntoTypedValuesAndRaisedOnDefaultsToToday() {
        ConcernDetails d = new ConcernForm("complaint", "me-1", null, null, null, "Client's son", "family", "quality of care", null,
                "Rushed visits").read(TODAY);
        assertEquals(TODAY, d.raisedOn());
        assertEquals(ConcernCategory.QUALITY_OF_CARE, d.category());
        assertEquals("Client's son", d.raisedBy());
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new ConcernForm("GRUMBLE", null, "bad id!", null, "2024-13-01", "", "NEIGHBOUR", null, null, "\u0007").read(TODAY));
        assertEquals(List.of("kind", "clientId", "raisedOn", "raisedBy", "source", "category", "description"),
                e.violations().stream().map(Violation::field).distinct().toList());
    }

    @Test
    void aConcernAboutNoOneIsRefusedNamingTheMicroEnterprise() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new ConcernForm("CONCERN", " ", null, null, null, "Sam", "OTHER", "OTHER", false, "x").read(TODAY));
        assertEquals("microEnterpriseId", e.violations().get(0).field());
    }
}
