package org.microcare.domain.model.client;

/** The gender of carer a client asks for; no preference is recorded as none (null). */
public enum CarerGender {
    FEMALE, MALE
}
