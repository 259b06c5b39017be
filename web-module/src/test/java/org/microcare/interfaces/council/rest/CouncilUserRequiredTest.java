package org.microcare.interfaces.council.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.microcare.interfaces.council.openreferral.OpenReferralResource;

class CouncilUserRequiredTest {

    @Test
    void everyCouncilResourceNeedsACouncilUser() {
        assertTrue(CouncilUserRequired.signInRequired(ProgrammeResource.class));
        assertTrue(CouncilUserRequired.signInRequired(MicroEnterprisesResource.class));
        assertTrue(CouncilUserRequired.signInRequired(UsersResource.class));
        assertTrue(CouncilUserRequired.signInRequired(null), "nothing matched is nothing declared");
    }

    @Test
    void theFeedIsOpenAndSoIsTheRuntimesOwnOptionsAnswer() {
        assertFalse(CouncilUserRequired.signInRequired(OpenReferralResource.class));
        assertFalse(CouncilUserRequired.signInRequired(java.util.function.Function.class), "a class of the JAX-RS runtime, not Microcare's");
    }
}
