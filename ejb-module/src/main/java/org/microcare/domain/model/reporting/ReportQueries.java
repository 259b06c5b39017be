package org.microcare.domain.model.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.microcare.domain.model.client.FundingRoute;
import org.microcare.domain.model.microenterprise.Stage;

/**
 * The figures behind the current council's reports, each answered by one aggregate query in the
 * database. Days are inclusive; "active" arrangements are those with {@code startsOn <= last day} and
 * no end or {@code endsOn >= first day}.
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
}
