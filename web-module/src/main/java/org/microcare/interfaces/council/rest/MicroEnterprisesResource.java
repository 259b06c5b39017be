package org.microcare.interfaces.council.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.microcare.application.DirectoryUpkeep;
import org.microcare.application.MicroEnterpriseService;
import org.microcare.application.Today;
import org.microcare.application.casework.IntroductionService;
import org.microcare.interfaces.council.rest.IntroductionsResource.IntroductionView;
import org.microcare.domain.model.microenterprise.AvailabilitySlot;
import org.microcare.domain.model.microenterprise.ComplianceEvidence;
import org.microcare.domain.model.microenterprise.ComplianceStatus;
import org.microcare.domain.model.microenterprise.MicroEnterprise;
import org.microcare.domain.model.microenterprise.MicroEnterpriseDetails.PublicProfile;
import org.microcare.domain.model.microenterprise.StageChange;
import org.microcare.domain.model.microenterprise.Stage;
import org.microcare.domain.model.microenterprise.SupportSession;
import org.microcare.domain.model.microenterprise.Absence;
import org.microcare.domain.model.user.Role;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.Violations;
import org.microcare.interfaces.shared.rest.body.Items;
import org.microcare.interfaces.shared.rest.body.Money;
import org.microcare.interfaces.shared.rest.body.Text;
import org.microcare.interfaces.shared.rest.body.Whole;

/**
 * {@code /c/{tenant}/api/v1/micro-enterprises}: brokers and admins record MEs and take them through
 * the journey (stages, evidence, business support); every role reads them.
 */
@Path("{tenant}/api/v1/micro-enterprises")
@Produces(MediaType.APPLICATION_JSON)
@AnyCouncilRole
public class MicroEnterprisesResource {

    @Inject
    org.microcare.application.RiskFlagService risks;

    /** One availability window in a request. */
    public record SlotRequest(@Text(max = 20) String day, @Text(max = 20) String from, @Text(max = 20) String to) {
    }

    /** Body of POST (no version) and PUT (with the version read), with the fields API.md names and the public profile. */
    public record MicroEnterpriseRequest(String tradingName, String ownerName, @Text(max = 20) String gender, @Text(max = 20) String postcode,
                                         @Text(max = 40) List<String> localities, @Text(max = 40) List<String> services,
                                         @Money String hourlyRate, Integer capacityHoursPerWeek, Boolean personalCare,
                                         Boolean medication, Boolean petsOk, @Text(max = 20) List<String> languages,
                                         @Text(max = 40) List<String> specialisms, @Items(max = 50) List<SlotRequest> availability,
                                         @Text(max = 40) String referralSource, String enquiryDate, @Text(max = 40) String publicPhone,
                                         @Text(max = 254) String publicEmail, String website,
                                         @Text(max = 2000, multiline = true) String publicDescription,
                                         @Text(max = 2000, multiline = true) String experience, Boolean evenings, Boolean weekends,
                                         Boolean lastMinute, @Text(max = 20) String ageBand, @Whole(max = Long.MAX_VALUE) Long version) {

        MicroEnterpriseService.Draft draft() {
            List<MicroEnterpriseService.SlotDraft> slots = availability == null ? null
                    : availability.stream().map(s -> new MicroEnterpriseService.SlotDraft(s.day(), s.from(), s.to())).toList();
            return new MicroEnterpriseService.Draft(tradingName, ownerName, gender, postcode, localities, services, hourlyRate,
                    capacityHoursPerWeek, personalCare, medication, petsOk, languages, specialisms, slots, referralSource, enquiryDate,
                    new MicroEnterpriseService.ProfileDraft(publicPhone, publicEmail, website, publicDescription, experience, evenings,
                            weekends, lastMinute, ageBand));
        }
    }

    /** Body of {@code POST …/{id}/stage}. */
    public record StageRequest(@Text(max = 20) String stage, String on, @Text(max = 40) String reason,
                               @Text(max = 2000, multiline = true) String note) {
    }

    /** Body of {@code POST …/{id}/evidence}; {@code correcting} and {@code reason} when it replaces earlier evidence. */
    public record EvidenceRequest(@Text(max = 40) String requirement, String checkedOn, String expiresOn, String reference,
                                  @Text(max = 36) String correcting, @Text(max = 500) String reason) {
    }

    /** Body of {@code POST …/{id}/support-sessions}. */
    public record SessionRequest(String on, @Text(max = 100) String provider, @Text(max = 40) String category, Integer minutes,
                                 @Text(max = 2000, multiline = true) String note) {
    }

