package org.microcare.interfaces.council.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.microcare.application.Today;
import org.microcare.application.casework.ArrangementForm;
import org.microcare.application.casework.ArrangementService;
import org.microcare.application.casework.ArrangementService.ArrangementPage;
import org.microcare.application.casework.ArrangementService.DayTopUp;
import org.microcare.application.casework.ArrangementService.Named;
import org.microcare.domain.model.arrangement.Arrangement;
import org.microcare.domain.model.arrangement.ArrangementRepository.Filter;
import org.microcare.domain.model.arrangement.MonthlyHours;
import org.microcare.domain.model.user.Role;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.Violations;
import org.microcare.interfaces.shared.rest.body.Money;
import org.microcare.interfaces.shared.rest.body.Text;
import org.microcare.interfaces.shared.rest.body.Whole;

/**
 * {@code /c/{tenant}/api/v1/arrangements}: brokers arrange a client's care with an ME, end it early and
 * record the hours delivered each month (API.md: "Clients and arrangements (write: BROKER)"); admins
 * read. Viewers get 403: an arrangement names a client. The top-up answers API.md's four figures and,
 * in addition, the day, the hours a week, the period of the Direct Payment rate used and
 * {@code topUpInPlace} (false when the ME charges at or below the DP rate: the top-up is then 0.00,
 * never negative). Every read (one, a list, the top-up, the hours) is an audited read of the client's
 * record (CLIENT_VIEWED, naming the endpoint), as {@code GET /clients/{id}} is.
 */
@Path("{tenant}/api/v1/arrangements")
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Role.BROKER, Role.COUNCIL_ADMIN})
public class ArrangementsResource {

    static final int DEFAULT_PAGE_SIZE = 100;

    /** Body of {@code POST /arrangements}. */
    public record ArrangementRequest(@Text(max = 36) String clientId, @Text(max = 36) String microEnterpriseId, String startsOn,
                                     String endsOn, @Whole(min = 1, max = 168) Integer hoursPerWeek, @Money String hourlyRate,
                                     @Text(max = 20) String funding) {
    }

    /** Body of {@code POST /arrangements/{id}/end}. */
    public record EndRequest(String endsOn, @Text(max = 500, multiline = true) String reason) {
    }

    /** Body of {@code POST /arrangements/{id}/hours}: {@code month} {@code yyyy-MM}, {@code hours} like "30.5". */
    public record HoursRequest(@Text(max = 20) String month, @Money String hours) {
    }

    /** An arrangement as the API shows it; {@code status} on today. */
    public record ArrangementView(String id, String clientId, String clientReference, String microEnterpriseId, String tradingName,
                                  LocalDate startsOn, LocalDate endsOn, int hoursPerWeek, String hourlyRate, String funding, String status,
                                  boolean endedEarly, String endedReason, String recordedBy, Instant createdAt, long version,
                                  CoverView coverFor) {
        static ArrangementView of(Named n, LocalDate today) {
            Arrangement a = n.arrangement();
            return new ArrangementView(a.getId(), a.getClientId(), n.clientReference(), a.getMicroEnterpriseId(), n.tradingName(),
                    a.getStartsOn(), a.getEndsOn(), a.getHoursPerWeek(), Fields.money(a.getHourlyRate()), a.getFunding().name(),
                    a.statusOn(today).name(), a.isEndedEarly(), a.getEndedReason(), a.getRecordedBy(), a.getCreatedAt(), a.getVersion(),
                    n.cover() == null ? null : new CoverView(n.cover().absenceId(), a.getCoversArrangementId(), n.cover().microEnterpriseId(),
                            n.cover().tradingName(), n.cover().awayFrom(), n.cover().awayTo(), n.cover().absenceCancelled()));
        }
    }

    /**
     * For a cover (a temporary arrangement while another ME is away; null otherwise): the absence, the
     * arrangement it stands in for, the absent ME and its days away.
     */
    public record CoverView(String absenceId, String arrangementId, String microEnterpriseId, String tradingName, LocalDate awayFrom,
                            LocalDate awayTo, boolean absenceCancelled) {
    }

    /** The top-up on a day (API.md's four figures first). */
    public record TopUpView(String hourlyRate, String dpRate, String topUpPerHour, String topUpPerWeek, LocalDate on, int hoursPerWeek,
                            LocalDate dpRateValidFrom, LocalDate dpRateValidTo, boolean topUpInPlace) {
        static TopUpView of(DayTopUp t, int hoursPerWeek) {
            return new TopUpView(Fields.money(t.topUp().hourlyRate()), Fields.money(t.topUp().dpRate()), Fields.money(t.topUp().topUpPerHour()),
                    Fields.money(t.topUp().topUpPerWeek()), t.on(), hoursPerWeek, t.dpRate().getValidFrom(), t.dpRate().getValidTo(),
                    t.topUp().inPlace());
        }
    }

