package org.microcare.interfaces.council.web.microenterprise;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.FrameworkService;
import org.microcare.application.GrantService;
import org.microcare.application.MicroEnterpriseService;
import org.microcare.application.ProgrammeLists;
import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.domain.model.microenterprise.AvailabilitySlot;
import org.microcare.domain.model.microenterprise.ComplianceEvidence;
import org.microcare.domain.model.microenterprise.ComplianceStatus;
import org.microcare.domain.model.microenterprise.MicroEnterprise;
import org.microcare.domain.model.microenterprise.MicroEnterpriseDetails.PublicProfile;
import org.microcare.domain.model.microenterprise.Stage;
import org.microcare.domain.model.microenterprise.StageChange;
import org.microcare.domain.model.microenterprise.SupportSession;
import org.microcare.application.casework.ArrangementService;
import org.microcare.domain.model.arrangement.ArrangementRepository.Filter;
import org.microcare.domain.model.microenterprise.Absence;
import org.microcare.domain.model.concern.Concern;
import org.microcare.application.casework.ConcernService;
import org.microcare.application.casework.IntroductionService;
import org.microcare.domain.model.programme.GrantApplication;
import org.microcare.domain.model.programme.GrantScheme;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/**
 * {@code /c/{tenant}/micro-enterprises/view?id=…}: everything about one ME: its record and public
 * profile, its timeline of stages, where it stands today on each requirement of the framework, its
 * evidence (corrections kept), business support and grant applications, with links to the forms that
 * change them for brokers and admins. Opening it is audited.
 */
@Named
@RequestScoped
public class MicroEnterprisePage {

    /** The notices a form may leave when it sends the broker back here ({@code ?done=…}). */
    private static final Set<String> DONE = Set.of("edited", "moved", "evidence", "corrected", "session", "confirmed", "applied",
            "absence", "absenceCancelled");

    @Inject
    MicroEnterpriseService microEnterprises;

    @Inject
    GrantService grants;

    @Inject
    FrameworkService framework;

    @Inject
    ProgrammeLists lists;

    @Inject
    CouncilPage council;

    @Inject
    ArrangementService arrangementService;

    @Inject
    ConcernService concernService;

    @Inject
    org.microcare.application.RiskFlagService riskFlagService;

    private MicroEnterprise me;
    private List<org.microcare.domain.model.risk.RiskFlag> riskFlags = List.of();
    private final LocalDate today = LocalDate.now();
    private List<StageChange> timeline = List.of();
    private List<ComplianceStatus> compliance = List.of();
    private List<ComplianceEvidence> evidence = List.of();
    private List<SupportSession> sessions = List.of();
    private List<Absence> absences = List.of();
    private List<ArrangementService.Named> arrangements = List.of();
    private List<Concern> concerns = List.of();
    private List<IntroductionService.Row> introductions = List.of();

    @Inject
    IntroductionService introductionService;
    private List<GrantApplication> applications = List.of();
    private Map<String, String> schemeNames = Map.of();
    private Map<String, String> localityNames = Map.of();
    private Map<String, String> serviceNames = Map.of();
    private final Map<String, String> requirementNames = new HashMap<>();

    @PostConstruct
    void load() {
        String id = CouncilPage.request().getParameter("id");
        if (FacesContext.getCurrentInstance().isPostback()) {
            return; // the page's only form is the shell's sign-out: nothing to show, so no read to audit
        }
        try {
            me = microEnterprises.view(id, PageForms.actor(council));
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
            return;
        }
        timeline = microEnterprises.timeline(me.getId());
        compliance = microEnterprises.compliance(me.getId(), today);
        evidence = microEnterprises.evidence(me.getId());
        sessions = microEnterprises.sessions(me.getId());
        absences = microEnterprises.absences(me.getId());
        if (council.isBroker()) { // arrangements name clients: viewers see none
            arrangements = arrangementService.named(arrangementService.list(new Filter(null, me.getId(), null), 1,
                    ArrangementService.MAX_PAGE_SIZE).arrangements());
            concerns = concernService.list(me.getId(), null, null); // about clients too: personal data, brokers and admins only
            introductions = introductionService.rowsOfMicroEnterprise(me.getId());
            riskFlags = riskFlagService.ofMicroEnterprise(me.getId(), today).flags(); // they speak of clients' arrangements
        }
        applications = grants.applicationsOf(me.getId());
        schemeNames = grants.schemes().stream().collect(Collectors.toMap(GrantScheme::getId, GrantScheme::getName));
        localityNames = lists.names(Kind.LOCALITY);
        serviceNames = lists.names(Kind.SERVICE);
        framework.current().forEach(r -> requirementNames.put(r.getCode(), r.getName()));
        framework.inForceOn(today).forEach(r -> requirementNames.put(r.getCode(), r.getName()));
    }

