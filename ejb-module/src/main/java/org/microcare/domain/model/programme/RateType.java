package org.microcare.domain.model.programme;

/** The hourly rates a council keeps: what it pays by Direct Payment, what agency care costs it, and guides. */
public enum RateType {
    DIRECT_PAYMENT, AGENCY_HOME_CARE, PERSONAL_ASSISTANT, ME_GUIDE_RATE
}
