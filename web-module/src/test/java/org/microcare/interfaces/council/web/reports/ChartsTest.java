package org.microcare.interfaces.council.web.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The geometry of the server-drawn charts, worked out by hand: axis steps, points, labels, bars in percent of a target. */
class ChartsTest {

    private static final List<String> MONTHS = List.of("Nov", "Dec", "Jan");
    private static final List<String> YEARS = List.of("2023", "2023", "2024");

    @Test
    void theValueAxisRisesInRoundStepsToJustAboveTheLargestFigure() {
        assertEquals(1, LineChart.step(0));
        assertEquals(1, LineChart.step(3));
        assertEquals(2, LineChart.step(7));
        assertEquals(20, LineChart.step(64));
        assertEquals(50, LineChart.step(230));
        assertEquals(1000, LineChart.step(4100));

        LineChart chart = new LineChart(MONTHS, YEARS, List.of(new LineChart.Series("Hours", "#00703c",
                List.of(new BigDecimal("32.50"), new BigDecimal("45.00"), new BigDecimal("64.00")), "64.00")));
        assertEquals(80, chart.getTop(), "steps of 20 up to the first above 64");
        assertEquals(List.of("0", "20", "40", "60", "80"), chart.getTicks().stream().map(LineChart.Tick::label).toList());
        // the plot runs from y = 64 (top) to y = 274 (bottom), 210 units for 80 hours
        assertEquals(274, chart.getPlotBottom());
        assertEquals(List.of(274, 221, 169, 116, 64), chart.getTicks().stream().map(LineChart.Tick::y).toList(), "52.5 units a step, rounded");
        // x from 64 to 680: three months at 64, 372 and 680; 32.5 h at 274 - 85.3 = 189, 45 at 156, 64 at 106
        assertEquals("64,189 372,156 680,106", chart.getLines().get(0).points());
        assertEquals("64.00", chart.getLines().get(0).lastText());
        assertEquals(696, chart.getLines().get(0).lastX());
        assertEquals(111, chart.getLines().get(0).lastY(), "written just below the last point's height, beside it");
    }

    @Test
    void nothingRecordedStillDrawsAnAxisAndTheYearIsWrittenWhereItChanges() {
        LineChart chart = new LineChart(MONTHS, YEARS, List.of(new LineChart.Series("On the directory", "#1d70b8", List.of(0L, 0L, 0L), "0")));
        assertEquals(1, chart.getTop());
        assertEquals(List.of("0", "1"), chart.getTicks().stream().map(LineChart.Tick::label).toList());
        assertEquals("64,274 372,274 680,274", chart.getLines().get(0).points());
        assertEquals(278, chart.getLines().get(0).lastY(), "a figure of 0 is written just above the month labels");
        assertEquals(List.of("2023", "", "2024"), chart.getMonths().stream().map(LineChart.MonthLabel::year).toList());
        assertEquals(List.of("Nov", "Dec", "Jan"), chart.getMonths().stream().map(LineChart.MonthLabel::label).toList());
    }

    @Test
    void seriesDifferByDashAndMarkerAndTheirLastFiguresNeverOverlap() {
        LineChart chart = new LineChart(MONTHS, YEARS, List.of(new LineChart.Series("On the directory", "#1d70b8", List.of(2L, 3L, 5L), "5"),
                new LineChart.Series("Clients supported", "#912b88", List.of(1L, 4L, 5L), "5")));
        LineChart.Line first = chart.getLines().get(0);
        LineChart.Line second = chart.getLines().get(1);
        assertEquals("none", first.dash());
        assertEquals("8 5", second.dash());
        assertTrue(first.markers().get(0).path().contains(" a4 4 "), "round markers: " + first.markers().get(0));
        assertTrue(second.markers().get(0).path().contains(" h8 v8 h-8 "), "square markers: " + second.markers().get(0));
        assertEquals(3, first.markers().size());
        assertTrue(Math.abs(first.lastY() - second.lastY()) >= 16, first.lastY() + " and " + second.lastY());
        LineChart zeros = new LineChart(MONTHS, YEARS, List.of(new LineChart.Series("On the directory", "#1d70b8", List.of(0L, 0L, 0L), "0"),
                new LineChart.Series("Clients supported", "#912b88", List.of(0L, 0L, 0L), "0")));
        assertEquals(List.of(278, 262), zeros.getLines().stream().map(LineChart.Line::lastY).toList(), "two figures of 0: the second above the first");
        assertEquals(List.of(12, 32), chart.getLines().stream().map(LineChart.Line::keyY).toList(), "the key: one series a line");
        assertThrows(IllegalArgumentException.class, () -> new LineChart(MONTHS, YEARS,
                List.of(new LineChart.Series("Short", "#000", List.of(1L), "1"))));
    }

