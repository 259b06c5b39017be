package org.microcare.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.domain.model.directory.ComplianceWindowStore;
import org.microcare.domain.model.microenterprise.AvailabilitySlot;
import org.microcare.domain.model.microenterprise.AvailabilitySlot.Weekday;
import org.microcare.domain.model.arrangement.Arrangement;
import org.microcare.domain.model.arrangement.ArrangementRepository;
import org.microcare.domain.model.microenterprise.Absence;
import org.microcare.domain.model.microenterprise.AgeBand;
import org.microcare.domain.model.microenterprise.AvailabilitySlot.Weekday;
import org.microcare.domain.model.microenterprise.AvailabilitySlot;
import org.microcare.domain.model.microenterprise.ComplianceEvidence;
import org.microcare.domain.model.microenterprise.ComplianceStatus;
import org.microcare.domain.model.microenterprise.Gender;
import org.microcare.domain.model.microenterprise.LeaveReason;
import org.microcare.domain.model.microenterprise.MicroEnterprise;
import org.microcare.domain.model.microenterprise.MicroEnterpriseDetails.PublicProfile;
import org.microcare.domain.model.microenterprise.MicroEnterpriseDetails;
import org.microcare.domain.model.microenterprise.MicroEnterpriseRepository;
import org.microcare.domain.model.microenterprise.Stage;
import org.microcare.domain.model.microenterprise.StageChange;
import org.microcare.domain.model.microenterprise.SupportSession;
import org.microcare.domain.model.programme.FrameworkRequirement;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.domain.shared.Violations;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/**
 * Brokers and admins record micro-enterprises. Reading one ME's record is audited, as it names a
 * person; creating one is audited with its trading name.
 */
@Stateless
@TenantTransactional
public class MicroEnterpriseService {

    /** One availability window as sent. */
    public record SlotDraft(String day, String from, String to) {
    }

    /** An ME as the form or API sent it, unchecked. */
    public record Draft(String tradingName, String ownerName, String gender, String postcode, List<String> localities,
                        List<String> services, Object hourlyRate, Integer capacityHoursPerWeek, Boolean personalCare,
                        Boolean medication, Boolean petsOk, List<String> languages, List<String> specialisms,
                        List<SlotDraft> availability, String referralSource, String enquiryDate, ProfileDraft profile) {

        /** A record without public profile fields. */
        public Draft(String tradingName, String ownerName, String gender, String postcode, List<String> localities, List<String> services,
                     Object hourlyRate, Integer capacityHoursPerWeek, Boolean personalCare, Boolean medication, Boolean petsOk,
                     List<String> languages, List<String> specialisms, List<SlotDraft> availability, String referralSource,
                     String enquiryDate) {
            this(tradingName, ownerName, gender, postcode, localities, services, hourlyRate, capacityHoursPerWeek, personalCare, medication,
                    petsOk, languages, specialisms, availability, referralSource, enquiryDate, null);
        }
    }

    /** What the ME chooses to publish in the directory, unchecked. */
    public record ProfileDraft(String phone, String email, String website, String description, String experience, Boolean evenings,
                               Boolean weekends, Boolean lastMinute, String ageBand) {
    }

    /** A move between stages, unchecked. */
    public record StageMove(String stage, String on, String reason, String note) {
    }

    /** Evidence for a requirement, unchecked; {@code correcting} names the evidence it replaces, with {@code reason}. */
    public record EvidenceDraft(String requirement, String checkedOn, String expiresOn, String reference, String correcting, String reason) {
    }

    /** A business-support session, unchecked. */
    public record SessionDraft(String on, String provider, String category, Integer minutes, String note) {
    }

    /**
     * Where an ME is in its journey, for the forms that move it along: its trading name (public in
     * the directory), stage, the moves allowed from it, and its version; no personal details, so
     * reading it is not audited.
     */
    public record Journey(String id, String tradingName, Stage stage, LocalDate stageSince, LocalDate lastConfirmedOn,
                          List<Stage> allowedMoves, long version) {
    }

    private static final String LANGUAGE = "^[a-z]{2,3}$";

    @Inject
    ComplianceWindowStore complianceWindows;

    @Inject
    MicroEnterpriseRepository microEnterprises;

    @Inject
    ProgrammeLists lists;

