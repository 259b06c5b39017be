package org.microcare.domain.model.matching;

import java.time.LocalDate;
import java.util.List;

/** The current council's MEs that pass every hard filter of the criteria on the day, found by the database. */
public interface MatchCandidates {

    /** The MEs visible in the directory on the day that meet every hard filter, in no particular order. */
    List<Candidate> candidates(MatchCriteria criteria, LocalDate day);

    /**
     * Why one ME is not a candidate on the day: every hard filter it fails, as reasons; empty when it
     * passes them all. An unknown ME is {@link org.microcare.domain.shared.RecordNotFoundException}.
     */
    List<Reason> exclusions(MatchCriteria criteria, String microEnterpriseId, LocalDate day);

    /** An ME by id and trading name, for a broker to pick one. */
    record Named(String id, String tradingName) {
    }

    /** Up to {@code limit} MEs working in the locality, whatever their stage, by trading name: the ones a broker may ask about. */
    List<Named> inLocality(String locality, int limit);
}
