package org.microcare.domain.model.microenterprise;

import java.time.LocalDate;
import java.util.List;

/**
 * The broker's view across the current council's micro-enterprises: how many are at each stage and
 * for how long, new enquiries, evidence about to expire, listings that left the directory or have
 * not been confirmed for a while. Every question is answered by the database (filtered, counted,
 * ordered and cut to {@code limit} rows there); nothing loads every ME.
 */
public interface MicroEnterpriseQueries {

    /** How many MEs are at a stage, and since when the longest-waiting one has been there. */
    record StageCount(Stage stage, long count, LocalDate longestSince) {
    }

    /** One ME in a list: {@code since} is the day the list is about (enquiry, stage since, last confirmed). */
    record MicroEnterpriseRow(String id, String tradingName, Stage stage, LocalDate since) {
    }

    /** Evidence for one requirement of one ME that stops being valid on {@code expiresOn} with nothing to replace it yet. */
    record ExpiringEvidence(String microEnterpriseId, String tradingName, String requirementCode, String requirementName,
                            boolean mandatory, LocalDate expiresOn) {
    }

    /** A move of a listed ME off the directory (paused, or left), with its reason. */
    record Departure(String microEnterpriseId, String tradingName, Stage to, LocalDate on, LeaveReason reason, String note,
                     String by) {
    }

    /** Rows and how many there are in all (the rows may be cut short). */
    record Counted<T>(long total, List<T> rows) {

        public boolean isCut() {
            return total > rows.size();
        }
    }

    /** Every stage that has MEs, in the order of {@link Stage}. */
    List<StageCount> stageCounts();

    /** The MEs at a stage, longest there first. */
    Counted<MicroEnterpriseRow> longestAt(Stage stage, int limit);

    /** MEs whose enquiry date is on or after {@code since}, newest first. */
    Counted<MicroEnterpriseRow> enquiriesSince(LocalDate since, int limit);

    /**
     * For MEs still in the programme, the requirements in force on {@code day} and applying to them
     * whose best valid evidence expires after {@code day} and no later than {@code until}; soonest first.
     */
    Counted<ExpiringEvidence> evidenceExpiring(LocalDate day, LocalDate until, int limit);

    /** Moves from {@code LISTED} to {@code PAUSED} or {@code LEFT} made on a day from {@code from} to {@code to}; latest first. */
    Counted<Departure> leftDirectory(LocalDate from, LocalDate to, int limit);

    /** Listed MEs hidden from the directory on {@code day}: a mandatory requirement applying to them lacks valid evidence. */
    Counted<MicroEnterpriseRow> listedButHidden(LocalDate day, int limit);

    /** Listed MEs last confirmed before {@code day} (or never); least recently confirmed first. */
    Counted<MicroEnterpriseRow> listingsConfirmedBefore(LocalDate day, int limit);
}