    /** The day the compliance table is for. */
    public LocalDate getToday() {
        return today;
    }

    /** The ME's risk flags today (rules on {@link org.microcare.domain.model.risk.RiskFlag}); none for viewers. */
    public List<org.microcare.domain.model.risk.RiskFlag> getRiskFlags() {
        return riskFlags;
    }

    public MicroEnterprise getMe() {
        return me;
    }

    public PublicProfile getProfile() {
        return me == null ? PublicProfile.NONE : me.getProfile();
    }

    /** Each code with its name: "Troon (TROON)". */
    public List<String> getLocalities() {
        return me == null ? List.of() : me.getLocalities().stream().map(c -> withName(c, localityNames)).toList();
    }

    public List<String> getServices() {
        return me == null ? List.of() : me.getServices().stream().map(c -> withName(c, serviceNames)).toList();
    }

    private static String withName(String code, Map<String, String> names) {
        String name = names.get(code);
        return name == null ? code : name + " (" + code + ")";
    }

    public String getGender() {
        return me == null || me.getGender() == null ? Texts.get("me.notGiven") : Texts.get("me.gender." + me.getGender().name());
    }

    public String getAgeBand() {
        PublicProfile p = getProfile();
        return p.ageBand() == null ? Texts.get("me.notGiven") : Texts.get("me.ageBand." + p.ageBand().name());
    }

    /** Evenings, weekends, last-minute cover: the ones ticked, or "none given". */
    public String getWhen() {
        PublicProfile p = getProfile();
        List<String> ticked = new java.util.ArrayList<>();
        if (p.evenings()) {
            ticked.add(Texts.get("me.when.evenings"));
        }
        if (p.weekends()) {
            ticked.add(Texts.get("me.when.weekends"));
        }
        if (p.lastMinute()) {
            ticked.add(Texts.get("me.when.lastMinute"));
        }
        return joined(ticked);
    }

    public String orNone(String text) {
        return text == null || text.isBlank() ? Texts.get("me.noneGiven") : text;
    }

    public String yesNo(boolean value) {
        return Texts.get(value ? "me.yes" : "me.no");
    }

    public String joined(List<String> values) {
        return values == null || values.isEmpty() ? Texts.get("me.noneGiven") : String.join(", ", values);
    }

    public List<AvailabilitySlot> getAvailability() {
        return me == null ? List.of() : me.getAvailability();
    }

    public String getStageLabel() {
        return me == null ? "" : Texts.get("me.stage." + me.getStage().name());
    }

    /** Whether the ME has a listing a broker can confirm as current. */
    public boolean isListing() {
        return me != null && (me.getStage() == Stage.LISTED || me.getStage() == Stage.PAUSED);
    }

    // --- timeline ---

    public List<StageChange> getTimeline() {
        return timeline;
    }

    /** "Enquiry" for the first entry, else "Developing → Listed". */
    public String move(StageChange c) {
        String to = Texts.get("me.stage." + c.getTo().name());
        return c.getFrom() == null ? Texts.get("me.timeline.started", to) : Texts.get("me.stage." + c.getFrom().name()) + " → " + to;
    }

    public String reason(StageChange c) {
        return c.getReason() == null ? "" : Texts.get("me.leaveReason." + c.getReason().name());
    }

    // --- compliance today ---

    public List<ComplianceStatus> getCompliance() {
        return compliance;
    }

    public boolean isNoRequirements() {
        return compliance.isEmpty();
    }

