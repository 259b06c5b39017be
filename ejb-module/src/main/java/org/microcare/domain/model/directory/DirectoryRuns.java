package org.microcare.domain.model.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the daily directory job records in a council's schema. */
public interface DirectoryRuns {

    /** Whether the day's run already happened (or is under way and committed first) in this council. */
    boolean ran(LocalDate day);

    /**
     * Claims the day's run: inserts the day's row, written at once so that a second instance doing the
     * same waits on the key and then fails with a conflict (its work is rolled back).
     */
    DirectoryRun claim(LocalDate day, Instant at);

    /** The MEs the last run saw in the directory, with the day each appeared. */
    Map<String, LocalDate> presence();

    void appeared(String microEnterpriseId, LocalDate day);

    void disappeared(String microEnterpriseId);

    void add(DirectoryChange change);

    List<DirectoryChange> changesOf(String microEnterpriseId);

}
