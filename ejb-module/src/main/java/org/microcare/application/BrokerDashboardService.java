package org.microcare.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.domain.model.directory.DirectoryRemovals;
import org.microcare.domain.model.directory.DirectoryRemovals.Removal;
import org.microcare.domain.model.microenterprise.MicroEnterpriseQueries;
import org.microcare.domain.model.microenterprise.MicroEnterpriseQueries.Counted;
import org.microcare.domain.model.microenterprise.MicroEnterpriseQueries.Departure;
import org.microcare.domain.model.microenterprise.MicroEnterpriseQueries.ExpiringEvidence;
import org.microcare.domain.model.microenterprise.MicroEnterpriseQueries.MicroEnterpriseRow;
import org.microcare.domain.model.microenterprise.MicroEnterpriseQueries.StageCount;
import org.microcare.domain.model.microenterprise.Stage;
import org.microcare.domain.model.programme.Programme;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/**
 * What a broker needs to act on today, across the council's micro-enterprises, with the windows the
 * council set (evidence warning, listing freshness). Read only; nothing here is audited, as it shows
 * trading names and dates, not anyone's personal details.
 */
@Stateless
@TenantTransactional
public class BrokerDashboardService {

    /** New enquiries are those of the last 30 days. */
    public static final int ENQUIRY_DAYS = 30;
    /** "This week" is the last 7 days, today included. */
    public static final int WEEK_DAYS = 7;
    /** At most this many rows of each list; the totals are always complete. */
    public static final int ROWS = 25;
    /** The stages where an ME waits for the next step, with its longest-waiting MEs listed. */
    public static final List<Stage> WAITING = List.of(Stage.ENQUIRY, Stage.DEVELOPING, Stage.PAUSED);

    /** One stage's longest-waiting MEs. */
    public record Waiting(Stage stage, Counted<MicroEnterpriseRow> microEnterprises) {
    }

    /** Everything on the dashboard, as of {@code today}. */
    public record Dashboard(LocalDate today, int evidenceWarningDays, int listingFreshnessDays, List<StageCount> stages,
                            List<Waiting> waiting, LocalDate enquiriesSince, Counted<MicroEnterpriseRow> newEnquiries,
                            LocalDate expiringUntil, Counted<ExpiringEvidence> expiring, LocalDate weekFrom,
                            Counted<Departure> leftDirectory, List<Removal> removals,
                            Counted<MicroEnterpriseRow> hidden, LocalDate confirmedBefore, Counted<MicroEnterpriseRow> toReconfirm) {

        /** How many MEs are at a stage now. */
        public long count(Stage stage) {
            return stages.stream().filter(s -> s.stage() == stage).mapToLong(StageCount::count).sum();
        }
    }

    @Inject
    MicroEnterpriseQueries queries;

    @Inject
    DirectoryRemovals removals;

    @Inject
    ProgrammeQueries programmes;

    @Inject
    Today today;

    public Dashboard dashboard() {
        LocalDate day = today.date();
        Programme programme = programmes.programme();
        int warning = programme.getEvidenceWarningDays();
        int freshness = programme.getListingFreshnessDays();
        LocalDate enquiriesSince = day.minusDays(ENQUIRY_DAYS - 1L);
        LocalDate until = day.plusDays(warning);
        LocalDate weekFrom = day.minusDays(WEEK_DAYS - 1L);
        LocalDate confirmedBefore = day.minusDays(freshness);
        List<Waiting> waiting = WAITING.stream().map(s -> new Waiting(s, queries.longestAt(s, ROWS))).toList();
        return new Dashboard(day, warning, freshness, queries.stageCounts(), waiting, enquiriesSince,
                queries.enquiriesSince(enquiriesSince, ROWS), until, queries.evidenceExpiring(day, until, ROWS), weekFrom,
                queries.leftDirectory(weekFrom, day, ROWS), removals.between(weekFrom, day, ROWS),
                queries.listedButHidden(day, ROWS), confirmedBefore, queries.listingsConfirmedBefore(confirmedBefore, ROWS));
    }
}
