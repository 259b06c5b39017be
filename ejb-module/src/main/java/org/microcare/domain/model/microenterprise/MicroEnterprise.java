package org.microcare.domain.model.microenterprise;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/** A local sole trader in the programme: what they offer, where, when, at what price, and their stage. */
@Entity
@Table(name = "micro_enterprise")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
@NamedQuery(name = "MicroEnterprise.all", query = "SELECT m FROM MicroEnterprise m ORDER BY m.tradingName")
public class MicroEnterprise {

    @Id
    private String id;

    @Column(name = "trading_name", nullable = false)
    private String tradingName;

    @Column(name = "owner_name", nullable = false)
    private String ownerName;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Column(nullable = false)
    private String postcode;

    /** Comma-separated locality codes. */
    @Column(nullable = false)
    private String localities;

    /** Comma-separated service codes. */
    @Column(nullable = false)
    private String services;

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

    @Column(nullable = false)
    private String languages;

    @Column(nullable = false)
    private String specialisms;

    /** Slots as {@code MON 09:00-15:00}, separated by semicolons. */
    @Column(nullable = false)
    private String availability;

    @Column(name = "referral_source")
    private String referralSource;

    @Column(name = "enquiry_date", nullable = false)
    private LocalDate enquiryDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected MicroEnterprise() {
    }

    /** A new ME starts at the enquiry stage. */
    public MicroEnterprise(MicroEnterpriseDetails d, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.tradingName = d.tradingName();
        this.ownerName = d.ownerName();
        this.gender = d.gender();
        this.postcode = d.postcode();
        this.localities = String.join(",", d.localities());
        this.services = String.join(",", d.services());
        this.hourlyRate = d.hourlyRate();
        this.capacityHoursPerWeek = d.capacityHoursPerWeek();
        this.personalCare = d.personalCare();
        this.medication = d.medication();
        this.petsOk = d.petsOk();
        this.languages = String.join(",", d.languages());
        this.specialisms = String.join(",", d.specialisms());
        this.availability = d.availability().stream().map(AvailabilitySlot::stored).collect(Collectors.joining(";"));
        this.referralSource = d.referralSource();
        this.enquiryDate = d.enquiryDate();
        this.stage = Stage.ENQUIRY;
        this.createdAt = createdAt;
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
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
        return list(localities);
    }

    public List<String> getServices() {
        return list(services);
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
        return list(languages);
    }

    public List<String> getSpecialisms() {
        return list(specialisms);
    }

    public List<AvailabilitySlot> getAvailability() {
        return AvailabilitySlot.fromStoredList(availability);
    }

    public String getReferralSource() {
        return referralSource;
    }

    public LocalDate getEnquiryDate() {
        return enquiryDate;
    }

    public Stage getStage() {
        return stage;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
