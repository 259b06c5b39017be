package org.microcare.domain.model.introduction;

/** Why an introduction was declined. */
public enum DeclinedReason {
    CLIENT_DECLINED, ME_DECLINED, NOT_AVAILABLE, OTHER
}
