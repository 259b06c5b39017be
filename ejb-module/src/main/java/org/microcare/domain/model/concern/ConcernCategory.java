package org.microcare.domain.model.concern;

/** What a concern is about. A {@link #SAFEGUARDING} concern is always flagged as a safeguarding one. */
public enum ConcernCategory {
    QUALITY_OF_CARE, MISSED_VISIT, CONDUCT, MONEY, SAFEGUARDING, OTHER
}
