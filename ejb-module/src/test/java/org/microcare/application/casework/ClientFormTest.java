package org.microcare.application.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.microcare.application.casework.ClientForm.PreferencesForm;
import org.microcare.application.casework.ClientForm.StatusForm;
import org.microcare.domain.model.client.ClientDetails;
import org.microcare.domain.model.client.ClientStatus;
import org.microcare.domain.model.client.FundingRoute;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.Violation;

/** Reading what a page or the API sent into a client's details: the form of each value, every problem at once. */
class ClientFormTest {

    private static ClientForm form(String reference, String postcode, String route, String carerGender, String consent) {
        return new ClientForm(reference, null, null, null, postcode, "troon", List.of("personal care"), 7, route, null, null,
                new PreferencesForm(carerGender, "CY", true, List.of("dementia")), null, null, null, "2024-02-20", null, consent);
    }

    @Test
    void readsTheApiExample() {
        ClientDetails d = form(" SW-1001 ", "ka106ep", "DIRECT_PAYMENT", "FEMALE", "2024-02-20").read();
        assertEquals("SW-1001", d.reference());
        assertEquals("KA10 6EP", d.postcode());
        assertEquals("TROON", d.locality());
        assertEquals(List.of("PERSONAL_CARE"), d.servicesNeeded());
        assertEquals(FundingRoute.DIRECT_PAYMENT, d.fundingRoute());
        assertEquals("cy", d.preferences().language());
        assertEquals(List.of("DEMENTIA"), d.preferences().specialisms());
        assertEquals(LocalDate.of(2024, 2, 20), d.consentGivenOn());
    }

    @Test
    void noPreferenceOfCarerGenderIsNone() {
        assertNull(form("R1", "KA10 6EP", "PRIVATE", "NO_PREFERENCE", null).read().preferences().carerGender());
        assertNull(form("R1", "KA10 6EP", "PRIVATE", null, null).read().preferences().carerGender());
    }

    @Test
    void namesEveryFieldOfTheWrongForm() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> form("<script>", "NOWHERE", "CASH", "ROBOT", "2024-02-30").read());
        assertEquals(List.of("reference", "postcode", "fundingRoute", "preferences.carerGender", "consentGivenOn"),
                e.violations().stream().map(Violation::field).toList());
    }

    @Test
    void aStatusMoveDefaultsToTodayAndNamesAnUnknownStatus() {
        LocalDate today = LocalDate.of(2024, 3, 15);
        assertEquals(new ClientForm.StatusMove(ClientStatus.CLOSED, today, "Moved away"),
                new StatusForm("closed", null, " Moved away ").read(today));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new StatusForm("ASLEEP", "2024-13-01", null).read(today));
        assertEquals(List.of("status", "on"), e.violations().stream().map(Violation::field).toList());
    }
}
