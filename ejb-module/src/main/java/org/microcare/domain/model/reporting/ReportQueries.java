package org.microcare.domain.model.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.microcare.domain.model.client.FundingRoute;
import org.microcare.domain.model.microenterprise.CodeKind;
import org.microcare.domain.model.microenterprise.Stage;

/**
 * The figures behind the current council's reports, each answered by one aggregate query in the
 * database. Days are inclusive; "active" arrangements are those with {@code startsOn <= last day} and
 * no end or {@code endsOn >= first day}. Each {@code …Records} method reads the records behind the figure of the
 * method of the same name with the same condition (so their count, or sum of hours, is that figure), ordered by
 * date then name.
 */
public interface ReportQueries {

    /** MEs whose last stage move made on or before {@code day} took them to {@code stage} (from the stage timeline). */
    long atStageOn(Stage stage, LocalDate day);

    /** MEs whose enquiry date lies from {@code from} to {@code to}. */
    long enquiries(LocalDate from, LocalDate to);

    /** Distinct MEs that moved to {@code stage} on a day from {@code from} to {@code to}. */
    long movedTo(Stage stage, LocalDate from, LocalDate to);

    /** Business-support sessions held from {@code from} to {@code to}. */
    long supportSessions(LocalDate from, LocalDate to);

    /** Distinct MEs with a business-support session held from {@code from} to {@code to}. */
    long supportedMicroEnterprises(LocalDate from, LocalDate to);

    /** Distinct MEs with a grant application approved on or before {@code day}. */
    long grantedMicroEnterprises(LocalDate day);

    /** Distinct clients with an arrangement active on at least one day from {@code from} to {@code to}, funded by one of {@code funding} (null: any). */
    long clientsActive(LocalDate from, LocalDate to, Collection<FundingRoute> funding);

    /** Hours a week of the arrangements active on {@code day}. */
    long weeklyHoursOn(LocalDate day);

    /** Hours recorded for the months whose first day lies from {@code from} to {@code to}, by that first day (months with none left out). */
    Map<LocalDate, BigDecimal> hoursByMonth(LocalDate from, LocalDate to);

    /** The MEs counted by {@link #atStageOn}, each with the day of its move to the stage. */
    List<MeasureRecord> atStageOnRecords(Stage stage, LocalDate day);

    /** The MEs counted by {@link #enquiries}, each with its enquiry date. */
    List<MeasureRecord> enquiryRecords(LocalDate from, LocalDate to);

    /** The MEs counted by {@link #movedTo}, each with its first move to the stage in the period. */
    List<MeasureRecord> movedToRecords(Stage stage, LocalDate from, LocalDate to);

    /** The sessions counted by {@link #supportSessions}, each with its ME and day. */
    List<MeasureRecord> supportSessionRecords(LocalDate from, LocalDate to);

    /** The MEs counted by {@link #supportedMicroEnterprises}, each with its first session in the period. */
    List<MeasureRecord> supportedMicroEnterpriseRecords(LocalDate from, LocalDate to);

    /** The MEs counted by {@link #grantedMicroEnterprises}, each with the day of its first approval. */
    List<MeasureRecord> grantedMicroEnterpriseRecords(LocalDate day);

    /** The clients counted by {@link #clientsActive} (id and reference), each with the earliest start of their arrangements counted. */
    List<MeasureRecord> clientsActiveRecords(LocalDate from, LocalDate to, Collection<FundingRoute> funding);

    /** The hours summed by {@link #hoursByMonth}, one record per arrangement and month, with its ME and client. */
    List<MeasureRecord> hoursRecords(LocalDate from, LocalDate to);

    /*
     * Series: the figure of a per-month method above for each month from {@code first} to {@code last} (oldest first,
     * one entry a month), all months in one aggregate query whose condition for each month is the per-month method's
     * own. For the trend charts and the board pack (twelve months); a series is meant for a few dozen months at most.
     */

    /** {@link #atStageOn} on the last day of each month. */
    List<Long> atStageOnMonthEnds(Stage stage, YearMonth first, YearMonth last);

    /** {@link #enquiries} in each month. */
    List<Long> enquiriesByMonth(YearMonth first, YearMonth last);