    @Test
    void targetsShareAScaleInPercentWithLinesAtTheTargetAndAtNinetyPercent() {
        // 6 of 12 projected to 24 (200%); 9 of 40 hours projected to 36 (90%)
        ProgressChart chart = new ProgressChart(List.of(new ProgressChart.Row("New micro-enterprises", "Target 12", 12, 6, 24),
                new ProgressChart.Row("Hours of support a week", "Target 40", 40, 9, 36)), "Actual", "#1d70b8", "Projected", "#912b88",
                "Target (100%)", "90% of the target");
        assertEquals(200, chart.getScale());
        ProgressChart.Group newMes = chart.getGroups().get(0);
        // 380 units for 200%: 50% is 95 units, 200% the whole 380
        assertEquals(List.of(95, 380), newMes.bars().stream().map(ProgressChart.Bar::width).toList());
        assertEquals(List.of("6", "24"), newMes.bars().stream().map(ProgressChart.Bar::value).toList());
        ProgressChart.Group hours = chart.getGroups().get(1);
        assertEquals(List.of(43, 171), hours.bars().stream().map(ProgressChart.Bar::width).toList(), "22.5% and 90%");
        assertEquals(List.of(100, 90), chart.getMarks().stream().map(ProgressChart.Mark::percent).toList());
        assertEquals(List.of(480, 461), chart.getMarks().stream().map(ProgressChart.Mark::x).toList());
        assertEquals(hours.bars().get(1).x() + hours.bars().get(1).width(), chart.getMarks().get(1).x(),
                "a projection of exactly 90% ends on the at-risk line");
        assertEquals("Target 40", hours.detail());
    }

    @Test
    void theScaleIsAtLeastTheTargetAndAtMostTwiceIt() {
        ProgressChart small = new ProgressChart(List.of(new ProgressChart.Row("Listed", "Target 20", 20, 2, 8)), "A", "#000", "P", "#111", "T", "R");
        assertEquals(100, small.getScale());
        assertEquals(List.of(38, 152), small.getGroups().get(0).bars().stream().map(ProgressChart.Bar::width).toList());
        ProgressChart over = new ProgressChart(List.of(new ProgressChart.Row("Clients", "Target 5", 5, 2, 26)), "A", "#000", "P", "#111", "T", "R");
        assertEquals(ProgressChart.MAX_PERCENT, over.getScale());
        assertEquals(380, over.getGroups().get(0).bars().get(1).width(), "520% stops at the scale's edge");
        assertEquals("26", over.getGroups().get(0).bars().get(1).value(), "its figure still says how far it goes");
        ProgressChart between = new ProgressChart(List.of(new ProgressChart.Row("Clients", "Target 8", 8, 2, 9)), "A", "#000", "P", "#111", "T", "R");
        assertEquals(125, between.getScale(), "112.5% rounds up to the next quarter");
        assertEquals(1, new ProgressChart(List.of(new ProgressChart.Row("None", "Target 3", 3, 0, 0)), "A", "#000", "P", "#111", "T", "R")
                .getGroups().get(0).bars().get(0).width(), "a zero still shows a sliver");
    }
}
