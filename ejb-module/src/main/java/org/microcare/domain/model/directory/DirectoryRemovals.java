package org.microcare.domain.model.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * Listings the daily directory check took off the directory because mandatory evidence expired.
 * Brokers see them on the dashboard next to the moves they made themselves (pauses and leavers).
 * <p>
 * Until the daily check records them, {@link #isRecorded()} answers false and the dashboard says so;
 * the check's own repository replaces the placeholder bean.
 */
public interface DirectoryRemovals {

    /** One listing taken off the directory on a day, and the requirements whose evidence had lapsed. */
    record Removal(String microEnterpriseId, String tradingName, LocalDate on, List<String> requirementCodes) {
    }

    /** Whether removals are recorded at all. */
    boolean isRecorded();

    /** Removals on a day from {@code from} to {@code to}, latest first, at most {@code limit}. */
    List<Removal> between(LocalDate from, LocalDate to, int limit);
}