    /** Body of {@code POST …/{id}/absences}: the first and last day away, inclusive. */
    public record AbsenceRequest(String startsOn, String endsOn, Boolean planned, @Text(max = 2000, multiline = true) String note) {
    }

    /** Body of {@code POST …/{id}/absences/{absenceId}/cancel}. */
    public record CancelAbsenceRequest(@Text(max = 500) String reason) {
    }

    /** An absence as the API shows it. */
    public record AbsenceView(String id, LocalDate startsOn, LocalDate endsOn, boolean planned, String note, String recordedBy,
                              boolean cancelled, String cancelReason) {
        static AbsenceView of(Absence a) {
            return new AbsenceView(a.getId(), a.getStartsOn(), a.getEndsOn(), a.isPlanned(), a.getNote(), a.getRecordedBy(), !a.isInForce(),
                    a.getCancelReason());
        }
    }

    /** One availability window in an answer. */
    public record SlotView(String day, String from, String to) {
        static SlotView of(AvailabilitySlot s) {
            return new SlotView(s.getDay(), s.getFrom(), s.getTo());
        }
    }

    /** An ME as the API shows it. */
    public record MicroEnterpriseView(String id, String tradingName, String ownerName, String gender, String postcode,
                                      List<String> localities, List<String> services, String hourlyRate, int capacityHoursPerWeek,
                                      boolean personalCare, boolean medication, boolean petsOk, List<String> languages,
                                      List<String> specialisms, List<SlotView> availability, String referralSource,
                                      LocalDate enquiryDate, String publicPhone, String publicEmail, String website,
                                      String publicDescription, String experience, boolean evenings, boolean weekends,
                                      boolean lastMinute, String ageBand, String stage, LocalDate stageSince, LocalDate lastConfirmedOn,
                                      Instant createdAt, long version) {
        static MicroEnterpriseView of(MicroEnterprise m) {
            PublicProfile p = m.getProfile();
            return new MicroEnterpriseView(m.getId(), m.getTradingName(), m.getOwnerName(),
                    m.getGender() == null ? null : m.getGender().name(), m.getPostcode(), m.getLocalities(), m.getServices(),
                    Fields.money(m.getHourlyRate()), m.getCapacityHoursPerWeek(), m.isPersonalCare(), m.isMedication(), m.isPetsOk(),
                    m.getLanguages(), m.getSpecialisms(), m.getAvailability().stream().map(SlotView::of).toList(),
                    m.getReferralSource(), m.getEnquiryDate(), p.phone(), p.email(), p.website(), p.description(), p.experience(),
                    p.evenings(), p.weekends(), p.lastMinute(), p.ageBand() == null ? null : p.ageBand().name(), m.getStage().name(),
                    m.getStageSince(), m.getLastConfirmedOn(), m.getCreatedAt(), m.getVersion());
        }
    }

    /** One move of the timeline. */
    public record StageChangeView(String id, String from, String stage, LocalDate on, String reason, String note, String by, Instant at) {
        static StageChangeView of(StageChange c) {
            return new StageChangeView(c.getId(), c.getFrom() == null ? null : c.getFrom().name(), c.getTo().name(), c.getChangedOn(),
                    c.getReason() == null ? null : c.getReason().name(), c.getNote(), c.getChangedBy(), c.getChangedAt());
        }
    }

    /** Evidence as recorded. */
    public record EvidenceView(String id, String requirement, LocalDate checkedOn, LocalDate expiresOn, String reference, String recordedBy,
                               Instant recordedAt, String supersededBy, String supersededReason) {
        static EvidenceView of(ComplianceEvidence e) {
            return new EvidenceView(e.getId(), e.getRequirementCode(), e.getCheckedOn(), e.getExpiresOn(), e.getReference(),
                    e.getRecordedBy(), e.getRecordedAt(), e.getSupersededBy(), e.getSupersededReason());
        }
    }

    /** Where the ME stands on one requirement on a day. */
    public record ComplianceView(String requirement, String name, boolean mandatory, String status, String evidenceId,
                                 LocalDate checkedOn, LocalDate expiresOn) {
        static ComplianceView of(ComplianceStatus s) {
            ComplianceEvidence e = s.evidence();
            return new ComplianceView(s.requirementCode(), s.requirementName(), s.mandatory(), s.state().name(),
                    e == null ? null : e.getId(), e == null ? null : e.getCheckedOn(), e == null ? null : e.getExpiresOn());
        }
    }

