package org.microcare.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A series query counts each month with the per-month figure's own condition, its period parameters renamed for the
 * month; nothing else in the condition changes (ReportsIT checks the figures against the per-month API).
 */
class ReportSeriesTest {

    @Test
    void onlyThePeriodParametersAreRenamedForTheMonth() {
        assertEquals(" a.startsOn <= :to3 AND (a.endsOn IS NULL OR a.endsOn >= :from3)",
                JpaReportQueries.forMonth(" a.startsOn <= :to AND (a.endsOn IS NULL OR a.endsOn >= :from)", 3));
        assertEquals(" c.to = :stage AND c.changedOn <= :day11 AND NOT EXISTS (SELECT n FROM StageChange n WHERE n.changedOn <= :day11)",
                JpaReportQueries.forMonth(" c.to = :stage AND c.changedOn <= :day AND NOT EXISTS (SELECT n FROM StageChange n WHERE n.changedOn <= :day)", 11));
        assertEquals(" a.status = :approved AND x = :today AND c.to = :fromage",
                JpaReportQueries.forMonth(" a.status = :approved AND x = :today AND c.to = :fromage", 0), "other parameters and paths stay");
    }
}
