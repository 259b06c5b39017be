/**
 * The reports page ({@code /c/{tenant}/reports}, every role): a month's measures laid out like South
 * Ayrshire's table beside the two months before it, targets with their status and the rule, and the
 * month's cost avoidance; its CSV ({@code /reports/csv}) is the API's, figure for figure; printable.
 */
package org.microcare.interfaces.council.web.reports;
