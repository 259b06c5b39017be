package org.microcare.domain.model.matching;

import java.time.LocalDate;
import java.util.List;

/** The current council's MEs that pass every hard filter of the criteria on the day, found by the database. */
public interface MatchCandidates {

    /** The MEs visible in the directory on the day that meet every hard filter, in no particular order. */
    default List<Candidate> candidates(MatchCriteria criteria, LocalDate day) {
        return candidates(criteria, day, day, null);
    }

    /**
     * The MEs that meet every hard filter over the days {@code from} to {@code to} (inclusive), in no
     * particular order, leaving out {@code excluding} (null for none): visible in the directory on the
     * first day (as an arrangement must be), not away on any of the days, with the spare hours on every
     * one of them, and the filters that do not depend on the day. A candidate's spare hours are the fewest
     * it has on any of the days; its current load is the first day's. One day when {@code from} equals
     * {@code to}: the same as {@link #candidates(MatchCriteria, LocalDate)}.
     */
    List<Candidate> candidates(MatchCriteria criteria, LocalDate from, LocalDate to, String excluding);

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
