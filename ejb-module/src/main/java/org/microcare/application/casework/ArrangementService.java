package org.microcare.application.casework;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.application.Actor;
import org.microcare.application.CouncilAudit;
import org.microcare.application.RateService;
import org.microcare.application.Today;
import org.microcare.application.casework.ArrangementForm.Ending;
import org.microcare.application.casework.ArrangementForm.Hours;
import org.microcare.application.casework.ArrangementForm.Request;
import org.microcare.domain.model.arrangement.Arrangement;
import org.microcare.domain.model.arrangement.ArrangementRepository;
import org.microcare.domain.model.arrangement.ArrangementRepository.Filter;
import org.microcare.domain.model.arrangement.Load;
import org.microcare.domain.model.arrangement.MonthlyHours;
import org.microcare.domain.model.arrangement.TopUp;
import org.microcare.domain.model.client.Client;
import org.microcare.domain.model.client.ClientRepository;
import org.microcare.domain.model.directory.PublishedListings;
import org.microcare.domain.model.microenterprise.MicroEnterprise;
import org.microcare.domain.model.microenterprise.MicroEnterpriseRepository;
import org.microcare.domain.model.programme.Rate;
import org.microcare.domain.model.programme.RateType;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.domain.shared.Violations;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/**
 * Brokers arrange a client's care with an ME, end arrangements early, record the hours delivered each
 * month and see the person's top-up. Making an arrangement takes the ME's row lock first, so two
 * arrangements made at once for one ME are decided one after the other against the hours already
 * committed (read in SQL), and cannot both overbook it. Changes are audited before → after.
 *
 * <p>An arrangement is part of its client's record (who cares for them, when, for how much, why it
 * ended), so every read of one through an endpoint or page is an audited read of the client's record
 * ({@value ClientService#VIEWED}, with the page or endpoint), as {@link ClientService#view} is: the
 * admin's "who viewed this client" list shows it. A list audits one read of each client it shows.
 */
@Stateless
@TenantTransactional
public class ArrangementService {

    static final String RECORD_TYPE = "Arrangement";
    public static final int MAX_PAGE_SIZE = 500;

