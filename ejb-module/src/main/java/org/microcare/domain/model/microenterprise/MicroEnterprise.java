package org.microcare.domain.model.microenterprise;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
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
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/**
 * A local sole trader in the programme: what they offer, where, when, at what price, what they
 * publish, and their stage. The coded lists and the weekly windows are rows of their own
 * ({@link MicroEnterpriseCode}, {@link AvailabilityWindow}), so search filters them in SQL.
 * The journey's rules (which moves are allowed, what a move needs) live here.
 */
@Entity
@Table(name = "micro_enterprise")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class MicroEnterprise {

    /** Read with a pessimistic write lock. */
    public static final String JPQL_FOR_CHANGE = "SELECT m FROM MicroEnterprise m WHERE m.id = :id";

    public static final String JPQL_COUNT_BY_STAGE = "SELECT m.stage, COUNT(m), MIN(m.stageSince) FROM MicroEnterprise m"
            + " GROUP BY m.stage";

    public static final String JPQL_AT_STAGE = "SELECT m.id, m.tradingName, m.stage, m.stageSince FROM MicroEnterprise m"
            + " WHERE m.stage = :stage ORDER BY m.stageSince, m.tradingName, m.id";

    public static final String JPQL_COUNT_AT_STAGE = "SELECT COUNT(m) FROM MicroEnterprise m WHERE m.stage = :stage";

    public static final String JPQL_ENQUIRIES_SINCE = "SELECT m.id, m.tradingName, m.stage, m.enquiryDate FROM MicroEnterprise m"
            + " WHERE m.enquiryDate >= :since ORDER BY m.enquiryDate DESC, m.tradingName, m.id";

    public static final String JPQL_COUNT_ENQUIRIES_SINCE = "SELECT COUNT(m) FROM MicroEnterprise m WHERE m.enquiryDate >= :since";

    public static final String JPQL_LISTED_CONFIRMED_BEFORE = "SELECT m.id, m.tradingName, m.stage, m.lastConfirmedOn"
            + " FROM MicroEnterprise m WHERE m.stage = :listed AND (m.lastConfirmedOn IS NULL OR m.lastConfirmedOn < :day)"
            + " ORDER BY m.lastConfirmedOn, m.tradingName, m.id";

    public static final String JPQL_COUNT_LISTED_CONFIRMED_BEFORE = "SELECT COUNT(m) FROM MicroEnterprise m WHERE m.stage = :listed"
            + " AND (m.lastConfirmedOn IS NULL OR m.lastConfirmedOn < :day)";

    /** The moves the journey allows, from each stage. */
    private static final Map<Stage, Set<Stage>> MOVES = Map.of(
            Stage.ENQUIRY, EnumSet.of(Stage.DEVELOPING, Stage.LEFT),
            Stage.DEVELOPING, EnumSet.of(Stage.LISTED, Stage.ENQUIRY, Stage.LEFT),
            Stage.LISTED, EnumSet.of(Stage.PAUSED, Stage.LEFT),
            Stage.PAUSED, EnumSet.of(Stage.LISTED, Stage.LEFT),
            Stage.LEFT, EnumSet.of(Stage.ENQUIRY));

    @Id
    private String id;

    @Column(name = "trading_name", nullable = false)
    private String tradingName;

    @Column(name = "owner_name", nullable = false)
    private String ownerName;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    /** The home postcode: private, never in the directory or the feed. */
    @Column(nullable = false)
    private String postcode;

    @OneToMany(mappedBy = "microEnterprise", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    private List<MicroEnterpriseCode> codes = new ArrayList<>();

    @OneToMany(mappedBy = "microEnterprise", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    private List<AvailabilityWindow> availability = new ArrayList<>();

    @Column(name = "hourly_rate", nullable = false)
    private BigDecimal hourlyRate;

    @Column(name = "capacity_hours_per_week", nullable = false)
    private int capacityHoursPerWeek;

    @Column(name = "personal_care", nullable = false)
    private boolean personalCare;

    @Column(nullable = false)
    private boolean medication;

    @Column(name = "pets_ok", nullable = false)
    private boolean petsOk;

    @Column(name = "referral_source")
    private String referralSource;

    @Column(name = "enquiry_date", nullable = false)
    private LocalDate enquiryDate;

    @Column(name = "public_phone")
    private String publicPhone;

    @Column(name = "public_email")
    private String publicEmail;

    private String website;

    @Column(name = "public_description")
    private String publicDescription;

    private String experience;

    @Column(nullable = false)
    private boolean evenings;

    @Column(nullable = false)
    private boolean weekends;

    @Column(name = "last_minute", nullable = false)
    private boolean lastMinute;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band")
    private AgeBand ageBand;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;

    /** The day the current stage began. */
    @Column(name = "stage_since", nullable = false)
    private LocalDate stageSince;

    /** The day a broker last confirmed the listing is current. */
    @Column(name = "last_confirmed_on")
    private LocalDate lastConfirmedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected MicroEnterprise() {
    }

    /** A new ME starts at the enquiry stage, on its enquiry date. */
    public MicroEnterprise(MicroEnterpriseDetails d, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.stage = Stage.ENQUIRY;
        this.stageSince = d.enquiryDate();
        this.createdAt = createdAt;
        apply(d);
    }

    /** The first entry of the timeline. */
    public StageChange enquiry(String by, Instant at) {
        return new StageChange(this, 0, null, Stage.ENQUIRY, enquiryDate, null, null, by, at);
    }

    /** Replaces the record's details (the stage and the timeline are not details). */
    public void update(MicroEnterpriseDetails d) {
        apply(d);
    }

    private void apply(MicroEnterpriseDetails d) {
        this.tradingName = d.tradingName();
        this.ownerName = d.ownerName();
        this.gender = d.gender();
        this.postcode = d.postcode();
        replaceCodes(CodeKind.LOCALITY, d.localities());
        replaceCodes(CodeKind.SERVICE, d.services());
        replaceCodes(CodeKind.LANGUAGE, d.languages());
        replaceCodes(CodeKind.SPECIALISM, d.specialisms());
        List<AvailabilitySlot> wanted = d.availability();
        availability.removeIf(w -> !wanted.contains(w.slot()));
        List<AvailabilitySlot> kept = availability.stream().map(AvailabilityWindow::slot).toList();
        wanted.stream().filter(slot -> !kept.contains(slot)).forEach(slot -> availability.add(new AvailabilityWindow(this, slot)));
        this.hourlyRate = d.hourlyRate();
        this.capacityHoursPerWeek = d.capacityHoursPerWeek();
        this.personalCare = d.personalCare();
        this.medication = d.medication();
        this.petsOk = d.petsOk();
        this.referralSource = d.referralSource();
        this.enquiryDate = d.enquiryDate();
        MicroEnterpriseDetails.PublicProfile p = d.profile();
        this.publicPhone = p.phone();
        this.publicEmail = p.email();
        this.website = p.website();
        this.publicDescription = p.description();
        this.experience = p.experience();
        this.evenings = p.evenings();
        this.weekends = p.weekends();
        this.lastMinute = p.lastMinute();
        this.ageBand = p.ageBand();
    }

    /** Keeps the rows of codes that stay (no churn of ids), removes the others, adds the new ones. */
    private void replaceCodes(CodeKind kind, List<String> wanted) {
        codes.removeIf(c -> c.getKind() == kind && !wanted.contains(c.getCode()));
        List<String> kept = codes(kind);
        wanted.stream().filter(code -> !kept.contains(code)).forEach(code -> codes.add(new MicroEnterpriseCode(this, kind, code)));
    }

    /**
     * Moves the ME to another stage on a day, by the journey's rules: only the moves in {@link #MOVES};
     * {@code LEFT} needs a reason; the day is not before the current stage began nor after today.
     * Listing also needs the ME to meet the framework: the caller passes the mandatory requirements
     * still without valid evidence, and a listing with any is refused, naming each. {@code position}
     * is the move's place in the timeline (the caller holds the ME's row lock).
     */
    public StageChange moveTo(Stage to, LocalDate on, LocalDate today, LeaveReason reason, String note, List<String> missingForListing,
                              int position, String by, Instant at) {
        if (!MOVES.get(stage).contains(to)) {
            throw new ConflictException("A micro-enterprise cannot move from " + stage + " to " + to + "; from " + stage + " it can move to "
                    + MOVES.get(stage).stream().map(Stage::name).sorted().collect(Collectors.joining(", ")));
        }
        if (to == Stage.LEFT && reason == null) {
            throw new InvalidInputException("reason", "Give the reason the micro-enterprise left, such as RETIRED, FOUND_EMPLOYMENT or MOVED_AWAY");
        }
        if (on.isBefore(stageSince)) {
            throw new InvalidInputException("on", "The day of the move must not be before " + stageSince + ", when the current stage began");
        }
        if (on.isAfter(today)) {
            throw new InvalidInputException("on", "The day of the move must not be in the future");
        }
        if (to == Stage.LISTED && !missingForListing.isEmpty()) {
            throw new ListingRefusedException(missingForListing);
        }
        StageChange change = new StageChange(this, position, stage, to, on, to == Stage.LEFT ? reason : null, note, by, at);
        this.stage = to;
        this.stageSince = on;
        if (to == Stage.LISTED) {
            this.lastConfirmedOn = on;
        }
        return change;
    }

    /**
     * Records that the ME is away from {@code from} to {@code to} inclusive, planned or not; refused when it
     * overlaps an absence already {@code recorded} and in force (the caller holds the ME's row lock), when it
     * ends before it starts, or when it is longer than {@link Absence#MAX_DAYS} days.
     */
    public Absence recordAbsence(LocalDate from, LocalDate to, boolean planned, String note, List<Absence> recorded, String by, Instant at) {
        return new Absence(this, from, to, planned, note, recorded, by, at);
    }

    /** The stages the journey allows a move to from the current one, in the order of {@link Stage}. */
    public List<Stage> allowedMoves() {
        return MOVES.get(stage).stream().sorted().toList();
    }

    /** A broker confirms the listing is current (the directory shows the date). */
    public void confirmListing(LocalDate on) {
        if (stage != Stage.LISTED && stage != Stage.PAUSED) {
            throw new ConflictException("Only a listed or paused micro-enterprise has a listing to confirm; this one is " + stage);
        }
        this.lastConfirmedOn = on;
    }

    public List<String> codes(CodeKind kind) {
        return codes.stream().filter(c -> c.getKind() == kind).map(MicroEnterpriseCode::getCode).sorted().toList();
    }

    public String getId() {
        return id;
    }

    public String getTradingName() {
        return tradingName;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public Gender getGender() {
        return gender;
    }

    public String getPostcode() {
        return postcode;
    }

    public List<String> getLocalities() {
        return codes(CodeKind.LOCALITY);
    }

    public List<String> getServices() {
        return codes(CodeKind.SERVICE);
    }

    public BigDecimal getHourlyRate() {
        return hourlyRate;
    }

    public int getCapacityHoursPerWeek() {
        return capacityHoursPerWeek;
    }

    public boolean isPersonalCare() {
        return personalCare;
    }

    public boolean isMedication() {
        return medication;
    }

    public boolean isPetsOk() {
        return petsOk;
    }

    public List<String> getLanguages() {
        return codes(CodeKind.LANGUAGE);
    }

    public List<String> getSpecialisms() {
        return codes(CodeKind.SPECIALISM);
    }

    /** The weekly windows, Monday first, earliest first. */
    public List<AvailabilitySlot> getAvailability() {
        return availability.stream().map(AvailabilityWindow::slot)
                .sorted(java.util.Comparator.comparing(AvailabilitySlot::day).thenComparing(AvailabilitySlot::from)).toList();
    }

    public String getReferralSource() {
        return referralSource;
    }

    public LocalDate getEnquiryDate() {
        return enquiryDate;
    }

    public MicroEnterpriseDetails.PublicProfile getProfile() {
        return new MicroEnterpriseDetails.PublicProfile(publicPhone, publicEmail, website, publicDescription, experience, evenings,
                weekends, lastMinute, ageBand);
    }

    public Stage getStage() {
        return stage;
    }

    public LocalDate getStageSince() {
        return stageSince;
    }

    public LocalDate getLastConfirmedOn() {
        return lastConfirmedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
