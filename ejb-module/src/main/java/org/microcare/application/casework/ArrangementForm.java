package org.microcare.application.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.microcare.domain.model.arrangement.Arrangement;
import org.microcare.domain.model.arrangement.Terms;
import org.microcare.domain.model.client.FundingRoute;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.Violations;

/**
 * An arrangement as a page or the API sent it, and its reading into typed values: ids, dates
 * {@code yyyy-MM-dd}, whole hours, money with at most two places, the funding route as the API names
 * it. Whether the terms are allowed (dates in order, hours 1 to 168, a rate above zero) and whether the
 * facts allow the arrangement is {@link Arrangement}'s rule. Field names in violations are the API's.
 */
public record ArrangementForm(String clientId, String microEnterpriseId, String startsOn, String endsOn, Integer hoursPerWeek,
                              Object hourlyRate, String funding) {

    /** An arrangement to make, read. */
    public record Request(String clientId, String microEnterpriseId, Terms terms) {
    }

    /** Monthly hours, read. */
    public record Hours(YearMonth month, BigDecimal hours) {
    }

    /** An early end, read. */
    public record Ending(LocalDate endsOn, String reason) {
    }

    public Request read() {
        Violations v = new Violations();
        v.requireText(clientId, "clientId", "Client", 36);
        v.requireText(microEnterpriseId, "microEnterpriseId", "Micro-enterprise", 36);
        LocalDate from = Fields.date(startsOn, "startsOn", "First day", true, v);
        LocalDate to = Fields.date(endsOn, "endsOn", "Last day", false, v);
        Fields.period(from, to, "endsOn", "The last day", "The first day", v);
        v.require(hoursPerWeek != null && hoursPerWeek >= Arrangement.MIN_HOURS && hoursPerWeek <= Arrangement.MAX_HOURS, "hoursPerWeek",
                "Hours per week must be a whole number from " + Arrangement.MIN_HOURS + " to " + Arrangement.MAX_HOURS);
        BigDecimal rate = Fields.money(hourlyRate, "hourlyRate", "Hourly rate", true, v);
        v.require(rate == null || rate.signum() > 0, "hourlyRate", "Hourly rate must be more than 0.00");
        v.require(rate == null || rate.compareTo(Arrangement.MAX_RATE) <= 0, "hourlyRate", "Hourly rate is too large");
        FundingRoute route = funding(v);
        v.throwIfAny();
        return new Request(clientId.trim(), microEnterpriseId.trim(), new Terms(from, to, hoursPerWeek, rate, route));
    }

    private FundingRoute funding(Violations v) {
        if (funding == null || funding.isBlank()) {
            v.require(false, "funding", "Funding route is required: one of " + Arrays.toString(FundingRoute.values()));
            return null;
        }
        try {
            return FundingRoute.valueOf(Fields.normaliseCode(funding));
        } catch (IllegalArgumentException e) {
            v.require(false, "funding", "Funding route must be one of " + Arrays.toString(FundingRoute.values()));
            return null;
        }
    }

    /** Monthly hours as sent: {@code month} {@code yyyy-MM}, {@code hours} from 0 with at most two decimal places. */
    public static Hours hours(String month, Object hours) {
        Violations v = new Violations();
        YearMonth m = month(month, "month", v);
        BigDecimal h = null;
        String problem = hours == null ? "missing" : Fields.moneyProblem(hours);
        switch (problem == null ? "" : problem) {
            case "" -> h = Fields.moneyValue(hours);
            case "missing" -> v.require(false, "hours", "Hours are required, like 30.5");
            case "decimals" -> v.require(false, "hours", "Hours must have no more than two decimal places, like 30.25");
            case "negative" -> v.require(false, "hours", "Hours must not be negative");
            default -> v.require(false, "hours", "Hours must be a number, like 30.5");
        }
        v.throwIfAny();
        return new Hours(m, h);
    }

    /** A month {@code yyyy-MM} between the years 1900 and 2999. */
    public static YearMonth month(String text, String field, Violations v) {
        if (text == null || text.isBlank()) {
            v.require(false, field, "Month is required, written yyyy-MM like 2024-03");
            return null;
        }
        try {
            if (!text.trim().matches("^\\d{4}-\\d{2}$")) {
                throw new DateTimeParseException("form", text, 0);
            }
            YearMonth m = YearMonth.parse(text.trim());
            if (m.getYear() < Fields.MIN_YEAR || m.getYear() > Fields.MAX_YEAR) {
                v.require(false, field, "Month must be between the years " + Fields.MIN_YEAR + " and " + Fields.MAX_YEAR);
                return null;
            }
            return m;
        } catch (DateTimeParseException e) {
            v.require(false, field, "Month must be a real month written yyyy-MM, like 2024-03");
            return null;
        }
    }

    /** An early end as sent: the new last day and why. */
    public static Ending ending(String endsOn, String reason) {
        Violations v = new Violations();
        LocalDate on = Fields.date(endsOn, "endsOn", "Last day", true, v);
        v.require(reason != null && !reason.isBlank(), "reason", "Say why the arrangement is ending");
        String why = Fields.optionalText(reason, "reason", "Reason", 500, true, v);
        v.throwIfAny();
        return new Ending(on, why);
    }
}
