package org.microcare.domain.model.reporting;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The records behind one monthly measure of one month, read with the very conditions that count the
 * figure, so {@link #count()} (clients, MEs or sessions) or {@link #totalHours()} (hours) equals it.
 * Without client details (viewers) the client records are left out and only their count is kept;
 * hours records keep their ME but lose the client.
 */
public record MeasureDrillDown(YearMonth month, String measure, Kind kind, long count, List<MeasureRecord> records, boolean clientDetails) {

    /** What a measure's records are. */
    public enum Kind {
        MICRO_ENTERPRISES, SESSIONS, CLIENTS, HOURS
    }

    /** The kind of records behind each measure of {@link MonthlyMeasures#NAMES}. */
    public static Kind kindOf(String measure) {
        return switch (measure) {
            case "businessSupportSessions" -> Kind.SESSIONS;
            case "clientsSupported", "clientsSds", "clientsPrivate" -> Kind.CLIENTS;
            case "clientHours" -> Kind.HOURS;
            default -> Kind.MICRO_ENTERPRISES;
        };
    }

    public static MeasureDrillDown of(YearMonth month, String measure, List<MeasureRecord> records, boolean clientDetails) {
        Kind kind = kindOf(measure);
        if (clientDetails) {
            return new MeasureDrillDown(month, measure, kind, records.size(), records, true);
        }
        List<MeasureRecord> shown = kind == Kind.CLIENTS ? List.of() : records.stream().map(MeasureRecord::withoutClient).toList();
        return new MeasureDrillDown(month, measure, kind, records.size(), shown, false);
    }

    /** The hours of the records (hours records; zero otherwise). */
    public BigDecimal totalHours() {
        return records.stream().map(MeasureRecord::hours).filter(h -> h != null).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }
}
