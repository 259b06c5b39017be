package org.microcare.interfaces.council.web.client;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.ProgrammeLists;
import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.application.casework.ArrangementService;
import org.microcare.application.casework.ClientForm;
import org.microcare.application.casework.ClientService;
import org.microcare.application.casework.ClientService.Case;
import org.microcare.domain.model.arrangement.ArrangementRepository.Filter;
import org.microcare.application.casework.ConcernService;
import org.microcare.domain.model.concern.Concern;
import org.microcare.domain.model.concern.ReassessmentRequest;
import org.microcare.application.casework.IntroductionService;
import org.microcare.interfaces.council.web.introduction.IntroductionPages;
import org.microcare.domain.model.client.Client;
import org.microcare.domain.model.client.ClientCloseRefusedException;
import org.microcare.domain.model.client.ClientStatus;
import org.microcare.domain.model.client.Preferences;
import org.microcare.domain.model.client.PreferredTime;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.domain.shared.StaleVersionException;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.DisplayFormats;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;
import org.microcare.interfaces.shared.web.FormErrors;

/**
 * {@code /c/{tenant}/clients/view?id=…}: one client's record (details, needs, preferences, consent,
 * status) with, for brokers, the form that moves the case and a link to change the record; for
 * admins, who has viewed it. Every showing of the record is an audited read; a post that is only
 * a move (then a redirect back here) reads no personal details.
 */
@Named("clientPage")
@RequestScoped
public class ClientPageBean {

    static final String VIA = "page /clients/view";

    /** The notices a form may leave when it sends the broker back here ({@code ?done=…}). */
    private static final Set<String> DONE = Set.of("created", "edited", "moved", "reassessment", "reassessmentClosed", "erased", "shortlisted",
            "introduced", "decided");

    @Inject
    ClientService clients;

    @Inject
    ConcernService concernService;

    @Inject
    ProgrammeLists lists;

    @Inject
    IntroductionService introductionService;

    @Inject
    ArrangementService arrangements;

    @Inject
    CouncilPage council;

    @Inject
    org.microcare.application.RiskFlagService riskFlags;

    @Inject
    FormErrors errors;

    private String id;
    private Client client;
    private Case state;
    private List<ClientService.View> views = List.of();
    private List<ArrangementService.Named> arrangementList = List.of();
    private Map<String, List<org.microcare.domain.model.risk.RiskFlag>> arrangementFlags = Map.of();
    private List<Concern> concerns = List.of();
    private List<ReassessmentRequest> reassessments = List.of();
    private List<IntroductionService.Row> introductions = List.of();
    private Map<String, String> localityNames = Map.of();
    private Map<String, String> serviceNames = Map.of();

    private String on = LocalDate.now().toString();
    private String reason;

    @PostConstruct
    void load() {
        id = PageForms.param("id");
        try {
            if (FacesContext.getCurrentInstance().isPostback()) {
                state = clients.caseOf(id);
            } else {
                show();
            }
        } catch (RecordNotFoundException e) {
            id = null;
            PageForms.notFound();
        }
    }

    /** Reads the whole record (audited) and what the page shows with it. */
    private void show() {
        client = clients.view(id, PageForms.actor(council), VIA);
        state = clients.caseOf(id);
        localityNames = lists.names(Kind.LOCALITY);
        serviceNames = lists.names(Kind.SERVICE);
        arrangementList = arrangements.named(arrangements.list(new Filter(id, null, null), 1, ArrangementService.MAX_PAGE_SIZE).arrangements());
        arrangementFlags = riskFlags.ofClientArrangements(id, null);
        if (council.isAdmin()) {
            views = clients.views(id);
        }
        concerns = concernService.list(null, id, null);
        reassessments = concernService.reassessmentsOf(id);
        introductions = introductionService.rowsOfClient(id);
    }

    /** The client's introductions to MEs, latest first. */
    public List<IntroductionService.Row> getIntroductions() {
        return introductions;
    }

    public String introduceUrl(IntroductionService.Row r) {
        return IntroductionPages.introduceUrl(council, r);
    }

    public String outcomeUrl(IntroductionService.Row r) {
        return IntroductionPages.outcomeUrl(council, r);
    }

    /** Concerns and complaints about the client, latest first. */
    public List<Concern> getConcerns() {
        return concerns;
    }

    public String concernUrl(Concern c) {
        return council.getBase() + "/concerns/view?id=" + PageForms.encode(c.getId());
    }

    public String getRaiseConcernUrl() {
        return id == null ? "" : council.getBase() + "/concerns/new?client=" + PageForms.encode(id);
    }

    /** The client's reassessment requests, latest first. */
    public List<ReassessmentRequest> getReassessments() {
        return reassessments;
    }

    public String getRequestReassessmentUrl() {
        return id == null ? "" : council.getBase() + "/clients/reassessment?id=" + PageForms.encode(id);
    }

    public String closeReassessmentUrl(ReassessmentRequest r) {
        return council.getBase() + "/clients/reassessment-close?id=" + PageForms.encode(id) + "&request=" + PageForms.encode(r.getId());
    }

    public static String tag(ClientStatus s) {
        return switch (s) {
            case WAITING -> "govuk-tag--yellow";
            case MATCHED -> "govuk-tag--blue";
            case SUPPORTED -> "govuk-tag--green";
            case CLOSED -> "govuk-tag--grey";
        };
    }

