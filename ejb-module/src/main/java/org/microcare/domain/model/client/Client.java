package org.microcare.domain.model.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.Violations;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;
import org.microcare.domain.model.matching.MatchCriteria;
import org.microcare.domain.model.microenterprise.AvailabilitySlot;
import org.microcare.domain.model.microenterprise.Gender;

/**
 * A person who needs care, referred to the programme. The rules of the record live here: the
 * council's reference is required; the services and locality are codes the council offers and covers
 * (a retired code the record already holds may stay); 1 to 168 hours a week; the referral and the
 * consent to share details with MEs are not in the future; and the moves of the case between
 * {@link ClientStatus statuses}: matching or supporting needs consent, closing needs a reason.
 * The coded lists and the weekly windows are rows of their own, so matching filters them in SQL.
 *
 * <p>Erasure (UK GDPR): only a closed case's personal details can be {@link #erase erased}, once; the
 * row stays with what reports need (hours, funding route, locality, services, personal care and
 * medication needed, dates, status) and the reference becomes a token made from the id, as the
 * council's own reference leads back to the person in its case system. An erased record is no longer
 * changed or reopened. {@link #retentionHasPassed} says when the council's retention period after
 * closure is over.
 */
@Entity
@Table(name = "client")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class Client {

    public static final String JPQL_PAGE = "SELECT c FROM Client c ORDER BY c.reference, c.id";

    public static final String JPQL_PAGE_BY_STATUS = "SELECT c FROM Client c WHERE c.status = :status ORDER BY c.reference, c.id";

    public static final String JPQL_COUNT = "SELECT COUNT(c) FROM Client c";

    public static final String JPQL_COUNT_BY_STATUS = "SELECT COUNT(c) FROM Client c WHERE c.status = :status";

    public static final String JPQL_BY_REFERENCE = "SELECT c FROM Client c WHERE c.reference = :reference";

    public static final String JPQL_DUE_FOR_ERASURE = "SELECT c.id FROM Client c WHERE c.status = :closed AND c.erasedAt IS NULL"
            + " AND c.closedOn < :closedBefore ORDER BY c.closedOn, c.id";

    /** With its needed services, wanted specialisms and preferred times, in one statement. */
    public static final String JPQL_WITH_NEEDS = "SELECT c FROM Client c LEFT JOIN FETCH c.services LEFT JOIN FETCH c.specialisms"
            + " LEFT JOIN FETCH c.preferredTimes WHERE c.id = :id";

    /** Read with a pessimistic write lock. */
    public static final String JPQL_FOR_CHANGE = "SELECT c FROM Client c WHERE c.id = :id";

    public static final int MIN_HOURS = 1;
    public static final int MAX_HOURS = 168;

    /** The moves a case allows, from each status. */
    private static final Map<ClientStatus, Set<ClientStatus>> MOVES = Map.of(
            ClientStatus.WAITING, EnumSet.of(ClientStatus.MATCHED, ClientStatus.SUPPORTED, ClientStatus.CLOSED),
            ClientStatus.MATCHED, EnumSet.of(ClientStatus.WAITING, ClientStatus.SUPPORTED, ClientStatus.CLOSED),
            ClientStatus.SUPPORTED, EnumSet.of(ClientStatus.WAITING, ClientStatus.MATCHED, ClientStatus.CLOSED),
            ClientStatus.CLOSED, EnumSet.of(ClientStatus.WAITING));

    /** Statuses in which the client's details are shared with an ME, so consent must be on record. */
    private static final Set<ClientStatus> SHARED = EnumSet.of(ClientStatus.MATCHED, ClientStatus.SUPPORTED);

    @Id
    private String id;

    @Column(nullable = false)
    private String reference;

    private String name;

    private String phone;

    private String email;

    /** The home postcode: private, never leaves the council's pages and API; none once erased. */
    private String postcode;

    @Column(name = "locality_code", nullable = false)
    private String locality;

    @OneToMany(mappedBy = "client", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    private List<ClientServiceNeed> services = new ArrayList<>();

    @OneToMany(mappedBy = "client", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    private List<ClientSpecialism> specialisms = new ArrayList<>();

    @OneToMany(mappedBy = "client", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    private List<ClientPreferredTime> preferredTimes = new ArrayList<>();

    @Column(name = "hours_per_week", nullable = false)
    private int hoursPerWeek;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_route", nullable = false)
    private FundingRoute fundingRoute;

    @Column(name = "personal_care_needed", nullable = false)
    private boolean personalCareNeeded;

    @Column(name = "medication_needed", nullable = false)
    private boolean medicationNeeded;

    @Enumerated(EnumType.STRING)
    @Column(name = "carer_gender")
    private CarerGender carerGender;

    private String language;

    @Column(name = "has_pets", nullable = false)
    private boolean hasPets;

    @Column(name = "social_worker_name")
    private String socialWorkerName;

    @Column(name = "social_worker_contact")
    private String socialWorkerContact;

    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;

    @Column(name = "referral_source")
    private String referralSource;

    /** The day the client consented to share their details with MEs; none yet: no introduction, no arrangement. */
    @Column(name = "consent_given_on")
    private LocalDate consentGivenOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClientStatus status;

    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_reason")
    private String closedReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** When the personal details were erased (null: still held), and by whom ("system" for the retention job). */
    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "erased_by")
    private String erasedBy;

    @Version
    private long version;

    /** What an erased client's reference becomes, followed by the record's id. */
    public static final String ERASED_REFERENCE = "ERASED-";
    /** What stands in a required free-text field about the client (a note, a description) once the client is erased. */
    public static final String ERASED_TEXT = "[erased with the client's personal details]";

    protected Client() {
    }

    /** A new client waits for an ME from the day they were referred. */
    public Client(ClientDetails d, Catalogue catalogue, LocalDate today, Instant now) {
        check(d, catalogue, today);
        this.id = UUID.randomUUID().toString();
        this.status = ClientStatus.WAITING;
        this.statusSince = d.referredOn();
        this.createdAt = now;
        apply(d, now);
    }

    /** Replaces the record's details (the status is not a detail: see {@link #moveTo}). */
    public void update(ClientDetails d, Catalogue catalogue, LocalDate today, Instant now) {
        refuseIfErased();
        check(d, catalogue, today);
        if (SHARED.contains(status) && d.consentGivenOn() == null) {
            throw new InvalidInputException("consentGivenOn", "A " + status.name().toLowerCase() + " client's consent stays on record;"
                    + " move the case back to WAITING before removing it");
        }
        apply(d, now);
    }

    /** The rules of the details; codes the record already holds stay allowed after the council retires them. */
    private void check(ClientDetails d, Catalogue catalogue, LocalDate today) {
        Violations v = new Violations();
        v.require(d.reference() != null && !d.reference().isBlank(), "reference", "Reference is required");
        v.require(d.postcode() != null, "postcode", "Postcode is required");
        v.require(d.locality() != null, "locality", "Locality is required");
        if (d.locality() != null) {
            v.require(catalogue.coversLocality(d.locality()) || d.locality().equals(locality), "locality",
                    "Unknown locality code '" + d.locality() + "': use one of the council's localities");
        }
        v.require(!d.servicesNeeded().isEmpty(), "servicesNeeded", "Choose at least one service the client needs");
        Set<String> held = new HashSet<>(getServicesNeeded());
        for (String code : d.servicesNeeded()) {
            v.require(catalogue.offersService(code) || held.contains(code), "servicesNeeded",
                    "Unknown service code '" + code + "': use one of the council's services");
        }
        v.require(d.hoursPerWeek() != null && d.hoursPerWeek() >= MIN_HOURS && d.hoursPerWeek() <= MAX_HOURS, "hoursPerWeek",
                "Hours per week must be a whole number from " + MIN_HOURS + " to " + MAX_HOURS);
        v.require(d.fundingRoute() != null, "fundingRoute", "Funding route is required");
        v.require(d.referredOn() != null, "referredOn", "Referral date is required");
        v.require(d.referredOn() == null || !d.referredOn().isAfter(today), "referredOn", "Referral date must not be in the future");
        LocalDate consent = d.consentGivenOn();
        v.require(consent == null || !consent.isAfter(today), "consentGivenOn", "Consent date must not be in the future");
        v.require(consent == null || consent.getYear() >= Fields.MIN_YEAR, "consentGivenOn",
                "Consent date must not be before " + Fields.MIN_YEAR);
        List<PreferredTime> times = d.preferredTimes();
        for (PreferredTime t : times) {
            v.require(t.from().isBefore(t.to()), "preferredTimes", "A preferred time must end after it starts");
        }
        v.require(times.stream().map(t -> t.day() + " " + t.from()).distinct().count() == times.size(), "preferredTimes",
                "Give each preferred time once (one start per day)");
        v.throwIfAny();
    }

    private void apply(ClientDetails d, Instant now) {
        this.reference = d.reference().trim();
        this.name = d.name();
        this.phone = d.phone();
        this.email = d.email();
        this.postcode = d.postcode();
        this.locality = d.locality();
        List<String> wantedServices = d.servicesNeeded();
        services.removeIf(s -> !wantedServices.contains(s.getCode()));
        List<String> keptServices = getServicesNeeded();
        wantedServices.stream().filter(c -> !keptServices.contains(c)).distinct().forEach(c -> services.add(new ClientServiceNeed(this, c)));
        List<String> wantedSpecialisms = d.preferences().specialisms();
        specialisms.removeIf(s -> !wantedSpecialisms.contains(s.getCode()));
        List<String> keptSpecialisms = specialisms.stream().map(ClientSpecialism::getCode).toList();
        wantedSpecialisms.stream().filter(c -> !keptSpecialisms.contains(c)).distinct()
                .forEach(c -> specialisms.add(new ClientSpecialism(this, c)));
        List<PreferredTime> wantedTimes = d.preferredTimes();
        preferredTimes.removeIf(t -> !wantedTimes.contains(t.time()));
        List<PreferredTime> keptTimes = preferredTimes.stream().map(ClientPreferredTime::time).toList();
        wantedTimes.stream().filter(t -> !keptTimes.contains(t)).forEach(t -> preferredTimes.add(new ClientPreferredTime(this, t)));
        this.hoursPerWeek = d.hoursPerWeek();
        this.fundingRoute = d.fundingRoute();
        this.personalCareNeeded = d.personalCareNeeded();
        this.medicationNeeded = d.medicationNeeded();
        this.carerGender = d.preferences().carerGender();
        this.language = d.preferences().language();
        this.hasPets = d.preferences().hasPets();
        this.socialWorkerName = d.socialWorkerName();
        this.socialWorkerContact = d.socialWorkerContact();
        this.referredOn = d.referredOn();
        this.referralSource = d.referralSource();
        this.consentGivenOn = d.consentGivenOn();
        this.updatedAt = now;
    }

    /**
     * Moves the case to another status on a day: only the moves in {@link #MOVES} (else 409, naming the
     * allowed ones); {@code MATCHED} and {@code SUPPORTED} share the client's details with an ME, so they
     * need consent on record (409); {@code CLOSED} needs a reason, and is refused while any of the
     * client's arrangements ({@code care}: all of them, or at least those not over by {@code on}) runs
     * past the closing day ({@link ClientCloseRefusedException}, 409, naming them: end them first); the
     * day is neither in the future nor before the current status began. Reopening a closed case clears
     * the closing.
     */
    public void moveTo(ClientStatus to, LocalDate on, String reason, List<CareSpan> care, LocalDate today, Instant now) {
        refuseIfErased();
        if (to == status) {
            throw new ConflictException("The client is already " + status);
        }
        if (!MOVES.get(status).contains(to)) {
            throw new ConflictException("A client's case cannot move from " + status + " to " + to + "; from " + status + " it can move to "
                    + MOVES.get(status).stream().map(ClientStatus::name).sorted().collect(Collectors.joining(", ")));
        }
        if (SHARED.contains(to) && consentGivenOn == null) {
            throw new ConflictException("The client has not consented to share their details with micro-enterprises;"
                    + " record the day they consented before a case is " + to);
        }
        if (to == ClientStatus.CLOSED && on != null) {
            List<CareSpan> running = care.stream().filter(c -> c.runsAfter(on)).sorted(Comparator.comparing(CareSpan::startsOn)).toList();
            if (!running.isEmpty()) {
                throw new ClientCloseRefusedException("The case cannot be closed on " + on + " while care is arranged after that day: "
                        + running.stream().map(c -> "arrangement " + c.arrangementId() + " with " + c.provider() + " from " + c.startsOn()
                                + (c.endsOn() == null ? " (open-ended)" : " to " + c.endsOn())).collect(Collectors.joining("; "))
                        + ". End the arrangements first, or close the case on or after their last day", running);
            }
        }
        Violations v = new Violations();
        v.require(to != ClientStatus.CLOSED || (reason != null && !reason.isBlank()), "reason", "Give the reason the case is closed");
        v.require(!on.isAfter(today), "on", "The day of the move must not be in the future");
        v.require(!on.isBefore(statusSince), "on", "The day of the move must not be before " + statusSince + ", when the current status began");
        v.throwIfAny();
        this.status = to;
        this.statusSince = on;
        this.closedOn = to == ClientStatus.CLOSED ? on : null;
        this.closedReason = to == ClientStatus.CLOSED ? reason.trim() : null;
        this.updatedAt = now;
    }

    /**
     * Erases the personal details of a closed case: name, phone, email, postcode, the social-work
     * contact, the closing reason (free text), the preferences that describe the person (carer gender,
     * language, pets, specialisms) and the preferred times; the reference becomes
     * {@value #ERASED_REFERENCE} and the id. Refused (409) unless the case is closed, and a second time.
     * {@code by} is who erased it (a user, or "system").
     */
    public void erase(String by, Instant now) {
        if (erasedAt != null) {
            throw new ConflictException("This client's personal details were already erased (" + erasedAt + " by " + erasedBy + ")");
        }
        if (status != ClientStatus.CLOSED) {
            throw new ConflictException("Only a closed client's personal details can be erased; this case is " + status
                    + ": close it first");
        }
        this.reference = ERASED_REFERENCE + id;
        this.name = null;
        this.phone = null;
        this.email = null;
        this.postcode = null;
        this.socialWorkerName = null;
        this.socialWorkerContact = null;
        this.closedReason = null;
        this.carerGender = null;
        this.language = null;
        this.hasPets = false;
        this.specialisms.clear();
        this.preferredTimes.clear();
        this.erasedAt = now;
        this.erasedBy = by;
        this.updatedAt = now;
    }

    /**
     * Whether the council's retention period after closure is over on {@code today}: the case is closed,
     * not yet erased, and {@code closedOn + years} is before today (the details are kept through that day).
     */
    public boolean retentionHasPassed(int years, LocalDate today) {
        return status == ClientStatus.CLOSED && erasedAt == null && closedOn != null && closedOn.plusYears(years).isBefore(today);
    }

    /** The last day a closed client's details are kept with {@code years} of retention; null while the case is open. */
    public LocalDate keptUntil(int years) {
        return status == ClientStatus.CLOSED && closedOn != null ? closedOn.plusYears(years) : null;
    }

    private void refuseIfErased() {
        if (erasedAt != null) {
            throw new ConflictException("This client's personal details were erased on " + erasedAt
                    + "; the record stays for reports only and is not changed");
        }
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public String getErasedBy() {
        return erasedBy;
    }

    /** The statuses the case may move to from the current one, in the order of {@link ClientStatus}. */
    public List<ClientStatus> allowedMoves() {
        if (erasedAt != null) {
            return List.of();
        }
        return MOVES.get(status).stream().sorted().toList();
    }

    /**
     * What matching looks for on this client's behalf: every needed service, the locality, the hours, personal
     * care and medication (hard), and the preferred times, carer gender, language, pets and specialisms (ranking).
     */
    public MatchCriteria matchCriteria() {
        Preferences p = getPreferences();
        return new MatchCriteria(Set.copyOf(getServicesNeeded()), locality, hoursPerWeek, personalCareNeeded, medicationNeeded,
                getPreferredTimes().stream().map(t -> new AvailabilitySlot(t.day(), t.from(), t.to())).toList(),
                p.carerGender() == null ? null : Gender.valueOf(p.carerGender().name()), p.language(), p.hasPets(), Set.copyOf(p.specialisms()));
    }

    public boolean hasConsent() {
        return consentGivenOn != null;
    }

    public String getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getLocality() {
        return locality;
    }

    public List<String> getServicesNeeded() {
        return services.stream().map(ClientServiceNeed::getCode).sorted().toList();
    }

    public int getHoursPerWeek() {
        return hoursPerWeek;
    }

    public FundingRoute getFundingRoute() {
        return fundingRoute;
    }

    public boolean isPersonalCareNeeded() {
        return personalCareNeeded;
    }

    public boolean isMedicationNeeded() {
        return medicationNeeded;
    }

    public Preferences getPreferences() {
        return new Preferences(carerGender, language, hasPets, specialisms.stream().map(ClientSpecialism::getCode).sorted().toList());
    }

    /** The weekly windows, Monday first, earliest first. */
    public List<PreferredTime> getPreferredTimes() {
        return preferredTimes.stream().map(ClientPreferredTime::time)
                .sorted(Comparator.comparing(PreferredTime::day).thenComparing(PreferredTime::from)).toList();
    }

    public String getSocialWorkerName() {
        return socialWorkerName;
    }

    public String getSocialWorkerContact() {
        return socialWorkerContact;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public String getReferralSource() {
        return referralSource;
    }

    public LocalDate getConsentGivenOn() {
        return consentGivenOn;
    }

    public ClientStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getClosedReason() {
        return closedReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