    /** The mandatory requirements that stand in the way of listing today, by name. */
    public List<String> getBlocking() {
        return compliance.stream().filter(ComplianceStatus::blocksListing).map(s -> s.requirementName() + " (" + s.requirementCode() + ")").toList();
    }

    public String stateLabel(ComplianceStatus s) {
        return Texts.get("me.compliance.state." + s.state().name());
    }

    public String stateTag(ComplianceStatus s) {
        return switch (s.state()) {
            case VALID -> "govuk-tag--green";
            case EXPIRING_SOON -> "govuk-tag--yellow";
            case EXPIRED -> "govuk-tag--red";
            case MISSING -> s.mandatory() ? "govuk-tag--red" : "govuk-tag--grey";
        };
    }

    public LocalDate checkedOn(ComplianceStatus s) {
        return s.evidence() == null ? null : s.evidence().getCheckedOn();
    }

    public LocalDate expiresOn(ComplianceStatus s) {
        return s.evidence() == null ? null : s.evidence().getExpiresOn();
    }

    /** "Does not expire" for evidence with no expiry date, "" when there is no evidence. */
    public String noExpiry(ComplianceStatus s) {
        return s.evidence() != null && s.evidence().getExpiresOn() == null ? Texts.get("me.evidence.noExpiry") : "";
    }

    // --- evidence history ---

    public List<ComplianceEvidence> getEvidence() {
        return evidence;
    }

    public boolean isNoEvidence() {
        return evidence.isEmpty();
    }

    public String requirementName(String code) {
        return requirementNames.getOrDefault(code, code);
    }

    // --- support and grants ---

    public List<SupportSession> getSessions() {
        return sessions;
    }

    /** The ME's arrangements, latest start first. */
    public List<ArrangementService.Named> getArrangements() {
        return arrangements;
    }

    public String arrangementStatus(ArrangementService.Named a) {
        return Texts.get("arrangement.status." + a.arrangement().statusOn(today).name());
    }

    public String arrangementUrl(ArrangementService.Named a) {
        return council.getBase() + "/arrangements/view?id=" + PageForms.encode(a.arrangement().getId());
    }

    public List<Absence> getAbsences() {
        return absences;
    }

    /** The ME's introductions to clients, latest first; empty for viewers. */
    public List<IntroductionService.Row> getIntroductions() {
        return introductions;
    }

    /** Concerns and complaints about the ME, latest first; empty for viewers. */
    public List<Concern> getConcerns() {
        return concerns;
    }

    public String concernUrl(Concern c) {
        return council.getBase() + "/concerns/view?id=" + PageForms.encode(c.getId());
    }

    public String getRaiseConcernUrl() {
        return me == null ? "" : council.getBase() + "/concerns/new?me=" + PageForms.encode(me.getId());
    }

    /** The link that cancels an absence. */
    /** The cover page of the absence: the clients affected and who could cover them. */
    public String coverFor(Absence a) {
        return form("cover") + "&absence=" + PageForms.encode(a.getId());
    }

    public String cancelAbsence(Absence a) {
        return form("absence-cancel") + "&absence=" + PageForms.encode(a.getId());
    }

    public boolean isNoSessions() {
        return sessions.isEmpty();
    }

    public String category(SupportSession s) {
        return Texts.get("me.session.category." + s.getCategory().name());
    }

    public List<GrantApplication> getApplications() {
        return applications;
    }

    public boolean isNoApplications() {
        return applications.isEmpty();
    }

    public String schemeName(String schemeId) {
        return schemeNames.getOrDefault(schemeId, schemeId);
    }

    public String getNotice() {
        if (me == null) {
            return null;
        }
        if (CouncilPage.request().getParameter("created") != null) {
            return Texts.get("me.created", me.getTradingName());
        }
        String done = CouncilPage.request().getParameter("done");
        return done != null && DONE.contains(done) ? Texts.get("me.done." + done, me.getTradingName(), getStageLabel()) : null;
    }

    /** The link to a journey form of this ME. */
    public String form(String path) {
        return me == null ? "" : council.getBase() + "/micro-enterprises/" + path + "?id=" + PageForms.encode(me.getId());
    }
}
