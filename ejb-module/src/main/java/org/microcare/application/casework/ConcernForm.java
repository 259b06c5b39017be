package org.microcare.application.casework;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.microcare.domain.model.concern.Concern;
import org.microcare.domain.model.concern.ConcernCategory;
import org.microcare.domain.model.concern.ConcernDetails;
import org.microcare.domain.model.concern.ConcernKind;
import org.microcare.domain.model.concern.ConcernOutcome;
import org.microcare.domain.model.concern.ConcernSource;
import org.microcare.domain.model.concern.ReassessmentRequest;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.Violations;

/**
 * A concern as a page or the API sent it, and its reading into {@link ConcernDetails}: the form of each
 * value (dates, the codes of kind, source, category and outcome, text without control characters).
 * Whether the values are allowed (not in the future, a safeguarding category flagged, closed once) is
 * the rule of {@link Concern} and {@link ReassessmentRequest}. Field names in violations are the API's.
 */
public record ConcernForm(String kind, String microEnterpriseId, String clientId, String arrangementId, String raisedOn, String raisedBy,
                          String source, String category, Boolean safeguarding, String description) {

    /** The close of a concern as sent. */
    public record CloseForm(String outcome, String outcomeNote, String closedOn) {

        /** Read into typed values; {@code closedOn} defaults to today. */
        public CloseConcern read(LocalDate today) {
            Violations v = new Violations();
            ConcernOutcome o = choice(ConcernOutcome.class, outcome, "outcome", "Outcome", v);
            String note = Fields.optionalText(outcomeNote, "outcomeNote", "Outcome note", Concern.MAX_OUTCOME_NOTE, true, v);
            LocalDate on = closedOn == null || closedOn.isBlank() ? today : Fields.date(closedOn, "closedOn", "The day it was closed", true, v);
            v.throwIfAny();
            return new CloseConcern(o, note, on);
        }
    }

    /** A close of a concern, read. */
    public record CloseConcern(ConcernOutcome outcome, String outcomeNote, LocalDate closedOn) {
    }

    /** A reassessment request as sent. */
    public record ReassessmentForm(String requestedOn, String requestedBy, String reason) {

        /** Read into typed values; {@code requestedOn} defaults to today. */
        public Reassessment read(LocalDate today) {
            Violations v = new Violations();
            LocalDate on = requestedOn == null || requestedOn.isBlank() ? today
                    : Fields.date(requestedOn, "requestedOn", "The day it was requested", true, v);
            v.requireText(requestedBy, "requestedBy", "Who asked for it", ReassessmentRequest.MAX_REQUESTED_BY);
            String why = Fields.optionalText(reason, "reason", "Reason", ReassessmentRequest.MAX_TEXT, true, v);
            v.require(why != null, "reason", "Say why the client's needs should be assessed again");
            v.throwIfAny();
            return new Reassessment(on, requestedBy.trim(), why);
        }
    }

    /** A reassessment request, read. */
    public record Reassessment(LocalDate requestedOn, String requestedBy, String reason) {
    }

    /** The close of a reassessment request as sent. */
    public record CloseReassessmentForm(String outcomeNote, String closedOn) {

        public CloseReassessment read(LocalDate today) {
            Violations v = new Violations();
            String note = Fields.optionalText(outcomeNote, "outcomeNote", "Outcome note", ReassessmentRequest.MAX_TEXT, true, v);
            v.require(note != null, "outcomeNote", "Say what came of the request (the outcome)");
            LocalDate on = closedOn == null || closedOn.isBlank() ? today : Fields.date(closedOn, "closedOn", "The day it was closed", true, v);
            v.throwIfAny();
            return new CloseReassessment(note, on);
        }
    }

    /** The close of a reassessment request, read. */
    public record CloseReassessment(String outcomeNote, LocalDate closedOn) {
    }

    private static final String ID = "^[A-Za-z0-9-]{1,64}$";

    /** The concern read into typed values, or every problem of form at once (400 naming each field). */
    public ConcernDetails read(LocalDate today) {
        Violations v = new Violations();
        ConcernKind k = choice(ConcernKind.class, kind, "kind", "Kind", v);
        String me = id(microEnterpriseId, "microEnterpriseId", "Micro-enterprise", v);
        String client = id(clientId, "clientId", "Client", v);
        String arrangement = id(arrangementId, "arrangementId", "Arrangement", v);
        v.require(!blank(microEnterpriseId) || !blank(clientId), "microEnterpriseId",
                "Say which micro-enterprise or client the concern is about (at least one)");
        LocalDate on = raisedOn == null || raisedOn.isBlank() ? today : Fields.date(raisedOn, "raisedOn", "The day it was raised", true, v);
        v.requireText(raisedBy, "raisedBy", "Who raised it", Concern.MAX_RAISED_BY);
        ConcernSource s = choice(ConcernSource.class, source, "source", "Source", v);
        ConcernCategory c = choice(ConcernCategory.class, category, "category", "Category", v);
        String text = Fields.optionalText(description, "description", "Description", Concern.MAX_DESCRIPTION, true, v);
        v.require(text != null, "description", "Describe the concern");
        v.throwIfAny();
        return new ConcernDetails(k, me, client, arrangement, on, raisedBy.trim(), s, c, Boolean.TRUE.equals(safeguarding), text);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String id(String text, String field, String label, Violations v) {
        if (text == null || text.isBlank()) {
            return null;
        }
        v.require(text.trim().matches(ID), field, label + " must be the id of a record of this council");
        return text.trim();
    }

    /** One of an enum's names (case and spaces forgiven), or a violation listing them. */
    public static <E extends Enum<E>> E choice(Class<E> type, String text, String field, String label, Violations v) {
        String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (text == null || text.isBlank()) {
            v.require(false, field, label + " is required: one of " + names);
            return null;
        }
        try {
            return Enum.valueOf(type, Fields.normaliseCode(text).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.require(false, field, label + " must be one of " + names);
            return null;
        }
    }
}
