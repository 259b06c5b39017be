package org.microcare.domain.model.client;

/** Where a client's case stands: waiting for an ME, matched (introduced), supported (care under way), closed. */
public enum ClientStatus {
    WAITING, MATCHED, SUPPORTED, CLOSED
}
