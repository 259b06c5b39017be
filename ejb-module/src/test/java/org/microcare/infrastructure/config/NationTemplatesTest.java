package org.microcare.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microcare.domain.model.tenant.Nation;

class NationTemplatesTest {

    @ParameterizedTest
    @EnumSource(Nation.class)
    void everyNationHasATemplateWhoseFrameworkNamesKnownServices(Nation nation) {
        NationTemplate t = NationTemplates.load(nation);
        assertEquals(nation, t.nation());
        assertFalse(t.services().isEmpty());
        Set<String> codes = t.services().stream().map(NationTemplate.Service::code).collect(Collectors.toSet());
        t.framework().forEach(r -> assertTrue(codes.containsAll(r.appliesToServices()), r.code()));
        Set<String> framework = t.framework().stream().map(NationTemplate.Requirement::code).collect(Collectors.toSet());
        assertTrue(framework.containsAll(Set.of("PUBLIC_LIABILITY", "HMRC_SELF_EMPLOYED", "SAFEGUARDING", "CODE_OF_CONDUCT")));
    }

    @Test
    void scotlandChecksPvgAndOffersSdsOptions() {
        NationTemplate t = NationTemplates.load(Nation.SCOTLAND);
        assertTrue(t.framework().stream().anyMatch(r -> r.code().equals("PVG") && r.mandatory()));
        assertTrue(t.fundingRoutes().containsAll(Set.of("SDS_OPTION_1", "SDS_OPTION_2", "SDS_OPTION_3", "SDS_OPTION_4")));
        assertFalse(t.fundingRoutes().contains("DIRECT_PAYMENT"));
        assertFalse(t.welshLanguage());
    }

    @Test
    void englandAndWalesCheckEnhancedDbsAndUseDirectPayments() {
        for (Nation nation : new Nation[] {Nation.ENGLAND, Nation.WALES}) {
            NationTemplate t = NationTemplates.load(nation);
            assertTrue(t.framework().stream().anyMatch(r -> r.code().equals("DBS_ENHANCED") && r.mandatory()));
            assertTrue(t.fundingRoutes().contains("DIRECT_PAYMENT"));
        }
        assertTrue(NationTemplates.load(Nation.WALES).welshLanguage());
        assertFalse(NationTemplates.load(Nation.ENGLAND).welshLanguage());
    }

    @Test
    void foodHygieneAppliesOnlyToMealPreparation() {
        NationTemplate t = NationTemplates.load(Nation.ENGLAND);
        assertEquals(java.util.List.of("MEAL_PREPARATION"), t.framework().stream()
                .filter(r -> r.code().equals("FOOD_HYGIENE")).findFirst().orElseThrow().appliesToServices());
    }

    @Test
    void everyNationAsksForMedicationTrainingOnlyFromMEsWhoGiveMedication() {
        for (Nation nation : Nation.values()) {
            NationTemplate.Requirement medication = NationTemplates.load(nation).framework().stream()
                    .filter(r -> r.code().equals("MEDICATION_TRAINING")).findFirst().orElseThrow();
            assertTrue(medication.medicationOnly() && medication.mandatory(), nation.name());
            assertTrue(NationTemplates.load(nation).framework().stream().filter(r -> !r.code().equals("MEDICATION_TRAINING"))
                    .noneMatch(NationTemplate.Requirement::medicationOnly), nation.name());
        }
    }
}