    /** The compliance of an ME on a day: listable when no mandatory requirement lacks valid evidence. */
    public record ComplianceReport(LocalDate on, boolean compliant, List<ComplianceView> requirements) {
    }

    /** A support session. */
    public record SessionView(String id, LocalDate on, String provider, String category, int minutes, String note, String recordedBy) {
        static SessionView of(SupportSession s) {
            return new SessionView(s.getId(), s.getHeldOn(), s.getProvider(), s.getCategory().name(), s.getMinutes(), s.getNote(),
                    s.getRecordedBy());
        }
    }

    @Inject
    MicroEnterpriseService microEnterprises;

    @Inject
    Today today;

    @Inject
    DirectoryUpkeep upkeep;

    @Context
    HttpServletRequest request;

    @Inject
    IntroductionService introductions;

    /** The ME's introductions to clients, latest first; brokers and admins. */
    @GET
    @Path("{id}/introductions")
    @AllowedRoles({Role.BROKER, Role.COUNCIL_ADMIN})
    public List<IntroductionView> introductions(@PathParam("id") String id) {
        return introductions.ofMicroEnterprise(id).stream().map(IntroductionView::of).toList();
    }

    /**
     * One page of MEs by trading name: of one {@code stage} or all, whose trading or owner name contains
     * {@code name}; {@code page} from 1, {@code size} 1 to 500 (100 if not given). The headers
     * {@code X-Total-Count}, {@code X-Page} and {@code X-Page-Size} tell the whole.
     */
    @GET
    public Response list(@QueryParam("stage") String stage, @QueryParam("name") String name, @QueryParam("page") String page,
                         @QueryParam("size") String size) {
        Violations v = new Violations();
        Stage wanted = null;
        if (stage != null && !stage.isBlank()) {
            try {
                wanted = Stage.valueOf(Fields.normaliseCode(stage));
            } catch (IllegalArgumentException e) {
                v.require(false, "stage", "Stage must be one of ENQUIRY, DEVELOPING, LISTED, PAUSED or LEFT");
            }
        }
        int pageNumber = Fields.whole(page, 1, "page", v);
        int pageSize = Fields.whole(size, 100, "size", v);
        v.throwIfAny();
        MicroEnterpriseService.MicroEnterprisePage found = microEnterprises.list(wanted, name, pageNumber, pageSize);
        return Response.ok(found.microEnterprises().stream().map(MicroEnterpriseView::of).toList()).header("X-Total-Count", found.total())
                .header("X-Page", found.page()).header("X-Page-Size", found.size()).build();
    }


