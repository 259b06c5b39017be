package org.microcare.domain.model.arrangement;

/** Where an arrangement stands on a day: not started yet, active, or over (ended as agreed or early). */
public enum ArrangementStatus {
    PLANNED, ACTIVE, ENDED
}
