/**
 * Reporting: what a council shows its board, computed from the records and never typed in. The
 * monthly measures (South Ayrshire's table, definitions in API.md), progress against the programme's
 * targets with a trajectory and a status, and the cost avoided by care bought from micro-enterprises
 * at the Direct Payment rate instead of commissioned agency home care. {@link
 * org.microcare.domain.model.reporting.ReportQueries} asks the database for each figure (one aggregate
 * query each, nothing loaded row by row); the rules that turn figures into a trajectory, a status or
 * a saving live on {@link org.microcare.domain.model.reporting.TargetProgress} and {@link
 * org.microcare.domain.model.reporting.CostAvoidance}. No report carries a client's personal details.
 */
package org.microcare.domain.model.reporting;