    @GET
    @Path("{id}")
    public MicroEnterpriseView get(@PathParam("id") String id) {
        return MicroEnterpriseView.of(microEnterprises.view(id, CouncilRequests.actor(request)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({Role.BROKER, Role.COUNCIL_ADMIN})
    public Response create(MicroEnterpriseRequest body, @Context UriInfo uri) {
        MicroEnterpriseRequest b = CouncilRequests.body(body);
        if (b.version() != null) {
            throw new InvalidInputException("version", "A new record has no version; send version only when changing a record");
        }
        MicroEnterprise me = microEnterprises.create(b.draft(), CouncilRequests.actor(request));
        return CouncilRequests.created(uri, me.getId(), MicroEnterpriseView.of(me));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({Role.BROKER, Role.COUNCIL_ADMIN})
    public MicroEnterpriseView change(@PathParam("id") String id, MicroEnterpriseRequest body) {
        MicroEnterpriseRequest b = CouncilRequests.body(body);
        return MicroEnterpriseView.of(microEnterprises.update(id, b.draft(), b.version(), CouncilRequests.actor(request)));
    }

    /** The ME's risk flags on {@code on} (default today); an empty list when none. Brokers and admins: the flags speak of clients' arrangements. */
    @GET
    @Path("{id}/risk-flags")
    @AllowedRoles({Role.BROKER, Role.COUNCIL_ADMIN})
    public RiskFlagsResource.RiskFlagsView riskFlags(@PathParam("id") String id, @QueryParam("on") String on) {
        return RiskFlagsResource.RiskFlagsView.of(risks.ofMicroEnterprise(id, RiskFlagsResource.day(on)));
    }

    @GET
    @Path("{id}/timeline")
    public List<StageChangeView> timeline(@PathParam("id") String id) {
        return microEnterprises.timeline(id).stream().map(StageChangeView::of).toList();
    }

    /** The days an ME left the directory or came back without a stage move (evidence expired or renewed, framework changes). */
    public record DirectoryChangeView(LocalDate on, boolean visible, String reason) {
    }

    @GET
    @Path("{id}/directory-changes")
    public List<DirectoryChangeView> directoryChanges(@PathParam("id") String id) {
        return upkeep.changesOf(id).stream().map(c -> new DirectoryChangeView(c.getDay(), c.isVisible(), c.getReason())).toList();
    }

    @POST
    @Path("{id}/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({Role.BROKER, Role.COUNCIL_ADMIN})
    public MicroEnterpriseView move(@PathParam("id") String id, StageRequest body) {
        StageRequest b = CouncilRequests.body(body);
        return MicroEnterpriseView.of(microEnterprises.move(id, new MicroEnterpriseService.StageMove(b.stage(), b.on(), b.reason(), b.note()),
                CouncilRequests.actor(request)));
    }

    @POST
    @Path("{id}/confirm-listing")
    @AllowedRoles({Role.BROKER, Role.COUNCIL_ADMIN})
    public MicroEnterpriseView confirmListing(@PathParam("id") String id) {
        return MicroEnterpriseView.of(microEnterprises.confirmListing(id, CouncilRequests.actor(request)));
    }

    @GET
    @Path("{id}/evidence")
    public List<EvidenceView> evidence(@PathParam("id") String id) {
        return microEnterprises.evidence(id).stream().map(EvidenceView::of).toList();
    }

    @POST
    @Path("{id}/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({Role.BROKER, Role.COUNCIL_ADMIN})
    public Response recordEvidence(@PathParam("id") String id, EvidenceRequest body, @Context UriInfo uri) {
        EvidenceRequest b = CouncilRequests.body(body);
        ComplianceEvidence e = microEnterprises.recordEvidence(id, new MicroEnterpriseService.EvidenceDraft(b.requirement(), b.checkedOn(),
                b.expiresOn(), b.reference(), b.correcting(), b.reason()), CouncilRequests.actor(request));
        return CouncilRequests.created(uri, e.getId(), EvidenceView.of(e));
    }

    @GET
    @Path("{id}/compliance")
    public ComplianceReport compliance(@PathParam("id") String id, @QueryParam("on") String on) {
        Violations v = new Violations();
        LocalDate given = Fields.date(on, "on", "The day", false, v);
        v.throwIfAny();
        LocalDate day = given == null ? today.date() : given;
        List<ComplianceStatus> statuses = microEnterprises.compliance(id, day);
        return new ComplianceReport(day, statuses.stream().noneMatch(ComplianceStatus::blocksListing),
                statuses.stream().map(ComplianceView::of).toList());
    }

    @GET
    @Path("{id}/support-sessions")
    public List<SessionView> sessions(@PathParam("id") String id) {
        return microEnterprises.sessions(id).stream().map(SessionView::of).toList();
    }

    @POST
    @Path("{id}/support-sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({Role.BROKER, Role.COUNCIL_ADMIN})
    public Response addSession(@PathParam("id") String id, SessionRequest body, @Context UriInfo uri) {
        SessionRequest b = CouncilRequests.body(body);
        SupportSession s = microEnterprises.addSession(id, new MicroEnterpriseService.SessionDraft(b.on(), b.provider(), b.category(),
                b.minutes(), b.note()), CouncilRequests.actor(request));
        return CouncilRequests.created(uri, s.getId(), SessionView.of(s));
    }

    @GET
    @Path("{id}/absences")
    public List<AbsenceView> absences(@PathParam("id") String id) {
        return microEnterprises.absences(id).stream().map(AbsenceView::of).toList();
    }

    @POST
    @Path("{id}/absences")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({Role.BROKER, Role.COUNCIL_ADMIN})
    public Response recordAbsence(@PathParam("id") String id, AbsenceRequest body, @Context UriInfo uri) {
        AbsenceRequest b = CouncilRequests.body(body);
        Absence a = microEnterprises.recordAbsence(id, new MicroEnterpriseService.AbsenceDraft(b.startsOn(), b.endsOn(), b.planned(), b.note()),
                CouncilRequests.actor(request));
        return CouncilRequests.created(uri, a.getId(), AbsenceView.of(a));
    }

    @POST
    @Path("{id}/absences/{absenceId}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({Role.BROKER, Role.COUNCIL_ADMIN})
    public AbsenceView cancelAbsence(@PathParam("id") String id, @PathParam("absenceId") String absenceId, CancelAbsenceRequest body) {
        CancelAbsenceRequest b = CouncilRequests.body(body);
        return AbsenceView.of(microEnterprises.cancelAbsence(id, absenceId, b.reason(), CouncilRequests.actor(request)));
    }
}
