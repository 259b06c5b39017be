package org.microcare.domain.model.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * Listings the daily directory check took off the directory because mandatory evidence expired.
 * Brokers see them on the dashboard next to the moves they made themselves (pauses and leavers).
 * <p>
 * The daily directory job records them ({@code DirectoryUpkeep}); removals explained by a stage move
 * are not among them, since the dashboard lists those moves already.
 */
public interface DirectoryRemovals {

    /** One listing taken off the directory on a day, and why (the requirements whose evidence lapsed or is missing). */
    record Removal(String microEnterpriseId, String tradingName, LocalDate on, String reason) {
    }

    /** Removals on a day from {@code from} to {@code to}, latest first, at most {@code limit}. */
    List<Removal> between(LocalDate from, LocalDate to, int limit);
}
