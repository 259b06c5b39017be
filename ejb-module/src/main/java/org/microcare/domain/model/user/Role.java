package org.microcare.domain.model.user;

/** What a council user may do. */
public enum Role {
    /** Configures the council's programme and manages its users. */
    COUNCIL_ADMIN,
    /** Works cases: micro-enterprises, clients, arrangements. */
    BROKER,
    /** Reads everything, changes nothing (for example a steering-group member). */
    VIEWER
}