    @Inject
    CouncilAudit audit;

    @Inject
    Today today;

    @Inject
    ArrangementRepository arrangements;

    @Inject
    FrameworkService framework;

    @Inject
    ProgrammeQueries programmes;

    public static final int MAX_PAGE_SIZE = 500;

    /** One page of MEs and how many there are in all. */
    public record MicroEnterprisePage(List<MicroEnterprise> microEnterprises, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /**
     * Page {@code page} (from 1) of {@code size} MEs by trading name, of one stage or all (null), and whose
     * trading or owner name contains {@code name} when given; filtered and paged by the database.
     */
    public MicroEnterprisePage list(Stage stage, String name, int page, int size) {
        Violations v = new Violations();
        v.require(page >= 1, "page", "Page must be a whole number from 1");
        v.require(size >= 1 && size <= MAX_PAGE_SIZE, "size", "Size must be a whole number from 1 to " + MAX_PAGE_SIZE);
        v.require(name == null || name.length() <= 200, "name", "The name searched for must be 200 characters or fewer");
        v.throwIfAny();
        long total = microEnterprises.count(stage, name);
        return new MicroEnterprisePage(microEnterprises.page(stage, name, (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size), size),
                total, page, size);
    }

    /** The trading names of these MEs, by id (names are public: not an audited read). */
    public java.util.Map<String, String> tradingNames(java.util.Collection<String> ids) {
        return microEnterprises.tradingNames(ids);
    }

    /** Up to {@code max} MEs still in the programme, as id and trading name, for a form to pick one. */
    public List<String[]> choosable(int max) {
        return microEnterprises.choosable(max);
    }

    /** One ME's record; the read is audited. */
    public MicroEnterprise view(String id, Actor actor) {
        MicroEnterprise me = microEnterprises.find(id)
                .orElseThrow(() -> new RecordNotFoundException("No micro-enterprise " + id + " in this council"));
        audit.record(actor, "MICRO_ENTERPRISE_VIEWED", "MicroEnterprise", id, me.getTradingName());
        return me;
    }

    /** An ME's place in the journey (see {@link Journey}); not an audited read. */
    public Journey journey(String id) {
        MicroEnterprise me = find(id);
        return new Journey(me.getId(), me.getTradingName(), me.getStage(), me.getStageSince(), me.getLastConfirmedOn(), me.allowedMoves(),
                me.getVersion());
    }

    public MicroEnterprise create(Draft d, Actor actor) {
        MicroEnterpriseDetails details = details(d);
        MicroEnterprise me = new MicroEnterprise(details, today.now());
        microEnterprises.add(me);
        microEnterprises.add(me.enquiry(actor.username(), today.now()));
        complianceWindows.renew(me.getId());
        audit.record(actor, "MICRO_ENTERPRISE_CREATED", "MicroEnterprise", me.getId(), me.getTradingName() + ", enquiry " + me.getEnquiryDate());
        return me;
    }

    /** Changes an ME's record; {@code seenVersion} is the version the change was made on (a stale one is refused). */
    public MicroEnterprise update(String id, Draft d, Long seenVersion, Actor actor) {
        Violations v = new Violations();
        v.require(seenVersion != null, "version", "Give the version of the record you changed");
        v.throwIfAny();
        MicroEnterpriseDetails details = details(d);
        MicroEnterprise me = forChange(id);
        Fields.requireVersion(seenVersion, me.getVersion(), "This micro-enterprise");
        String before = summary(me);
        me.update(details);
        complianceWindows.renew(id);
        String after = summary(me);
        audit.record(actor, "MICRO_ENTERPRISE_CHANGED", "MicroEnterprise", id, before.equals(after) ? "no change" : before + " -> " + after);
        return me;
    }

    private static String summary(MicroEnterprise m) {
        return m.getTradingName() + "; " + String.join(",", m.getServices()) + " in " + String.join(",", m.getLocalities()) + "; "
                + Fields.money(m.getHourlyRate()) + "/h; " + m.getCapacityHoursPerWeek() + "h/wk";
    }

    private MicroEnterprise forChange(String id) {
        return microEnterprises.findForChange(id)
                .orElseThrow(() -> new RecordNotFoundException("No micro-enterprise " + id + " in this council"));
    }

    private MicroEnterpriseDetails details(Draft d) {
        Violations v = new Violations();
        v.requireText(d.tradingName(), "tradingName", "Trading name", 200);
        v.requireText(d.ownerName(), "ownerName", "Owner's name", 200);
        Gender gender = gender(d.gender(), v);
        String postcode = postcode(d.postcode(), v);
        List<String> localities = Fields.codes(d.localities(), "localities", "Locality code", v);
        v.require(d.localities() != null && !d.localities().isEmpty(), "localities", "Choose at least one locality");
        lists.requireActive(Kind.LOCALITY, localities, "localities", v);
        List<String> services = Fields.codes(d.services(), "services", "Service code", v);
        v.require(d.services() != null && !d.services().isEmpty(), "services", "Choose at least one service");
        lists.requireActive(Kind.SERVICE, services, "services", v);
        BigDecimal rate = Fields.money(d.hourlyRate(), "hourlyRate", "Hourly rate", true, v);
        v.require(rate == null || rate.signum() > 0, "hourlyRate", "Hourly rate must be more than 0.00");
        v.require(d.capacityHoursPerWeek() != null && d.capacityHoursPerWeek() >= 0 && d.capacityHoursPerWeek() <= 100,
                "capacityHoursPerWeek", "Capacity must be a whole number of hours a week from 0 to 100");
        List<String> languages = languages(d.languages(), v);
        List<String> specialisms = Fields.codes(d.specialisms(), "specialisms", "Specialism", v);
        List<AvailabilitySlot> availability = availability(d.availability(), v);
        String referralSource = d.referralSource() == null || d.referralSource().isBlank() ? null
                : Fields.code(d.referralSource(), "referralSource", "Referral source", v);
        LocalDate enquiry = Fields.date(d.enquiryDate(), "enquiryDate", "Enquiry date", true, v);
        v.require(enquiry == null || !enquiry.isAfter(today.date()), "enquiryDate", "Enquiry date must not be in the future");
        PublicProfile profile = profile(d.profile(), v);
        v.throwIfAny();
        return new MicroEnterpriseDetails(d.tradingName().trim(), d.ownerName().trim(), gender,
                postcode, localities, services, rate, d.capacityHoursPerWeek(), Boolean.TRUE.equals(d.personalCare()),
                Boolean.TRUE.equals(d.medication()), Boolean.TRUE.equals(d.petsOk()), languages, specialisms, availability,
                referralSource, enquiry, profile);
    }

    private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    private static final String PHONE = "^[0-9+() ]{6,40}$";
    private static final String WEBSITE = "^https?://[^\\s<>\"]{3,190}$";

    private static PublicProfile profile(ProfileDraft p, Violations v) {
        if (p == null) {
            return PublicProfile.NONE;
        }
        String phone = Fields.optionalText(p.phone(), "phone", "Public phone", 40, v);
        v.require(phone == null || phone.matches(PHONE), "phone", "Enter a phone number of digits, spaces, + and brackets, like 01292 612000");
        String email = Fields.optionalText(p.email(), "email", "Public email", 254, v);
        v.require(email == null || email.matches(EMAIL), "email", "Enter an email address like name@example.co.uk");
        String website = Fields.optionalText(p.website(), "website", "Website", 200, v);
        v.require(website == null || website.matches(WEBSITE), "website", "Enter a web address starting https:// or http://");
        String description = Fields.optionalText(p.description(), "description", "Public description", 2000, true, v);
        String experience = Fields.optionalText(p.experience(), "experience", "Training and experience", 2000, true, v);
        AgeBand band = null;
        if (p.ageBand() != null && !p.ageBand().isBlank()) {
            try {
                band = AgeBand.valueOf(Fields.normaliseCode(p.ageBand()));
            } catch (IllegalArgumentException e) {
                v.require(false, "ageBand", "Age band must be one of " + java.util.Arrays.toString(AgeBand.values()));
            }
        }
        return new PublicProfile(phone, email, website, description, experience, Boolean.TRUE.equals(p.evenings()),
                Boolean.TRUE.equals(p.weekends()), Boolean.TRUE.equals(p.lastMinute()), band);
    }

    /** The ME's timeline: every move between stages, oldest first. */
    public List<StageChange> timeline(String id) {
        requireExists(id);
        return microEnterprises.timeline(id);
    }

    /**
     * Moves an ME to another stage, by the journey's rules ({@link MicroEnterprise#moveTo}). Listing
     * checks the framework in force on the day of the move.
     */
    public MicroEnterprise move(String id, StageMove m, Actor actor) {
        Violations v = new Violations();
        Stage to = null;
        try {
            to = m.stage() == null || m.stage().isBlank() ? null : Stage.valueOf(Fields.normaliseCode(m.stage()));
        } catch (IllegalArgumentException e) {
            to = null;
        }
        v.require(to != null, "stage", "Stage must be one of ENQUIRY, DEVELOPING, LISTED, PAUSED or LEFT");
        LocalDate on = m.on() == null || m.on().isBlank() ? today.date() : Fields.date(m.on(), "on", "The day of the move", true, v);
        LeaveReason reason = null;
        if (m.reason() != null && !m.reason().isBlank()) {
            try {
                reason = LeaveReason.valueOf(Fields.normaliseCode(m.reason()));
            } catch (IllegalArgumentException e) {
                v.require(false, "reason", "Reason must be one of " + java.util.Arrays.toString(LeaveReason.values()));
            }
        }
        String note = Fields.optionalText(m.note(), "note", "Note", 2000, true, v);
        v.require(reason != LeaveReason.OTHER || note != null, "note", "Say in the note why the micro-enterprise left");
        v.require(reason == null || to == null || to == Stage.LEFT, "reason", "A reason code is only for a move to LEFT; say why in the note");
        v.throwIfAny();
        MicroEnterprise me = forChange(id);
        Stage from = me.getStage();
        List<String> missing = to == Stage.LISTED ? missingForListing(me, on) : List.of();
        StageChange change = me.moveTo(to, on, today.date(), reason, note, missing, microEnterprises.movesOf(id), actor.username(),
                today.now());
        microEnterprises.add(change);
        complianceWindows.relist(id);
        audit.record(actor, "MICRO_ENTERPRISE_STAGE_CHANGED", "MicroEnterprise", id,
                from + " -> " + to + " on " + on + (reason == null ? "" : " (" + reason + ")"));
        return me;
    }

    /** A broker confirms the listing is still current. */
    public MicroEnterprise confirmListing(String id, Actor actor) {
        MicroEnterprise me = forChange(id);
        me.confirmListing(today.date());
        audit.record(actor, "MICRO_ENTERPRISE_LISTING_CONFIRMED", "MicroEnterprise", id, "on " + today.date());
        return me;
    }

    /** The codes of the applicable mandatory requirements an ME lacks valid evidence for on a day. */
    private List<String> missingForListing(MicroEnterprise me, LocalDate day) {
        return compliance(me, day).stream().filter(ComplianceStatus::blocksListing).map(ComplianceStatus::requirementCode).toList();
    }

    /** Where the ME stands on every requirement of the framework in force on a day that applies to it. */
    public List<ComplianceStatus> compliance(String id, LocalDate day) {
        return compliance(find(id), day == null ? today.date() : day);
    }

    private List<ComplianceStatus> compliance(MicroEnterprise me, LocalDate day) {
        List<ComplianceEvidence> evidence = microEnterprises.evidenceOf(me.getId());
        int warning = programmes.programme().getEvidenceWarningDays();
        return framework.inForceOn(day).stream().filter(r -> r.appliesTo(me.getServices(), me.isMedication()))
                .map(r -> ComplianceStatus.of(r.getCode(), r.getName(), r.isMandatory(), evidence, day, warning)).toList();
    }

    public List<ComplianceEvidence> evidence(String id) {
        requireExists(id);
        return microEnterprises.evidenceOf(id);
    }

    /**
     * Records evidence for a requirement of the framework in force on the day it was checked; when it
     * corrects earlier evidence, that record is superseded (kept, with the reason).
     */
    public ComplianceEvidence recordEvidence(String id, EvidenceDraft d, Actor actor) {
        Violations v = new Violations();
        String code = Fields.code(d.requirement(), "requirement", "Requirement", v);
        LocalDate checked = Fields.date(d.checkedOn(), "checkedOn", "The day it was checked", true, v);
        LocalDate expires = Fields.date(d.expiresOn(), "expiresOn", "The day it expires", false, v);
        String reference = Fields.optionalText(d.reference(), "reference", "Reference", 200, v);
        String reason = Fields.optionalText(d.reason(), "reason", "Reason for the correction", 500, v);
        v.require(d.correcting() == null || reason != null, "reason", "Say why the earlier evidence is being corrected");
        v.throwIfAny();
        MicroEnterprise me = forChange(id);
        FrameworkRequirement requirement = framework.inForceOn(checked).stream().filter(r -> r.getCode().equals(code)).findFirst()
                .or(() -> framework.inForceOn(today.date()).stream().filter(r -> r.getCode().equals(code)).findFirst())
                .orElseThrow(() -> new InvalidInputException("requirement", "There is no requirement " + code + " in the council's framework"));
        ComplianceEvidence evidence = ComplianceEvidence.record(me.getId(), code, checked, expires, requirement.getValidityMonths(), reference,
                today.date(), actor.username(), today.now());
        if (d.correcting() != null) {
            ComplianceEvidence earlier = microEnterprises.evidence(d.correcting()).filter(e -> e.getMicroEnterpriseId().equals(me.getId()))
                    .orElseThrow(() -> new InvalidInputException("correcting", "There is no evidence " + d.correcting() + " for this micro-enterprise"));
            earlier.supersede(evidence, reason);
        }
        microEnterprises.add(evidence);
        complianceWindows.renew(id);
        audit.record(actor, d.correcting() == null ? "EVIDENCE_RECORDED" : "EVIDENCE_CORRECTED", "MicroEnterprise", id,
                code + " checked " + checked + (evidence.getExpiresOn() == null ? ", does not expire" : ", expires " + evidence.getExpiresOn())
                        + (d.correcting() == null ? "" : "; replaces " + d.correcting() + ": " + reason));
        return evidence;
    }

    public List<SupportSession> sessions(String id) {
        requireExists(id);
        return microEnterprises.sessionsOf(id);
    }

    /** An absence, unchecked: {@code startsOn} to {@code endsOn} inclusive. */
    public record AbsenceDraft(String startsOn, String endsOn, Boolean planned, String note) {
    }

    /**
     * Records that an ME is away; the ME's row is locked so two overlapping absences recorded at once
     * cannot both stand. Past absences may be recorded (an illness noted afterwards).
     */
    public Absence recordAbsence(String id, AbsenceDraft d, Actor actor) {
        Violations v = new Violations();
        LocalDate from = Fields.date(d.startsOn(), "startsOn", "The first day away", true, v);
        LocalDate to = Fields.date(d.endsOn(), "endsOn", "The last day away", true, v);
        v.require(d.planned() != null, "planned", "Say whether the absence is planned (true) or not (false)");
        String note = Fields.optionalText(d.note(), "note", "Note", 2000, true, v);
        v.throwIfAny();
        MicroEnterprise me = forChange(id);
        Absence absence = me.recordAbsence(from, to, d.planned(), note, microEnterprises.absencesOf(id), actor.username(), today.now());
        microEnterprises.add(absence);
        audit.record(actor, "ABSENCE_RECORDED", "MicroEnterprise", id, (d.planned() ? "planned" : "unplanned") + " absence " + from + " to " + to);
        return absence;
    }

    /**
     * Cancels an absence of the ME (recorded by mistake, or called off), with the reason; the covers
     * arranged for it that still run today or later end ({@link Arrangement#endWithCancelledAbsence}),
     * each audited as an arrangement ended.
     */
    public Absence cancelAbsence(String id, String absenceId, String reason, Actor actor) {
        forChange(id);
        Absence absence = microEnterprises.absence(absenceId).filter(a -> a.getMicroEnterpriseId().equals(id))
                .orElseThrow(() -> new RecordNotFoundException("No absence " + absenceId + " of this micro-enterprise"));
        absence.cancel(reason, actor.username(), today.now());
        audit.record(actor, "ABSENCE_CANCELLED", "MicroEnterprise", id, "absence " + absence.getStartsOn() + " to " + absence.getEndsOn()
                + " cancelled: " + absence.getCancelReason());
        // a cover ends with its absence
        for (Arrangement cover : arrangements.coversOf(absenceId)) {
            Arrangement locked = arrangements.findForChange(cover.getId()).orElseThrow();
            LocalDate before = locked.getEndsOn();
            if (locked.endWithCancelledAbsence(absence, today.date(), arrangements.hoursOf(locked.getId()), actor.username(), today.now())) {
                audit.record(actor, "ARRANGEMENT_ENDED", "Arrangement", locked.getId(), "last day " + before + " -> " + locked.getEndsOn()
                        + ": " + locked.getEndedReason());
            }
        }
        return absence;
    }

    public List<Absence> absences(String id) {
        requireExists(id);
        return microEnterprises.absencesOf(id);
    }

    public SupportSession addSession(String id, SessionDraft d, Actor actor) {
        Violations v = new Violations();
        LocalDate on = Fields.date(d.on(), "on", "The day of the session", true, v);
        v.require(on == null || !on.isAfter(today.date()), "on", "The day of the session must not be in the future");
        v.requireText(d.provider(), "provider", "Provider", 100);
        SupportSession.Category category = null;
        try {
            category = d.category() == null ? null : SupportSession.Category.valueOf(Fields.normaliseCode(d.category()));
        } catch (IllegalArgumentException e) {
            category = null;
        }
        v.require(category != null, "category", "Category must be one of " + java.util.Arrays.toString(SupportSession.Category.values()));
        v.require(d.minutes() != null && d.minutes() >= 1 && d.minutes() <= 1440, "minutes", "Minutes must be a whole number from 1 to 1440");
        String note = Fields.optionalText(d.note(), "note", "Note", 2000, true, v);
        v.throwIfAny();
        MicroEnterprise me = find(id);
        SupportSession session = new SupportSession(me.getId(), on, d.provider().trim(), category, d.minutes(), note, actor.username(),
                today.now());
        microEnterprises.add(session);
        audit.record(actor, "SUPPORT_SESSION_RECORDED", "MicroEnterprise", id, category + " with " + session.getProvider() + " on " + on
                + ", " + d.minutes() + " min");
        return session;
    }

    private MicroEnterprise find(String id) {
        return microEnterprises.find(id).orElseThrow(() -> new RecordNotFoundException("No micro-enterprise " + id + " in this council"));
    }

    private void requireExists(String id) {
        find(id);
    }

    private static Gender gender(String text, Violations v) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Gender.valueOf(Fields.normaliseCode(text));
        } catch (IllegalArgumentException e) {
            v.require(false, "gender", "Gender must be FEMALE, MALE, NON_BINARY or NOT_SAID");
            return null;
        }
    }

    /** Upper case with one space before the inward code: {@code KA10 6EP}. */
    static String postcode(String text, Violations v) {
        return Fields.postcode(text, "postcode", v);
    }

    private static List<String> languages(List<String> texts, Violations v) {
        List<String> out = new ArrayList<>();
        if (texts != null) {
            for (String t : texts) {
                String code = t == null ? "" : t.trim().toLowerCase(Locale.ROOT);
                v.require(code.matches(LANGUAGE), "languages", "Languages are ISO 639 codes like en, cy or gd");
                if (code.matches(LANGUAGE) && !out.contains(code)) {
                    out.add(code);
                }
            }
        }
        return out;
    }

    private static List<AvailabilitySlot> availability(List<SlotDraft> drafts, Violations v) {
        List<AvailabilitySlot> out = new ArrayList<>();
        if (drafts == null) {
            return out;
        }
        for (SlotDraft s : drafts) {
            if (s == null) {
                continue;
            }
            Weekday day = null;
            try {
                day = s.day() == null ? null : Weekday.parse(s.day());
            } catch (IllegalArgumentException e) {
                day = null;
            }
            v.require(day != null, "availability", "Availability days are MON, TUE, WED, THU, FRI, SAT or SUN");
            LocalTime from = Fields.time(s.from(), "availability", "Availability start", v);
            LocalTime to = Fields.time(s.to(), "availability", "Availability end", v);
            v.require(from == null || to == null || from.isBefore(to), "availability", "Availability must end after it starts");
            if (day != null && from != null && to != null && from.isBefore(to)) {
                out.add(new AvailabilitySlot(day, from, to));
            }
        }
        return out;
    }
}
