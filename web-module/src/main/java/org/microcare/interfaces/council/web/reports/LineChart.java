package org.microcare.interfaces.council.web.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A line chart of figures month by month laid out on the server for an inline SVG (no script): the months along
 * the bottom (the year under the first month and under each January), a value axis from 0 with round steps and
 * grid lines, one line per series, and each line's last figure written at its end; the key above, one series a line. Series differ by more than
 * colour: the first is a solid line with round markers, the second dashed with square ones, the third dotted with
 * diamonds; the key above shows each. Lengths are in the SVG's own units ({@link #WIDTH} × {@link #HEIGHT}). The
 * page renders the geometry; the data table after the chart is the accessible source of the figures.
 */
public final class LineChart {

    public static final int WIDTH = 760;
    public static final int HEIGHT = 320;
    private static final int LEFT = 64;
    private static final int RIGHT = 80;
    private static final int TOP = 64;
    private static final int BOTTOM = 46;
    private static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    private static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
    /** The fewest units between two last-figure labels, so they never overlap. */
    private static final int LABEL_SPACING = 16;
    private static final String[] DASHES = {"none", "8 5", "2 4"};

    /** A series: its name in the key, its colour (at least 3:1 against white), one figure a month and how its last figure is written. */
    public record Series(String name, String colour, List<? extends Number> values, String lastText) {
    }

    /** A horizontal grid line at {@code y} and its value, written left of the axis. */
    public record Tick(int y, String label) {
    }

    /** A month's label centred at {@code x}; {@code year} is empty except under the first month and under each January. */
    public record MonthLabel(int x, String label, String year) {
    }

    /** A marker: its SVG path. */
    public record Marker(String path) {
    }

    /**
     * A series drawn: its polyline {@code points}, dash pattern, markers, last figure (at {@code lastX}, {@code lastY})
     * and key entry (line from {@code keyX} to {@code keyX + 28} at {@code keyY}, its marker, the name after it).
     */
    public record Line(String name, String colour, String dash, String points, List<Marker> markers, String lastText, int lastX, int lastY,
                       int keyX, int keyY, Marker keyMarker) {
    }

    private final List<Tick> ticks = new ArrayList<>();
    private final List<MonthLabel> months = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final long top;

    /**
     * {@code monthLabels} and {@code years}: one each a month (the year written where {@link MonthLabel} says);
     * every series has one figure a month, none negative; at most three series.
     */
    public LineChart(List<String> monthLabels, List<String> years, List<Series> series) {
        if (series.size() > DASHES.length) {
            throw new IllegalArgumentException("At most " + DASHES.length + " series");
        }
        int n = monthLabels.size();
        double max = series.stream().flatMap(s -> s.values().stream()).mapToDouble(Number::doubleValue).max().orElse(0);
        long step = step(max);
        top = Math.max(step, (long) Math.ceil(max / step) * step);
        for (long v = 0; v <= top; v += step) {
            ticks.add(new Tick(y(v), String.valueOf(v)));
        }
        for (int i = 0; i < n; i++) {
            boolean showYear = i == 0 || !years.get(i).equals(years.get(i - 1));
            months.add(new MonthLabel(x(i, n), monthLabels.get(i), showYear ? years.get(i) : ""));
        }
        List<int[]> lastPoints = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            if (one.values().size() != n) {
                throw new IllegalArgumentException(one.name() + " has " + one.values().size() + " figures for " + n + " months");
            }
            lastPoints.add(new int[] {s, n == 0 ? TOP + PLOT_HEIGHT : y(one.values().get(n - 1).doubleValue()) + 5});
        }
        int[] labelY = spread(lastPoints, series.size());
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            int keyX = 10;
            int keyY = 12 + s * 20;
            List<Marker> markers = new ArrayList<>();
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < n; i++) {
                int x = x(i, n);
                int y = y(one.values().get(i).doubleValue());
                points.append(i == 0 ? "" : " ").append(x).append(',').append(y);
                markers.add(marker(s, x, y));
            }
            lines.add(new Line(one.name(), one.colour(), DASHES[s], points.toString(), markers, one.lastText(), LEFT + PLOT_WIDTH + 16, labelY[s],
                    keyX, keyY, marker(s, keyX + 14, keyY)));
        }
    }

    /** A round step (1, 2 or 5 times a power of ten, at least 1) giving at most five steps up to {@code max}. */
    static long step(double max) {
        double rough = max / 5;
        long step = 1;
        while (step < rough) {
            if (step * 2 >= rough) {
                return step * 2;
            }
            if (step * 5 >= rough) {
                return step * 5;
            }
            step *= 10;
        }
        return step;
    }

    private int y(double value) {
        return TOP + PLOT_HEIGHT - (int) Math.round(value * PLOT_HEIGHT / top);
    }

    private static int x(int i, int n) {
        return n <= 1 ? LEFT + PLOT_WIDTH / 2 : LEFT + (int) Math.round((double) i * PLOT_WIDTH / (n - 1));
    }

    /**
     * The last-figure labels' baselines: just below their line's end, never below the axis (clear of the month labels),
     * and moved up apart where lines end close together.
     */
    private static int[] spread(List<int[]> wanted, int count) {
        int[] out = new int[count];
        List<int[]> lowestFirst = new ArrayList<>(wanted);
        lowestFirst.sort(Comparator.comparingInt((int[] p) -> p[1]).reversed());
        int previous = TOP + PLOT_HEIGHT + 4 + LABEL_SPACING;
        for (int[] p : lowestFirst) {
            int y = Math.min(p[1], previous - LABEL_SPACING);
            out[p[0]] = y;
            previous = y;
        }
        return out;
    }

    /** Series {@code s}'s marker at a point: a circle, a square or a diamond. */
    private static Marker marker(int s, int x, int y) {
        return new Marker(switch (s) {
            case 0 -> "M" + (x - 4) + " " + y + " a4 4 0 1 0 8 0 a4 4 0 1 0 -8 0 Z";
            case 1 -> "M" + (x - 4) + " " + (y - 4) + " h8 v8 h-8 Z";
            default -> "M" + x + " " + (y - 5) + " l5 5 l-5 5 l-5 -5 Z";
        });
    }

    public List<Tick> getTicks() {
        return ticks;
    }

    public List<MonthLabel> getMonths() {
        return months;
    }

    public List<Line> getLines() {
        return lines;
    }

    /** The value at the top of the axis. */
    public long getTop() {
        return top;
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return HEIGHT;
    }

    /** Where the plot's axes are: left edge, right edge, bottom. */
    public int getPlotLeft() {
        return LEFT;
    }

    public int getPlotRight() {
        return LEFT + PLOT_WIDTH;
    }

    public int getPlotBottom() {
        return TOP + PLOT_HEIGHT;
    }

    /** Baseline of the month labels, and of the years under them. */
    public int getMonthY() {
        return TOP + PLOT_HEIGHT + 18;
    }

    public int getYearY() {
        return TOP + PLOT_HEIGHT + 36;
    }
}
