package org.microcare.domain.model.arrangement;

import java.util.List;

import org.microcare.domain.shared.ConflictException;

/**
 * An arrangement the facts refuse (409): which rule, and the values a page needs to say so in its own
 * language ({@code args}, in the order of each rule's message).
 */
public class ArrangementRefusedException extends ConflictException {

    /** The rule broken. */
    public enum Rule {
        /** The client's case is closed. args: reference. */
        CLIENT_CLOSED,
        /** No consent by the first day. args: reference, first day, consent day or null. */
        NO_CONSENT,
        /** The ME is not on the directory on the first day. args: trading name, first day. */
        NOT_ON_DIRECTORY,
        /** Not enough spare capacity. args: trading name, hours asked, day of the peak, hours spare then, capacity. */
        NO_CAPACITY,
        /** Cover for an absence that was cancelled. args: first day away, last day away. */
        ABSENCE_CANCELLED,
        /** Cover for an arrangement with nothing left to cover: the absence or the arrangement is over, or they do not meet. args: reference, first day away, last day away. */
        NOTHING_TO_COVER,
        /** The absent ME cannot cover itself. args: trading name. */
        SAME_MICRO_ENTERPRISE,
        /** The cover ME is away itself during the cover. args: trading name, first day away, last day away. */
        COVER_AWAY,
        /** Cover is already arranged for the arrangement during the absence. args: reference, trading name of the cover. */
        ALREADY_COVERED
    }

    private final Rule rule;
    private final List<Object> args;

    public ArrangementRefusedException(Rule rule, String message, Object... args) {
        super(message);
        this.rule = rule;
        this.args = java.util.Arrays.asList(args);
    }

    public Rule rule() {
        return rule;
    }

    public List<Object> args() {
        return args;
    }
}
