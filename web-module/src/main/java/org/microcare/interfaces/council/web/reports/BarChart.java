package org.microcare.interfaces.council.web.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart laid out on the server for an inline SVG (no script): one group of bars per row,
 * one bar per series, each bar's figure written at its end, a key above. Lengths are in the SVG's own
 * units ({@link #WIDTH} wide, {@link #getHeight()} high); bars scale to the largest figure. The page
 * renders the geometry; the data table after the chart is the accessible source of the figures.
 */
public final class BarChart {

    public static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 290;
    private static final int BAR_AREA = 400;
    private static final int BAR = 16;
    private static final int BAR_GAP = 3;
    private static final int GROUP_GAP = 14;
    private static final int TOP = 40;
    /** Keys stand at least this far apart, further for a long name (about {@link #KEY_CHAR} units a character at 14px Arial). */
    private static final int KEY_STEP = 200;
    private static final double KEY_CHAR = 7.5;

    /** A series: its name in the key and its fill colour (each at least 3:1 against white). */
    public record Series(String name, String fill) {
    }

    /** A row of the chart: its label and one figure per series (null: the series has none here). */
    public record Row(String label, List<Long> values) {
    }

    /** A bar: its rectangle, fill and figure (written at {@code textX}). */
    public record Bar(int x, int y, int width, int height, String fill, String value, int textX, int textY) {
    }

    /** A row's label (right-aligned at {@code labelX}) and bars. */
    public record Group(String label, int labelX, int labelY, List<Bar> bars) {
    }

    /** A key entry: its swatch and name. */
    public record Key(String name, String fill, int x, int y) {
    }

    private final List<Group> groups = new ArrayList<>();
    private final List<Key> keys = new ArrayList<>();
    private final int height;

    public BarChart(List<Series> series, List<Row> rows) {
        long max = rows.stream().flatMap(r -> r.values().stream()).filter(v -> v != null).mapToLong(Long::longValue).max().orElse(0);
        int keyX = LABEL_WIDTH;
        for (Series s : series) {
            keys.add(new Key(s.name(), s.fill(), keyX, 12));
            keyX += Math.max(KEY_STEP, 20 + (int) Math.ceil(s.name().length() * KEY_CHAR) + 24);
        }
        int y = TOP;
        for (Row row : rows) {
            List<Bar> bars = new ArrayList<>();
            int groupHeight = series.size() * (BAR + BAR_GAP) - BAR_GAP;
            for (int i = 0; i < series.size(); i++) {
                Long value = row.values().get(i);
                if (value == null) {
                    continue;
                }
                int barY = y + i * (BAR + BAR_GAP);
                int width = max == 0 ? 0 : (int) Math.round((double) value * BAR_AREA / max);
                bars.add(new Bar(LABEL_WIDTH, barY, Math.max(width, 1), BAR, series.get(i).fill(), String.valueOf(value),
                        LABEL_WIDTH + Math.max(width, 1) + 6, barY + BAR - 3));
            }
            groups.add(new Group(row.label(), LABEL_WIDTH - 10, y + groupHeight / 2 + 5, bars));
            y += groupHeight + GROUP_GAP;
        }
        height = y + 4;
    }

    public List<Group> getGroups() {
        return groups;
    }

    public List<Key> getKeys() {
        return keys;
    }

    public int getHeight() {
        return height;
    }

    public int getWidth() {
        return WIDTH;
    }
}
