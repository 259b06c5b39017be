package org.microcare.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.microcare.domain.model.directory.DirectoryRemovals;

/**
 * The placeholder until the daily directory check records what it takes off the directory: nothing
 * is recorded, and the dashboard says so instead of showing an empty list as if none had gone.
 * Delete this bean when the check's repository implements {@link DirectoryRemovals}.
 */
@ApplicationScoped
public class UnrecordedDirectoryRemovals implements DirectoryRemovals {

    @Override
    public boolean isRecorded() {
        return false;
    }

    @Override
    public List<Removal> between(LocalDate from, LocalDate to, int limit) {
        return List.of();
    }
}
