package org.microcare.domain.model.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class RequirementTermsTest {

    private final RequirementTerms firstAid = new RequirementTerms("FIRST_AID", "First aid", null, false, 36, List.of("PERSONAL_CARE"), false);

    @Test
    void changesAreDescribedFieldByField() {
        RequirementTerms stricter = new RequirementTerms("FIRST_AID", "First aid certificate", null, true, 24, List.of(), true);
        String changes = stricter.changesFrom(firstAid);
        assertTrue(changes.contains("name 'First aid' -> 'First aid certificate'"), changes);
        assertTrue(changes.contains("now mandatory"), changes);
        assertTrue(changes.contains("validity 36 months -> 24 months"), changes);
        assertTrue(changes.contains("applies to PERSONAL_CARE -> every ME"), changes);
        assertTrue(changes.contains("only for MEs who give medication"), changes);
        assertEquals("", firstAid.changesFrom(firstAid));
    }

    @Test
    void aRequirementAppliesByServiceAndMedication() {
        FrameworkRequirement r = new FrameworkRequirement(firstAid, 2, LocalDate.of(2024, 1, 1));
        assertTrue(r.appliesTo(List.of("GARDENING", "PERSONAL_CARE"), false));
        assertFalse(r.appliesTo(List.of("GARDENING"), false));
        FrameworkRequirement medication = new FrameworkRequirement(
                new RequirementTerms("MEDICATION_TRAINING", "Medication", null, true, 36, List.of(), true), 1, FrameworkVersion.BEGINNING);
        assertTrue(medication.appliesTo(List.of("GARDENING"), true));
        assertFalse(medication.appliesTo(List.of("PERSONAL_CARE"), false));
    }
}
