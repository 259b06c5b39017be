package org.microcare.interfaces.council.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.microcare.application.reporting.ReportService;
import org.microcare.domain.model.user.Role;
import org.microcare.interfaces.council.CouncilPrincipal;
import org.microcare.interfaces.council.rest.ReportDocuments.CostAvoidanceView;
import org.microcare.interfaces.council.rest.ReportDocuments.DrillDownView;
import org.microcare.interfaces.council.rest.ReportDocuments.FundingMixView;
import org.microcare.interfaces.council.rest.ReportDocuments.JourneyFlowView;
import org.microcare.interfaces.council.rest.ReportDocuments.MeasuresView;
import org.microcare.interfaces.council.rest.ReportDocuments.TargetView;
import org.microcare.interfaces.council.rest.ReportDocuments.WorkforceView;

/**
 * {@code /c/{tenant}/api/v1/reports}: the monthly measures, cost avoidance and target progress (API.md,
 * definitions on the reporting model), read by every role: they are counts and sums, never a client's
 * details. {@code /reports/month.csv?month=} is the reports page's CSV (the month, the two before it,
 * targets on its last day, its cost avoidance). {@code /reports/monthly-measures/{measure}?month=} lists the records behind a
 * figure; client ids and references only for brokers and admins (a viewer gets the client count alone).
 * {@code /reports/journey-flow?from=&to=} (and {@code .csv}): days from enquiry to first listing, leavers by reason,
 * grant money per listed ME, month by month.
 */
@Path("{tenant}/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@AnyCouncilRole
public class ReportsResource {

    /** Months shown before the chosen one, on the page and in its CSV. */
    public static final int PREVIOUS_MONTHS = 2;

    @Inject
    ReportService reports;

    @GET
    @Path("monthly-measures")
    public MeasuresView monthlyMeasures(@QueryParam("month") String month) {
        return MeasuresView.of(reports.monthlyMeasures(month));
    }

    @GET
    @Path("monthly-measures/{measure}")
    public DrillDownView drillDown(@PathParam("measure") String measure, @QueryParam("month") String month, @Context HttpServletRequest request) {
        return DrillDownView.of(reports.drillDown(measure, month, seesClients(request)));
    }

    /** Brokers and admins see clients' references; viewers see no client details. */
    static boolean seesClients(HttpServletRequest request) {
        var user = CouncilPrincipal.of(request).user();
        return user.hasRole(Role.COUNCIL_ADMIN) || user.hasRole(Role.BROKER);
    }

    @GET
    @Path("cost-avoidance")
    public CostAvoidanceView costAvoidance(@QueryParam("from") String from, @QueryParam("to") String to) {
        return CostAvoidanceView.of(reports.costAvoidance(from, to));
    }

    @GET
    @Path("targets")
    public List<TargetView> targets(@QueryParam("on") String on) {
        return reports.targets(on).stream().map(TargetView::of).toList();
    }

    @GET
    @Path("workforce")
    public WorkforceView workforce(@QueryParam("on") String on) {
        return WorkforceView.of(reports.workforce(on));
    }

    @GET
    @Path("workforce.csv")
    @Produces("text/csv")
    public Response workforceCsv(@QueryParam("on") String on) {
        var report = reports.workforce(on);
        return Response.ok(ReportDocuments.csv(report), "text/csv;charset=UTF-8")
                .header("Content-Disposition", ReportDocuments.disposition(report)).build();
    }

    @GET
    @Path("funding-mix")
    public FundingMixView fundingMix(@QueryParam("to") String to) {
        return FundingMixView.of(reports.fundingMix(to));
    }

    @GET
    @Path("funding-mix.csv")
    @Produces("text/csv")
    public Response fundingMixCsv(@QueryParam("to") String to) {
        var mix = reports.fundingMix(to);
        return Response.ok(ReportDocuments.csv(mix), "text/csv;charset=UTF-8")
                .header("Content-Disposition", ReportDocuments.disposition(mix)).build();
    }

    @GET
    @Path("journey-flow")
    public JourneyFlowView journeyFlow(@QueryParam("from") String from, @QueryParam("to") String to) {
        return JourneyFlowView.of(reports.journeyFlow(from, to));
    }

    @GET
    @Path("journey-flow.csv")
    @Produces("text/csv")
    public Response journeyFlowCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        var flow = reports.journeyFlow(from, to);
        return Response.ok(ReportDocuments.csv(flow), "text/csv;charset=UTF-8")
                .header("Content-Disposition", ReportDocuments.disposition(flow)).build();
    }

    @GET
    @Path("month.csv")
    @Produces("text/csv")
    public Response monthCsv(@QueryParam("month") String month) {
        ReportService.MonthReport report = reports.month(ReportService.month(month), PREVIOUS_MONTHS);
        return Response.ok(ReportDocuments.csv(report), "text/csv;charset=UTF-8")
                .header("Content-Disposition", ReportDocuments.disposition(report)).build();
    }
}
