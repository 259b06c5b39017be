package org.microcare.domain.model.directory;

/**
 * The stored {@link ComplianceWindows} of a council's MEs. Renewed in the transaction that changes what
 * they depend on: an ME's evidence, services or medication ({@link #renew(String)}), or the framework
 * ({@link #renewAll()}). Both read what they depend on with locking reads, so a framework change and an
 * evidence record committed at the same moment cannot leave an ME's ranges computed from the older of
 * the two.
 */
public interface ComplianceWindowStore {

    /** Recomputes one ME's ranges from its current evidence, services and medication and the framework. */
    void renew(String microEnterpriseId);

    /** Recomputes every ME's ranges of the council (after a framework change), a batch at a time; returns how many MEs. */
    int renewAll();
}
