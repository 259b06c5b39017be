package org.microcare.domain.model.concern;

/** A concern or a reassessment request is open until it is closed, once. */
public enum CaseState {
    OPEN, CLOSED
}