    /** One page of arrangements and how many there are in all. */
    public record ArrangementPage(List<Arrangement> arrangements, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /**
     * An arrangement with the names a person reads it by: the client's reference and the ME's trading name;
     * for a cover, what it covers ({@code cover}, else null).
     */
    public record Named(Arrangement arrangement, String clientReference, String tradingName, CoverNote cover) {
    }

    /** What a cover stands in for: the absent ME and the days it is away (the absence may since have been cancelled). */
    public record CoverNote(String absenceId, String microEnterpriseId, String tradingName, LocalDate awayFrom, LocalDate awayTo,
                            boolean absenceCancelled) {
    }

    /** An ME a broker may arrange care with on a day (on the directory that day), with its hourly rate to prefill the form. */
    public record Choice(String id, String tradingName, java.math.BigDecimal hourlyRate) {
    }

    /** A top-up on a day and the Direct Payment rate it was worked out against. */
    public record DayTopUp(LocalDate on, TopUp topUp, Rate dpRate) {
    }

    @Inject
    ArrangementRepository arrangements;

    @Inject
    ClientRepository clients;

    @Inject
    MicroEnterpriseRepository microEnterprises;

    @Inject
    PublishedListings directory;

    @Inject
    RateService rates;

    @Inject
    CouncilAudit audit;

    @Inject
    Today today;

    /** Page {@code page} (from 1) of {@code size} arrangements that the filter wants, latest start first. */
    public ArrangementPage list(Filter filter, int page, int size) {
        Violations v = new Violations();
        v.require(page >= 1, "page", "Page must be a whole number from 1");
        v.require(size >= 1 && size <= MAX_PAGE_SIZE, "size", "Size must be a whole number from 1 to " + MAX_PAGE_SIZE);
        v.throwIfAny();
        long total = arrangements.count(filter);
        List<Arrangement> found = arrangements.page(filter, (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size), size);
        return new ArrangementPage(found, total, page, size);
    }

    /** The arrangements with their client's reference and ME's trading name. */
    public List<Named> named(List<Arrangement> found) {
        Map<String, String> references = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        java.util.function.Function<String, String> name = meId -> names.computeIfAbsent(meId,
                id -> microEnterprises.find(id).map(MicroEnterprise::getTradingName).orElse(id));
        return found.stream().map(a -> new Named(a,
                references.computeIfAbsent(a.getClientId(), id -> clients.find(id).map(Client::getReference).orElse(id)),
                name.apply(a.getMicroEnterpriseId()),
                a.isCover() ? microEnterprises.absence(a.getCoverForAbsenceId()).map(ab -> new CoverNote(ab.getId(), ab.getMicroEnterpriseId(),
                        name.apply(ab.getMicroEnterpriseId()), ab.getStartsOn(), ab.getEndsOn(), !ab.isInForce())).orElse(null) : null))
                .toList();
    }

    public Named getNamed(String id) {
        return named(List.of(get(id))).get(0);
    }

    /** One arrangement with its names; an audited read of the client's record through {@code via}. */
    public Named view(String id, Actor actor, String via) {
        Named n = getNamed(id);
        viewed(n.arrangement().getClientId(), actor, via);
        return n;
    }

    /** The arrangements with their names; an audited read of the record of each client among them, once each. */
    public List<Named> view(List<Arrangement> found, Actor actor, String via) {
        found.stream().map(Arrangement::getClientId).distinct().forEach(client -> viewed(client, actor, via));
        return named(found);
    }

    private void viewed(String clientId, Actor actor, String via) {
        audit.record(actor, ClientService.VIEWED, ClientService.RECORD_TYPE, clientId, via);
    }

    /** The MEs on the directory on the day, by trading name (at most {@value #MAX_PAGE_SIZE}), for the "arrange care" form. */
    public List<Choice> choices(LocalDate day) {
        return directory.search(org.microcare.domain.model.directory.ListingSearch.ALL, day, 1, MAX_PAGE_SIZE).items().stream()
                .map(l -> new Choice(l.id(), l.tradingName(), l.hourlyRate())).toList();
    }

    public Arrangement get(String id) {
        return arrangements.find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * Arranges care by the rules of {@link Arrangement#make}, under the ME's row lock and then the client's
     * (which closing the case takes too: a case is not closed while care for it is being arranged).
     */
    public Arrangement make(Request r, Actor actor) {
        MicroEnterprise me = microEnterprises.findForChange(r.microEnterpriseId()).orElseThrow(() -> new InvalidInputException(
                "microEnterpriseId", "No micro-enterprise " + Fields.shorten(r.microEnterpriseId()) + " in this council"));
        Client client = clients.findForChange(r.clientId()).orElseThrow(() -> new InvalidInputException("clientId",
                "No client " + Fields.shorten(r.clientId()) + " in this council"));
        boolean visible = directory.visible(me.getId(), r.terms().startsOn()).isPresent();
        Load committed = arrangements.peakCommitted(me.getId(), r.terms().startsOn(), r.terms().endsOn(), null);
        Arrangement a = Arrangement.make(client, me, r.terms(), visible, committed, actor.username(), today.now());
        arrangements.add(a);
        audit.record(actor, "ARRANGEMENT_MADE", RECORD_TYPE, a.getId(), summary(a, client, me));
        return a;
    }

    /** Ends an arrangement early, with the reason. */
    public Arrangement end(String id, Ending ending, Actor actor) {
        Arrangement a = forChange(id);
        String before = a.getEndsOn() == null ? "open-ended" : a.getEndsOn().toString();
        a.end(ending.endsOn(), ending.reason(), arrangements.hoursOf(id), actor.username(), today.now());
        audit.record(actor, "ARRANGEMENT_ENDED", RECORD_TYPE, id, "last day " + before + " -> " + a.getEndsOn() + " (reason on the record)");
        return a;
    }

    /**
     * The top-up on a day within the arrangement against the Direct Payment rate in effect that day (404 when
     * none is); what the person pays is part of their record, so the read is audited through {@code via}.
     */
    public DayTopUp topUp(String id, LocalDate on, Actor actor, String via) {
        DayTopUp t = topUp(id, on);
        viewed(get(id).getClientId(), actor, via);
        return t;
    }

    /**
     * The top-up on a day, not audited: for a page that has already audited its read of the arrangement
     * ({@link #view(String, Actor, String)}) in the same showing.
     */
    public DayTopUp topUp(String id, LocalDate on) {
        Arrangement a = get(id);
        LocalDate day = on == null ? today.date() : on;
        a.requireWithin(day);
        Rate dp = rates.inEffect(RateType.DIRECT_PAYMENT, day).orElseThrow(() -> new RecordNotFoundException(
                "No DIRECT_PAYMENT rate is in effect on " + day + "; add one under rates to work out the top-up"));
        return new DayTopUp(day, a.topUp(day, dp.getHourlyRate()), dp);
    }

    /** Records the hours delivered in a month, replacing the month's figure; audited before → after. */
    public MonthlyHours recordHours(String id, Hours hours, Actor actor) {
        Arrangement a = forChange(id);
        Optional<MonthlyHours> existing = arrangements.hoursOf(id).stream()
                .filter(h -> h.getMonth().equals(hours.month().atDay(1))).findFirst();
        String before = existing.map(h -> h.getHours().toPlainString()).orElse("none");
        MonthlyHours recorded = a.recordHours(hours.month(), hours.hours(), existing, actor.username(), today.now());
        if (existing.isEmpty()) {
            arrangements.add(recorded);
        }
        audit.record(actor, "ARRANGEMENT_HOURS_RECORDED", RECORD_TYPE, id, "hours in " + hours.month() + ": " + before + " -> "
                + recorded.getHours().toPlainString());
        return recorded;
    }

    /** The hours delivered by month; not audited: for a page that has audited its read ({@link #view(String, Actor, String)}). */
    public List<MonthlyHours> hours(String id) {
        get(id);
        return arrangements.hoursOf(id);
    }

    /** The hours delivered by month; an audited read of the client's record through {@code via}. */
    public List<MonthlyHours> hours(String id, Actor actor, String via) {
        viewed(get(id).getClientId(), actor, via);
        return arrangements.hoursOf(id);
    }

    /**
     * What the audit log says of a new arrangement: the client by id, never by reference (the log is never
     * rewritten, so it holds nothing a client's erasure would have to remove; see {@link ClientService}).
     */
    private static String summary(Arrangement a, Client c, MicroEnterprise me) {
        return "client " + c.getId() + " with " + me.getTradingName() + " from " + a.getStartsOn() + " to "
                + (a.getEndsOn() == null ? "open-ended" : a.getEndsOn()) + "; " + a.getHoursPerWeek() + "h/wk at "
                + Fields.money(a.getHourlyRate()) + "/h; " + a.getFunding();
    }

    private Arrangement forChange(String id) {
        return arrangements.findForChange(id).orElseThrow(() -> notFound(id));
    }

    private static RecordNotFoundException notFound(String id) {
        return new RecordNotFoundException("No arrangement " + Fields.shorten(String.valueOf(id)) + " in this council");
    }
}
