package org.microcare.domain.model.arrangement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The current council's arrangements and the hours recorded under them. */
public interface ArrangementRepository {

    /** Which arrangements a list wants: of one client, of one ME, active on one day; null for any. */
    record Filter(String clientId, String microEnterpriseId, LocalDate activeOn) {
    }

    /** One page of arrangements, latest start first. */
    List<Arrangement> page(Filter filter, int first, int size);

    long count(Filter filter);

    /** The client's arrangements not over by {@code day} (open-ended or ending after it), earliest start first. */
    List<Arrangement> runningAfter(String clientId, LocalDate day);

    Optional<Arrangement> find(String id);

    /** The arrangement, its row locked until the transaction ends (hours and endings one at a time). */
    Optional<Arrangement> findForChange(String id);

    /**
     * The most hours a week the ME's arrangements commit it to on any day from {@code from} to {@code to}
     * (inclusive; null: open-ended), leaving out {@code exceptId} (null for none), and the first day it is
     * reached: computed in SQL (the peak is reached on the first day or on a day another arrangement starts).
     */
    Load peakCommitted(String microEnterpriseId, LocalDate from, LocalDate to, String exceptId);

    /** The ME's arrangements active on at least one day from {@code from} to {@code to} (inclusive), earliest first. */
    List<Arrangement> ofMicroEnterpriseDuring(String microEnterpriseId, LocalDate from, LocalDate to);

    /** The covers arranged for an absence, ended ones included, earliest first. */
    List<Arrangement> coversOf(String absenceId);

    void add(Arrangement arrangement);

    void add(MonthlyHours hours);

    /** The hours recorded under the arrangement, by month. */
    List<MonthlyHours> hoursOf(String arrangementId);
}
