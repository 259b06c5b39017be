package org.microcare.application.casework;

import java.time.LocalDate;

import org.microcare.domain.model.introduction.DeclinedReason;
import org.microcare.domain.model.introduction.Introduction;
import org.microcare.domain.model.introduction.IntroductionStatus;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.Violations;

/**
 * An introduction as a page or the API sent it, read into typed values (the form of each value); whether
 * the move is allowed is the rule of {@link Introduction}. Field names in violations are the API's.
 */
public final class IntroductionForm {

    private static final String ID = "^[A-Za-z0-9-]{1,64}$";

    private IntroductionForm() {
    }

    /** A shortlisting, read. */
    public record Shortlist(String microEnterpriseId, String note) {
    }

    /** An outcome, read. */
    public record Outcome(IntroductionStatus outcome, DeclinedReason reason, String note, LocalDate on) {
    }

    /** {@code {"microEnterpriseId","note"}} read. */
    public static Shortlist shortlist(String microEnterpriseId, String note) {
        Violations v = new Violations();
        boolean given = microEnterpriseId != null && !microEnterpriseId.isBlank();
        v.require(given, "microEnterpriseId", "Say which micro-enterprise to shortlist");
        v.require(!given || microEnterpriseId.trim().matches(ID), "microEnterpriseId",
                "Micro-enterprise must be the id of a record of this council");
        String n = Fields.optionalText(note, "note", "Note", Introduction.MAX_NOTE, true, v);
        v.throwIfAny();
        return new Shortlist(microEnterpriseId.trim(), n);
    }

    /** The day of an introduction; today when not given. */
    public static LocalDate on(String on, LocalDate today) {
        Violations v = new Violations();
        LocalDate day = on == null || on.isBlank() ? today : Fields.date(on, "on", "The day of the introduction", true, v);
        v.throwIfAny();
        return day;
    }

    /** {@code {"outcome","on","reason","note"}} read; {@code on} defaults to today. */
    public static Outcome outcome(String outcome, String on, String reason, String note, LocalDate today) {
        Violations v = new Violations();
        IntroductionStatus o = null;
        if (outcome == null || outcome.isBlank()) {
            v.require(false, "outcome", "Outcome is required: AGREED or DECLINED");
        } else {
            String code = Fields.normaliseCode(outcome).toUpperCase(java.util.Locale.ROOT);
            v.require(code.equals("AGREED") || code.equals("DECLINED"), "outcome", "Outcome must be AGREED or DECLINED");
            o = code.equals("AGREED") ? IntroductionStatus.AGREED : code.equals("DECLINED") ? IntroductionStatus.DECLINED : null;
        }
        DeclinedReason r = reason == null || reason.isBlank() ? null
                : ConcernForm.choice(DeclinedReason.class, reason, "reason", "Reason", v);
        v.require(o != IntroductionStatus.DECLINED || (reason != null && !reason.isBlank()),
                "reason", "Say why the introduction was declined: one of CLIENT_DECLINED, ME_DECLINED, NOT_AVAILABLE, OTHER");
        String n = Fields.optionalText(note, "note", "Note", Introduction.MAX_NOTE, true, v);
        LocalDate day = on == null || on.isBlank() ? today : Fields.date(on, "on", "The day of the outcome", true, v);
        v.throwIfAny();
        return new Outcome(o, r, n, day);
    }
}
