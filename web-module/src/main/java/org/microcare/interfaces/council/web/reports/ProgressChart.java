package org.microcare.interfaces.council.web.reports;

import java.util.ArrayList;
import java.util.List;

import org.microcare.domain.model.reporting.TargetStatus;

/**
 * Progress towards targets laid out on the server for an inline SVG (no script): one row per target with two
 * bars, its actual figure and the figure the current pace reaches by the end of its period, both measured in
 * percent of the target so that targets of different sizes share one scale. A solid line marks the target (100%)
 * and a dashed line {@link TargetStatus#AT_RISK_FROM_PERCENT}%, so the status rule reads off the chart: a
 * projected bar reaching the solid line is on track, one ending between the lines at risk, one short of the dashed
 * line off track. Each bar's figure is written at its end; a bar beyond the scale ({@link #MAX_PERCENT}%) stops at
 * its edge, its figure still saying how far it goes. Lengths are in the SVG's own units; the targets table is the
 * accessible source of the figures.
 */
public final class ProgressChart {

    public static final int WIDTH = 760;
    /** The scale never reaches further than this percent of a target. */
    public static final int MAX_PERCENT = 200;
    private static final int LABEL_WIDTH = 290;
    private static final int BAR_AREA = 380;
    private static final int BAR = 16;
    private static final int BAR_GAP = 3;
    private static final int GROUP_GAP = 22;
    private static final int TOP = 72;

    /** A target: its label, the line under it (the target written out) and its three figures. */
    public record Row(String label, String detail, long target, long actual, long projected) {
    }

    /** A bar: its rectangle, fill and figure (written at {@code textX}). */
    public record Bar(int x, int y, int width, int height, String fill, String value, int textX, int textY) {
    }

    /** A row's label and detail (right-aligned at {@code labelX}) and its two bars. */
    public record Group(String label, String detail, int labelX, int labelY, int detailY, List<Bar> bars) {
    }

    /** A vertical line at {@code percent} of the targets, from {@code y1} to {@code y2}, with its label at ({@code x}, {@code labelY}). */
    public record Mark(int percent, int x, int y1, int y2, String label, int labelY, String dash) {
    }

    /** A key entry: its swatch and name. */
    public record Key(String name, String fill, int x, int y) {
    }

    private final List<Group> groups = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private final List<Key> keys = new ArrayList<>();
    private final int scale;
    private final int height;

    /**
     * {@code actualName} / {@code projectedName}: the bars' names in the key and their fills; {@code targetLabel} and
     * {@code atRiskLabel}: the labels of the two lines. Targets are greater than 0.
     */
    public ProgressChart(List<Row> rows, String actualName, String actualFill, String projectedName, String projectedFill, String targetLabel,
                         String atRiskLabel) {
        double most = rows.stream().mapToDouble(r -> Math.max(percent(r.actual(), r.target()), percent(r.projected(), r.target()))).max().orElse(0);
        scale = (int) Math.min(MAX_PERCENT, Math.max(100, Math.ceil(most / 25) * 25));
        keys.add(new Key(actualName, actualFill, 10, 4));
        keys.add(new Key(projectedName, projectedFill, 10, 24));
        int y = TOP;
        for (Row row : rows) {
            int groupHeight = 2 * BAR + BAR_GAP;
            List<Bar> bars = new ArrayList<>();
            bars.add(bar(row.actual(), row.target(), y, actualFill));
            bars.add(bar(row.projected(), row.target(), y + BAR + BAR_GAP, projectedFill));
            groups.add(new Group(row.label(), row.detail(), LABEL_WIDTH - 10, y + 13, y + groupHeight + 1, bars));
            y += groupHeight + GROUP_GAP;
        }
        int bottom = y - GROUP_GAP + 8;
        marks.add(new Mark(100, x(100), TOP - 8, bottom, targetLabel, TOP - 14, "none"));
        marks.add(new Mark(TargetStatus.AT_RISK_FROM_PERCENT, x(TargetStatus.AT_RISK_FROM_PERCENT), TOP - 8, bottom, atRiskLabel, bottom + 16, "6 4"));
        height = bottom + 24;
    }

    private static double percent(long figure, long target) {
        return target <= 0 ? 0 : figure * 100.0 / target;
    }

    private Bar bar(long figure, long target, int y, String fill) {
        int width = (int) Math.round(Math.min(percent(figure, target), scale) * BAR_AREA / scale);
        int shown = Math.max(width, 1);
        return new Bar(LABEL_WIDTH, y, shown, BAR, fill, String.valueOf(figure), LABEL_WIDTH + shown + 6, y + BAR - 3);
    }

    private int x(int percent) {
        return LABEL_WIDTH + (int) Math.round((double) percent * BAR_AREA / scale);
    }

    public List<Group> getGroups() {
        return groups;
    }

    public List<Mark> getMarks() {
        return marks;
    }

    public List<Key> getKeys() {
        return keys;
    }

    /** The percent of a target at the right end of the scale. */
    public int getScale() {
        return scale;
    }

    public int getHeight() {
        return height;
    }

    public int getWidth() {
        return WIDTH;
    }
}
