package org.microcare.domain.model.microenterprise;

/** Where an ME is in the programme's journey. */
public enum Stage {
    ENQUIRY, DEVELOPING, LISTED, PAUSED, LEFT
}