    /** Hours delivered in a month. */
    public record HoursView(String month, String hours, String recordedBy, Instant recordedAt) {
        static HoursView of(MonthlyHours h) {
            return new HoursView(h.getMonth().toString().substring(0, 7), h.getHours().toPlainString(), h.getRecordedBy(), h.getRecordedAt());
        }
    }

    @Inject
    ArrangementService arrangements;

    @Inject
    Today today;

    @Context
    HttpServletRequest request;

    /**
     * One page of arrangements, latest start first: of one {@code clientId}, one {@code microEnterpriseId},
     * active on one day ({@code activeOn}), or any; {@code page} from 1, {@code size} 1 to 500 (100). The
     * headers {@code X-Total-Count}, {@code X-Page} and {@code X-Page-Size} tell the whole.
     */
    @GET
    public Response list(@QueryParam("clientId") String clientId, @QueryParam("microEnterpriseId") String microEnterpriseId,
                         @QueryParam("activeOn") String activeOn, @QueryParam("page") String page, @QueryParam("size") String size) {
        Violations v = new Violations();
        LocalDate day = activeOn == null || activeOn.isBlank() ? null : Fields.date(activeOn, "activeOn", "The day", true, v);
        int pageNumber = Fields.whole(page, 1, "page", v);
        int pageSize = Fields.whole(size, DEFAULT_PAGE_SIZE, "size", v);
        v.throwIfAny();
        ArrangementPage found = arrangements.list(new Filter(blankToNull(clientId), blankToNull(microEnterpriseId), day), pageNumber, pageSize);
        LocalDate now = today.date();
        return Response.ok(arrangements.view(found.arrangements(), CouncilRequests.actor(request), "API GET /arrangements").stream()
                        .map(n -> ArrangementView.of(n, now)).toList())
                .header("X-Total-Count", found.total()).header("X-Page", found.page()).header("X-Page-Size", found.size()).build();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }


    @GET
    @Path("{id}")
    public ArrangementView get(@PathParam("id") String id) {
        return ArrangementView.of(arrangements.view(id, CouncilRequests.actor(request), "API GET /arrangements/{id}"), today.date());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.BROKER)
    public Response create(ArrangementRequest body, @Context UriInfo uri) {
        ArrangementRequest b = CouncilRequests.body(body);
        ArrangementForm.Request r = new ArrangementForm(b.clientId(), b.microEnterpriseId(), b.startsOn(), b.endsOn(), b.hoursPerWeek(),
                b.hourlyRate(), b.funding()).read();
        Arrangement a = arrangements.make(r, CouncilRequests.actor(request));
        return CouncilRequests.created(uri, a.getId(), ArrangementView.of(arrangements.getNamed(a.getId()), today.date()));
    }

    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.BROKER)
    public ArrangementView end(@PathParam("id") String id, EndRequest body) {
        EndRequest b = CouncilRequests.body(body);
        arrangements.end(id, ArrangementForm.ending(b.endsOn(), b.reason()), CouncilRequests.actor(request));
        return ArrangementView.of(arrangements.getNamed(id), today.date());
    }

    /** The person's top-up on {@code on} (default today) against the Direct Payment rate in effect that day. */
    @GET
    @Path("{id}/top-up")
    public TopUpView topUp(@PathParam("id") String id, @QueryParam("on") String on) {
        Violations v = new Violations();
        LocalDate day = on == null || on.isBlank() ? null : Fields.date(on, "on", "The day", true, v);
        v.throwIfAny();
        DayTopUp t = arrangements.topUp(id, day, CouncilRequests.actor(request), "API GET /arrangements/{id}/top-up");
        return TopUpView.of(t, arrangements.get(id).getHoursPerWeek());
    }

    @GET
    @Path("{id}/hours")
    public List<HoursView> hours(@PathParam("id") String id) {
        return arrangements.hours(id, CouncilRequests.actor(request), "API GET /arrangements/{id}/hours").stream().map(HoursView::of).toList();
    }

    /** Records the hours delivered in a month, replacing the month's figure; answers the month as recorded. */
    @POST
    @Path("{id}/hours")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.BROKER)
    public HoursView recordHours(@PathParam("id") String id, HoursRequest body) {
        HoursRequest b = CouncilRequests.body(body);
        return HoursView.of(arrangements.recordHours(id, ArrangementForm.hours(b.month(), b.hours()), CouncilRequests.actor(request)));
    }
}