    /** A broker moves the case; anyone else is refused (403) and nothing changes. */
    public void move() throws IOException {
        if (id == null) {
            PageForms.notFound();
            return;
        }
        if (!council.isCaseworker()) {
            PageForms.forbidden();
            return;
        }
        String to = PageForms.param("status");
        try {
            ClientForm.StatusMove move = new ClientForm.StatusForm(to, on, reason).read(LocalDate.now());
            clients.move(id, move, PageForms.version(PageForms.param("version")), PageForms.actor(council));
            PageForms.redirect(council.getBase() + "/clients/view?id=" + PageForms.encode(id) + "&done=moved");
            return;
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field(), Texts.violation("client.move.error.", v)));
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
            return;
        } catch (StaleVersionException e) {
            errors.add("status", Texts.get("client.move.error.stale"));
        } catch (ClientCloseRefusedException e) {
            errors.add("status", careRunning(e));
        } catch (ConflictException e) {
            errors.add("status", state.consent() || !("MATCHED".equals(to) || "SUPPORTED".equals(to))
                    ? Texts.get("client.move.error.notAllowed") : Texts.get("client.move.error.consent"));
        }
        show();
    }

    /** Why the case cannot be closed on the day: the arrangements that run past it, in the page's language. */
    private String careRunning(ClientCloseRefusedException e) {
        String items = e.care().stream().map(c -> c.endsOn() == null
                ? Texts.get("client.move.error.careItemOpen", c.provider(), DisplayFormats.dateText(c.startsOn()))
                : Texts.get("client.move.error.careItem", c.provider(), DisplayFormats.dateText(c.startsOn()), DisplayFormats.dateText(c.endsOn())))
                .collect(java.util.stream.Collectors.joining("; "));
        LocalDate day = PageForms.date(on);
        return Texts.get("client.move.error.careRunning", day == null ? on : DisplayFormats.dateText(day), items);
    }

    public String getId() {
        return id;
    }

    public Client getClient() {
        return client;
    }

    public Preferences getPreferences() {
        return client == null ? Preferences.NONE : client.getPreferences();
    }

    public String getLocality() {
        return client == null ? "" : withName(client.getLocality(), localityNames);
    }

    public List<String> getServices() {
        return client == null ? List.of() : client.getServicesNeeded().stream().map(c -> withName(c, serviceNames)).toList();
    }

    private static String withName(String code, Map<String, String> names) {
        String name = names.get(code);
        return name == null ? code : name + " (" + code + ")";
    }

    public List<PreferredTime> getPreferredTimes() {
        return client == null ? List.of() : client.getPreferredTimes();
    }

    public String getStatusLabel() {
        return client == null ? "" : Texts.get("client.status." + client.getStatus().name());
    }

    public String getStatusTag() {
        return client == null ? "" : tag(client.getStatus());
    }

    public String getFunding() {
        return client == null ? "" : Texts.get("client.funding." + client.getFundingRoute().name());
    }

    public String getCarerGender() {
        Preferences p = getPreferences();
        return Texts.get("client.carerGender." + (p.carerGender() == null ? "none" : p.carerGender().name()));
    }

    public String orNone(String text) {
        return text == null || text.isBlank() ? Texts.get("client.notGiven") : text;
    }

    public String yesNo(boolean value) {
        return Texts.get(value ? "client.yes" : "client.no");
    }

    public String joined(List<String> values) {
        return values == null || values.isEmpty() ? Texts.get("client.notGiven") : String.join(", ", values);
    }

    /** The moves the case allows now, for the radios. */
    public List<Choice> getMoveChoices() {
        return state == null ? List.of()
                : state.allowedMoves().stream().map(s -> new Choice(s.name(), Texts.get("client.status." + s.name()))).toList();
    }

    public String getChosenMove() {
        return PageForms.param("status");
    }

    public long getVersion() {
        return state == null ? 0 : state.version();
    }

    /** The client's arrangements, latest start first. */
    public List<ArrangementService.Named> getArrangements() {
        return arrangementList;
    }

    /** Whether the arrangement is active today above the Direct Payment rate in effect (a top-up in place: risk flag TOP_UP). */
    public boolean topUp(ArrangementService.Named a) {
        return arrangementFlags.getOrDefault(a.arrangement().getId(), List.of()).contains(org.microcare.domain.model.risk.RiskFlag.TOP_UP);
    }

    public String arrangementStatus(ArrangementService.Named a) {
        return Texts.get("arrangement.status." + a.arrangement().statusOn(LocalDate.now()).name());
    }

    public String arrangementUrl(ArrangementService.Named a) {
        return council.getBase() + "/arrangements/view?id=" + PageForms.encode(a.arrangement().getId());
    }

    public String getArrangeUrl() {
        return id == null ? "" : council.getBase() + "/arrangements/new?id=" + PageForms.encode(id);
    }

    public List<ClientService.View> getViews() {
        return views;
    }

    public String getNotice() {
        if (client == null) {
            return null;
        }
        String done = CouncilPage.request().getParameter("done");
        return done != null && DONE.contains(done) ? Texts.get("client.done." + done, client.getReference(), getStatusLabel()) : null;
    }

    public String getMatchesUrl() {
        return id == null ? "" : council.getBase() + "/clients/matches?id=" + PageForms.encode(id);
    }

    /** Admins may erase the personal details of a closed case not yet erased. */
    public boolean isErasable() {
        return council.isAdmin() && client != null && client.getStatus() == ClientStatus.CLOSED && !client.isErased();
    }

    public String getExportUrl() {
        return id == null ? "" : council.getBase() + "/clients/export-json?id=" + PageForms.encode(id);
    }

    public String getPrintUrl() {
        return id == null ? "" : council.getBase() + "/clients/export?id=" + PageForms.encode(id);
    }

    public String getEraseUrl() {
        return id == null ? "" : council.getBase() + "/clients/erase?id=" + PageForms.encode(id);
    }

    public String getEditUrl() {
        return id == null ? "" : council.getBase() + "/clients/edit?id=" + PageForms.encode(id);
    }

    public String getOn() {
        return on;
    }

    public void setOn(String on) {
        this.on = on;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
