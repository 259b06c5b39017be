package org.microcare.domain.model.reporting;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * South Ayrshire's monthly measures for one month, as API.md defines them (month end = its last day):
 * <ul>
 * <li>{@code totalOnDirectory}: MEs {@code LISTED} at month end, by the stage timeline (the last move on or
 * before the month's last day);</li>
 * <li>{@code newReferrals}: MEs whose enquiry date is in the month;</li>
 * <li>{@code engagedAndSupported}: distinct MEs with a business-support session in the month;</li>
 * <li>{@code newlyListed}: distinct MEs that moved to {@code LISTED} in the month (a return from a pause counts);</li>
 * <li>{@code inProcess}: MEs {@code DEVELOPING} at month end;</li>
 * <li>{@code accessingGrant}: distinct MEs with a grant application approved on or before month end;</li>
 * <li>{@code businessSupportSessions}: sessions held in the month;</li>
 * <li>{@code clientsSupported}: distinct clients with an arrangement active on at least one day of the month;</li>
 * <li>{@code clientHours}: hours recorded for the month across all arrangements;</li>
 * <li>{@code clientsSds} / {@code clientsPrivate}: of those clients, the ones with such an arrangement funded
 * {@code SDS_OPTION_1}…{@code SDS_OPTION_4} / {@code PRIVATE} (a client with both kinds counts in both).</li>
 * </ul>
 */
public record MonthlyMeasures(YearMonth month, long totalOnDirectory, long newReferrals, long engagedAndSupported, long newlyListed,
                              long inProcess, long accessingGrant, long businessSupportSessions, long clientsSupported,
                              BigDecimal clientHours, long clientsSds, long clientsPrivate) {

    /** The measures in the order of the South Ayrshire table, by name (for pages and CSV). */
    public static final List<String> NAMES = List.of("totalOnDirectory", "newReferrals", "engagedAndSupported", "newlyListed", "inProcess",
            "accessingGrant", "businessSupportSessions", "clientsSupported", "clientHours", "clientsSds", "clientsPrivate");

    /** A measure by its name in {@link #NAMES}: a whole number, or hours as a decimal. */
    public Number figure(String name) {
        return switch (name) {
            case "totalOnDirectory" -> totalOnDirectory;
            case "newReferrals" -> newReferrals;
            case "engagedAndSupported" -> engagedAndSupported;
            case "newlyListed" -> newlyListed;
            case "inProcess" -> inProcess;
            case "accessingGrant" -> accessingGrant;
            case "businessSupportSessions" -> businessSupportSessions;
            case "clientsSupported" -> clientsSupported;
            case "clientHours" -> clientHours;
            case "clientsSds" -> clientsSds;
            case "clientsPrivate" -> clientsPrivate;
            default -> throw new IllegalArgumentException("No measure " + name);
        };
    }
}
