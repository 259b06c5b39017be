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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.microcare.application.MicroEnterpriseService;
import org.microcare.domain.model.microenterprise.AvailabilitySlot;
import org.microcare.domain.model.microenterprise.MicroEnterprise;
import org.microcare.domain.model.user.Role;
import org.microcare.domain.shared.Fields;
import org.microcare.interfaces.shared.rest.body.Items;
import org.microcare.interfaces.shared.rest.body.Money;
import org.microcare.interfaces.shared.rest.body.Text;

/** {@code /c/{tenant}/api/v1/micro-enterprises}: brokers and admins record MEs; every role reads them. */
@Path("{tenant}/api/v1/micro-enterprises")
@Produces(MediaType.APPLICATION_JSON)
public class MicroEnterprisesResource {

    /** One availability window in a request. */
    public record SlotRequest(@Text(max = 20) String day, @Text(max = 20) String from, @Text(max = 20) String to) {
    }

    /** Body of POST, with the fields API.md names. */
    public record MicroEnterpriseRequest(String tradingName, String ownerName, @Text(max = 20) String gender, @Text(max = 20) String postcode,
                                         @Text(max = 40) List<String> localities, @Text(max = 40) List<String> services,
                                         @Money String hourlyRate, Integer capacityHoursPerWeek, Boolean personalCare,
                                         Boolean medication, Boolean petsOk, @Text(max = 20) List<String> languages,
                                         @Text(max = 40) List<String> specialisms, @Items(max = 50) List<SlotRequest> availability,
                                         @Text(max = 40) String referralSource, String enquiryDate) {
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
                                      LocalDate enquiryDate, String stage, Instant createdAt, long version) {
        static MicroEnterpriseView of(MicroEnterprise m) {
            return new MicroEnterpriseView(m.getId(), m.getTradingName(), m.getOwnerName(),
                    m.getGender() == null ? null : m.getGender().name(), m.getPostcode(), m.getLocalities(), m.getServices(),
                    Fields.money(m.getHourlyRate()), m.getCapacityHoursPerWeek(), m.isPersonalCare(), m.isMedication(), m.isPetsOk(),
                    m.getLanguages(), m.getSpecialisms(), m.getAvailability().stream().map(SlotView::of).toList(),
                    m.getReferralSource(), m.getEnquiryDate(), m.getStage().name(), m.getCreatedAt(), m.getVersion());
        }
    }

    @Inject
    MicroEnterpriseService microEnterprises;

    @Context
    HttpServletRequest request;

    @GET
    public List<MicroEnterpriseView> list() {
        return microEnterprises.list().stream().map(MicroEnterpriseView::of).toList();
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
        List<MicroEnterpriseService.SlotDraft> slots = b.availability() == null ? null
                : b.availability().stream().map(s -> new MicroEnterpriseService.SlotDraft(s.day(), s.from(), s.to())).toList();
        MicroEnterprise me = microEnterprises.create(new MicroEnterpriseService.Draft(b.tradingName(), b.ownerName(), b.gender(),
                b.postcode(), b.localities(), b.services(), b.hourlyRate(), b.capacityHoursPerWeek(), b.personalCare(), b.medication(),
                b.petsOk(), b.languages(), b.specialisms(), slots, b.referralSource(), b.enquiryDate()), CouncilRequests.actor(request));
        return CouncilRequests.created(uri, me.getId(), MicroEnterpriseView.of(me));
    }
}
