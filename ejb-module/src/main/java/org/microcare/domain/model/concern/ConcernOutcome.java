package org.microcare.domain.model.concern;

/** How a concern or complaint was closed. */
public enum ConcernOutcome {
    UPHELD, PARTLY_UPHELD, NOT_UPHELD, REFERRED_TO_SAFEGUARDING, WITHDRAWN, NO_FURTHER_ACTION
}