    /** {@link #movedTo} in each month. */
    List<Long> movedToByMonth(Stage stage, YearMonth first, YearMonth last);

    /** {@link #supportSessions} in each month. */
    List<Long> supportSessionsByMonth(YearMonth first, YearMonth last);

    /** {@link #supportedMicroEnterprises} in each month. */
    List<Long> supportedMicroEnterprisesByMonth(YearMonth first, YearMonth last);

    /** {@link #grantedMicroEnterprises} on the last day of each month. */
    List<Long> grantedMicroEnterprisesMonthEnds(YearMonth first, YearMonth last);

    /** {@link #clientsActive} in each month. */
    List<Long> clientsActiveByMonth(YearMonth first, YearMonth last, Collection<FundingRoute> funding);

    /** {@link #clientsActiveByFunding} in each month: for each funding route with any, its series. */
    Map<FundingRoute, List<Long>> clientsActiveByFundingAndMonth(YearMonth first, YearMonth last);

    /** How many waiting clients of a locality needing a service were referred on a day. */
    record WaitingCount(String locality, String service, LocalDate referredOn, long clients) {
    }

    /** MEs listed on {@code day} by the owner's gender ({@code NOT_GIVEN} without one). */
    Map<String, Long> listedByGender(LocalDate day);

    /** MEs listed on {@code day} by age band ({@code NOT_GIVEN} without one). */
    Map<String, Long> listedByAgeBand(LocalDate day);

    /** MEs listed on {@code day} by their codes of a kind (an ME under each of its codes). */
    Map<String, Long> listedByCode(CodeKind kind, LocalDate day);

    /** MEs listed on {@code day} working evenings (flag, or a window ending after 18:00). */
    long listedEvenings(LocalDate day);

    /** MEs listed on {@code day} working weekends (flag, or a Saturday or Sunday window). */
    long listedWeekends(LocalDate day);

    /** Clients waiting on {@code day} (see {@link WorkforceDemand}). */
    long waitingClients(LocalDate day);

    /** Clients waiting on {@code day} by the carer gender asked for (those without a preference left out). */
    Map<String, Long> waitingByCarerGender(LocalDate day);

    /** Clients waiting on {@code day} by the language asked for (those without left out). */
    Map<String, Long> waitingByLanguage(LocalDate day);

    /** Clients waiting on {@code day} by each specialism asked for. */
    Map<String, Long> waitingBySpecialism(LocalDate day);

    /** Clients waiting on {@code day} with a preferred time ending after 18:00. */
    long waitingEvenings(LocalDate day);

    /** Clients waiting on {@code day} with a Saturday or Sunday preferred time. */
    long waitingWeekends(LocalDate day);

    /** Clients waiting on {@code day} by locality, service needed and referral date, ordered by locality, service and latest referral first. */
    List<WaitingCount> waitingByLocalityAndService(LocalDate day);

    /** Distinct clients with an arrangement active from {@code from} to {@code to}, by the arrangement's funding (as {@link #clientsActive}). */
    Map<FundingRoute, Long> clientsActiveByFunding(LocalDate from, LocalDate to);

    /** Hours recorded for the months whose first day lies from {@code from} to {@code to}, by first day and funding of the arrangement. */
    Map<LocalDate, Map<FundingRoute, BigDecimal>> hoursByMonthAndFunding(LocalDate from, LocalDate to);

    /** The approved grant awards decided in a period: how many, and their total (0 when none). */
    record Awards(long count, BigDecimal total) {
    }

    /**
     * MEs whose first move to {@code LISTED} (the earliest in their stage timeline) was made from {@code from} to {@code to},
     * grouped by enquiry date and day of that listing.
     */
    List<JourneyFlow.FirstListings> firstListings(LocalDate from, LocalDate to);

    /**
     * MEs that moved to {@code LEFT} from {@code from} to {@code to}, each by its last such move in the period, grouped by its day
     * and reason.
     */
    List<JourneyFlow.Departures> departures(LocalDate from, LocalDate to);

    /** Grant applications {@code APPROVED} with a decision date from {@code from} to {@code to}: how many, and the sum awarded. */
    Awards awardsDecided(LocalDate from, LocalDate to);
}
