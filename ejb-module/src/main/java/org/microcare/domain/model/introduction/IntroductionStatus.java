package org.microcare.domain.model.introduction;

/** SHORTLISTED → INTRODUCED → AGREED | DECLINED; a shortlisted ME may be declined before any introduction. */
public enum IntroductionStatus {
    SHORTLISTED, INTRODUCED, AGREED, DECLINED;

    /** Agreed or declined: decided once, never moved again. */
    public boolean isDecided() {
        return this == AGREED || this == DECLINED;
    }
}
