package org.microcare.domain.model.concern;

/** A complaint (someone is unhappy with the care and asks for it to be put right) or a concern (a worry noticed or reported). */
public enum ConcernKind {
    CONCERN, COMPLAINT
}
