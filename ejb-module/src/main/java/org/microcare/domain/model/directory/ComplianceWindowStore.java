package org.microcare.domain.model.directory;

/**
 * The stored {@link ComplianceWindows} of a council's MEs, and the directory rows derived from them and the
 * ME's stage, name and services ({@link DirectoryListing}, {@link DirectoryOffer}). Renewed in the transaction that changes what
 * they depend on: an ME's evidence, services or medication ({@link #renew(String)}), or the framework
 * ({@link #renewAll()}). Both read what they depend on with locking reads, so a framework change and an
 * evidence record committed at the same moment cannot leave an ME's ranges computed from the older of
 * the two.
 */
public interface ComplianceWindowStore {

    /**
     * Recomputes one ME's ranges from its current evidence, services and medication and the framework, then
     * rewrites its directory rows (its name or services may have changed too).
     */
    void renew(String microEnterpriseId);

    /** Rewrites one ME's directory rows after a change of stage, which leaves its ranges as they are. */
    void relist(String microEnterpriseId);

    /**
     * Recomputes every ME's ranges of the council (after a framework change), a batch at a time, and the
     * directory rows of those whose ranges changed; returns how many MEs.
     */
    int renewAll();
}
