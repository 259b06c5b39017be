package org.microcare.domain.model.reporting;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.microcare.domain.model.client.FundingRoute;

/**
 * Clients and hours by funding route for each of the {@link #MONTHS} months to a chosen month (oldest first):
 * <ul>
 * <li>clients of a route in a month: distinct clients with an arrangement of that funding active on at least
 * one day of the month (as {@code clientsSupported}; a client with arrangements of two routes counts under
 * both, so the routes may add up to more than {@link Month#totalClients()});</li>
 * <li>hours of a route in a month: hours recorded for the month on arrangements of that funding (they add up
 * to the month's {@code clientHours});</li>
 * <li>{@link Month#sdsOption2Clients()}: the clients of {@code SDS_OPTION_2} (South Ayrshire's target).</li>
 * </ul>
 * Every route is present in every month (zero when none).
 */
public record FundingMix(YearMonth from, YearMonth to, List<Month> months) {

    /** How many months the report covers, the chosen one last. */
    public static final int MONTHS = 12;

    /** One month: distinct clients of any route, clients and hours by route. */
    public record Month(YearMonth month, long totalClients, Map<FundingRoute, Long> clients, Map<FundingRoute, BigDecimal> hours) {

        public static Month of(YearMonth month, long totalClients, Map<FundingRoute, Long> clients, Map<FundingRoute, BigDecimal> hours) {
            Map<FundingRoute, Long> c = new EnumMap<>(FundingRoute.class);
            Map<FundingRoute, BigDecimal> h = new EnumMap<>(FundingRoute.class);
            for (FundingRoute r : FundingRoute.values()) {
                c.put(r, clients.getOrDefault(r, 0L));
                h.put(r, hours.getOrDefault(r, BigDecimal.ZERO).setScale(2));
            }
            return new Month(month, totalClients, c, h);
        }

        public long sdsOption2Clients() {
            return clients.get(FundingRoute.SDS_OPTION_2);
        }

        public BigDecimal totalHours() {
            return hours.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        }
    }
}
