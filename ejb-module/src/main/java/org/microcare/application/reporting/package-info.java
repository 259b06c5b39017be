/**
 * Reporting use cases: the monthly measures, target progress and cost avoidance of the current
 * council, read in one transaction per request. {@link org.microcare.application.reporting.ReportService}
 * checks what was asked for (a month, a day, a period: bad ones are 400s), asks the database for each
 * figure through {@link org.microcare.domain.model.reporting.ReportQueries} and leaves the arithmetic to
 * the reporting model. Reports are aggregates: no client is read, so nothing here is a CLIENT_VIEWED.
 */
package org.microcare.application.reporting;
