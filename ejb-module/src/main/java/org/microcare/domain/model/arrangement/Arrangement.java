package org.microcare.domain.model.arrangement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.microcare.domain.model.arrangement.ArrangementRefusedException.Rule;
import org.microcare.domain.model.client.Client;
import org.microcare.domain.model.client.ClientStatus;
import org.microcare.domain.model.client.FundingRoute;
import org.microcare.domain.model.microenterprise.Absence;
import org.microcare.domain.model.microenterprise.MicroEnterprise;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/**
 * A client's care by one micro-enterprise. Made by {@link #make}, which holds the rules: the last day
 * is not before the first; 1 to 168 hours a week; a positive hourly rate in pounds and pence; the ME is
 * visible in the directory on the first day; the client is not closed and consented to share their
 * details on or before the first day; and the ME's spare capacity (its weekly capacity less the hours
 * of its other arrangements) covers the hours on every day of the arrangement. An arrangement is ended
 * early with a reason, never deleted; hours delivered are recorded per month within its dates.
 *
 * <p>A <em>cover</em> ({@link #cover}) is a temporary arrangement with another ME while the ME of one
 * of the client's arrangements is away: it names the absence and the arrangement it stands in for, runs
 * on the days of the absence still to come that the covered arrangement is active ({@link #coverDays}),
 * and ends with the absence; when the absence is cancelled it is ended ({@link #endWithCancelledAbsence}).
 */
@Entity
@Table(name = "arrangement")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class Arrangement {

    /** Read with a pessimistic write lock. */
    public static final String JPQL_FOR_CHANGE = "SELECT a FROM Arrangement a WHERE a.id = :id";

    public static final String JPQL_COMMITTED_ON = "SELECT SUM(a.hoursPerWeek) FROM Arrangement a WHERE a.microEnterpriseId = :me"
            + " AND a.id <> :except AND a.startsOn <= :day AND (a.endsOn IS NULL OR a.endsOn >= :day)";

    public static final String JPQL_PEAK_AFTER = "SELECT d.startsOn, SUM(a.hoursPerWeek) AS committed FROM Arrangement d, Arrangement a"
            + " WHERE d.microEnterpriseId = :me AND d.id <> :except AND d.startsOn > :from AND d.startsOn <= :to"
            + " AND a.microEnterpriseId = :me AND a.id <> :except AND a.startsOn <= d.startsOn"
            + " AND (a.endsOn IS NULL OR a.endsOn >= d.startsOn) GROUP BY d.id, d.startsOn ORDER BY committed DESC, d.startsOn";

    public static final String JPQL_LOAD_ON = "SELECT a.microEnterpriseId, SUM(a.hoursPerWeek), COUNT(DISTINCT a.clientId)"
            + " FROM Arrangement a WHERE a.microEnterpriseId IN :ids AND a.startsOn <= :day AND (a.endsOn IS NULL OR a.endsOn >= :day)"
            + " GROUP BY a.microEnterpriseId";

    public static final String JPQL_OF_MICRO_ENTERPRISE_DURING = "SELECT a FROM Arrangement a WHERE a.microEnterpriseId = :me"
            + " AND a.startsOn <= :to AND (a.endsOn IS NULL OR a.endsOn >= :from) ORDER BY a.startsOn, a.createdAt, a.id";

    public static final String JPQL_COVERS_OF = "SELECT a FROM Arrangement a WHERE a.coverForAbsenceId = :absence"
            + " ORDER BY a.startsOn, a.createdAt, a.id";

    public static final String JPQL_HOURS = "SELECT h FROM MonthlyHours h WHERE h.arrangementId = :id ORDER BY h.monthStart";

    public static final int MIN_HOURS = 1;
    public static final int MAX_HOURS = 168;
    /** The most a rate may be: DECIMAL(8,2). */
    public static final BigDecimal MAX_RATE = new BigDecimal("999999.99");
    /** Far enough to stand for "no last day" in comparisons. */
    public static final LocalDate OPEN_END = LocalDate.of(2999, 12, 31);

    @Id
    private String id;

    @Column(name = "client_id", nullable = false)
    private String clientId;

    @Column(name = "micro_enterprise_id", nullable = false)
    private String microEnterpriseId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "hours_per_week", nullable = false)
    private int hoursPerWeek;

    @Column(name = "hourly_rate", nullable = false)
    private BigDecimal hourlyRate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FundingRoute funding;

    @Column(name = "ended_early_by")
    private String endedEarlyBy;

    @Column(name = "ended_early_at")
    private Instant endedEarlyAt;

    @Column(name = "ended_reason")
    private String endedReason;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "cover_for_absence_id")
    private String coverForAbsenceId;

    @Column(name = "covers_arrangement_id")
    private String coversArrangementId;

    @Version
    private long version;

    protected Arrangement() {
    }

    /**
     * An arrangement of {@code client}'s care by {@code me} on the {@code terms}, or the rule it breaks:
     * 400 for terms that cannot be ({@link InvalidInputException}), 409 for an arrangement the facts
     * refuse ({@link ConflictException}). {@code visibleOnStart}: the ME is in the directory on the first
     * day; {@code committed}: the peak of hours its other arrangements hold over the dates (read under
     * the ME's row lock).
     */
    public static Arrangement make(Client client, MicroEnterprise me, Terms terms, boolean visibleOnStart, Load committed, String by,
            Instant at) {
        checkTerms(terms);
        if (client.getStatus() == ClientStatus.CLOSED) {
            throw new ArrangementRefusedException(Rule.CLIENT_CLOSED, "Client " + client.getReference()
                    + " is closed; reopen the case before arranging care", client.getReference());
        }
        if (client.getConsentGivenOn() == null || client.getConsentGivenOn().isAfter(terms.startsOn())) {
            throw new ArrangementRefusedException(Rule.NO_CONSENT, "Client " + client.getReference() + " has not consented to share their details with"
                    + " micro-enterprises" + (client.getConsentGivenOn() == null ? "" : " by " + terms.startsOn() + " (consent given on "
                    + client.getConsentGivenOn() + ")") + "; record their consent before arranging care", client.getReference(), terms.startsOn(),
                    client.getConsentGivenOn());
        }
        if (!visibleOnStart) {
            throw new ArrangementRefusedException(Rule.NOT_ON_DIRECTORY, me.getTradingName() + " is not on the directory on " + terms.startsOn()
                    + " (not listed, or missing valid evidence for a mandatory requirement); care can only be arranged with a listed,"
                    + " compliant micro-enterprise", me.getTradingName(), terms.startsOn());
        }
        int spare = me.getCapacityHoursPerWeek() - committed.hours();
        if (spare < terms.hoursPerWeek()) {
            throw new ArrangementRefusedException(Rule.NO_CAPACITY, me.getTradingName() + " has no spare capacity for " + terms.hoursPerWeek()
                    + " hours a week: from " + committed.day() + " it has " + Math.max(0, spare) + " of its " + me.getCapacityHoursPerWeek()
                    + " hours a week spare", me.getTradingName(), terms.hoursPerWeek(), committed.day(), Math.max(0, spare),
                    me.getCapacityHoursPerWeek());
        }
        Arrangement a = new Arrangement();
        a.id = UUID.randomUUID().toString();
        a.clientId = client.getId();
        a.microEnterpriseId = me.getId();
        a.startsOn = terms.startsOn();
        a.endsOn = terms.endsOn();
        a.hoursPerWeek = terms.hoursPerWeek();
        a.hourlyRate = terms.hourlyRate().setScale(2);
        a.funding = terms.funding();
        a.recordedBy = by;
        a.createdAt = at;
        return a;
    }

    /**
     * The days this arrangement needs cover for during {@code absence} of its ME, as of {@code today}: from
     * the latest of the absence's first day, this arrangement's first day and today, to the earlier of the
     * absence's last day and this arrangement's last day. Empty when the absence is cancelled, is not of
     * this arrangement's ME, or when no such day is left (the absence or the arrangement is over, or they
     * do not meet).
     */
    public Optional<CoverDays> coverDays(Absence absence, LocalDate today) {
        if (!absence.isInForce() || !absence.getMicroEnterpriseId().equals(microEnterpriseId)) {
            return Optional.empty();
        }
        LocalDate from = latest(latest(absence.getStartsOn(), startsOn), today);
        LocalDate to = absence.getEndsOn().isBefore(lastDay()) ? absence.getEndsOn() : lastDay();
        return to.isBefore(from) ? Optional.empty() : Optional.of(new CoverDays(from, to));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * Cover for {@code covered} while its ME is away ({@code absence}), by {@code coverMe}, on the days
     * {@link #coverDays} gives as of {@code today}, with the covered arrangement's hours a week and funding
     * route at {@code hourlyRate}. Refused (409) when the absence is cancelled, nothing is left to cover,
     * the cover ME is the absent one or is away itself on one of the days ({@code coverMeAbsences}), or
     * {@code coversSoFar} (the covers of this arrangement for this absence) holds one not ended early; and
     * then by every rule of {@link #make} for the cover ME over those days.
     */
    public static Arrangement cover(Arrangement covered, Absence absence, Client client, MicroEnterprise coverMe, java.math.BigDecimal hourlyRate,
            List<Absence> coverMeAbsences, List<Arrangement> coversSoFar, LocalDate today, boolean visibleOnStart, Load committed, String by,
            Instant at) {
        if (!absence.isInForce()) {
            throw new ArrangementRefusedException(Rule.ABSENCE_CANCELLED, "This absence (" + absence.getStartsOn() + " to " + absence.getEndsOn()
                    + ") was cancelled; there is nothing to cover", absence.getStartsOn(), absence.getEndsOn());
        }
        CoverDays days = covered.coverDays(absence, today).orElseThrow(() -> new ArrangementRefusedException(Rule.NOTHING_TO_COVER,
                "Client " + client.getReference() + "'s arrangement needs no cover during the absence from " + absence.getStartsOn() + " to "
                        + absence.getEndsOn() + ": no day of it is left on which the arrangement is active", client.getReference(),
                absence.getStartsOn(), absence.getEndsOn()));
        if (coverMe.getId().equals(covered.getMicroEnterpriseId())) {
            throw new ArrangementRefusedException(Rule.SAME_MICRO_ENTERPRISE, coverMe.getTradingName() + " is the micro-enterprise that is away;"
                    + " choose another to cover", coverMe.getTradingName());
        }
        for (Absence away : coverMeAbsences) {
            if (away.isInForce() && away.overlaps(days.from(), days.to())) {
                throw new ArrangementRefusedException(Rule.COVER_AWAY, coverMe.getTradingName() + " is away itself from " + away.getStartsOn()
                        + " to " + away.getEndsOn() + "; choose another to cover", coverMe.getTradingName(), away.getStartsOn(), away.getEndsOn());
            }
        }
        for (Arrangement other : coversSoFar) {
            if (!other.isEndedEarly()) {
                throw new ArrangementRefusedException(Rule.ALREADY_COVERED, "Cover is already arranged for client " + client.getReference()
                        + " during this absence (from " + other.getStartsOn() + " to " + other.getEndsOn() + "); end it before arranging another",
                        client.getReference(), other.getStartsOn(), other.getEndsOn());
            }
        }
        Arrangement a = make(client, coverMe, new Terms(days.from(), days.to(), covered.getHoursPerWeek(), hourlyRate, covered.getFunding()),
                visibleOnStart, committed, by, at);
        a.coverForAbsenceId = absence.getId();
        a.coversArrangementId = covered.getId();
        return a;
    }

    /**
     * A cover ends with its absence: when the absence is cancelled, a cover still running today or later
     * ends today (or on its first day, when it has not begun: an arrangement keeps at least one day), with
     * the reason. Answers whether it changed: a cover already ended early or over before today is left as
     * it is. Hours recorded for a month after the new last day refuse it ({@link #end}).
     */
    public boolean endWithCancelledAbsence(Absence absence, LocalDate today, List<MonthlyHours> recorded, String by, Instant at) {
        if (!absence.getId().equals(coverForAbsenceId) || isEndedEarly() || lastDay().isBefore(today)) {
            return false;
        }
        String why = "The absence it covered (" + absence.getStartsOn() + " to " + absence.getEndsOn() + ") was cancelled: "
                + absence.getCancelReason();
        end(latest(startsOn, today), why.length() > 500 ? why.substring(0, 499) + "…" : why, recorded, by, at);
        return true;
    }

    /** The rules of the terms alone: dates in order, hours 1 to 168, a positive rate in pounds and pence, a funding route. */
    static void checkTerms(Terms t) {
        if (t.endsOn() != null && t.endsOn().isBefore(t.startsOn())) {
            throw new InvalidInputException("endsOn", "The last day must not be before the first day (" + t.startsOn() + ")");
        }
        if (t.hoursPerWeek() < MIN_HOURS || t.hoursPerWeek() > MAX_HOURS) {
            throw new InvalidInputException("hoursPerWeek", "Hours per week must be a whole number from " + MIN_HOURS + " to " + MAX_HOURS);
        }
        BigDecimal rate = t.hourlyRate();
        if (rate == null || rate.signum() <= 0 || rate.stripTrailingZeros().scale() > 2 || rate.compareTo(MAX_RATE) > 0) {
            throw new InvalidInputException("hourlyRate", "The hourly rate must be an amount in pounds above 0.00 with at most two"
                    + " decimal places, like 20.00");
        }
        if (t.funding() == null) {
            throw new InvalidInputException("funding", "Funding route is required");
        }
    }

    /** The last day, or {@link #OPEN_END} when open-ended. */
    public LocalDate lastDay() {
        return endsOn == null ? OPEN_END : endsOn;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(lastDay());
    }

    public ArrangementStatus statusOn(LocalDate day) {
        return day.isBefore(startsOn) ? ArrangementStatus.PLANNED : day.isAfter(lastDay()) ? ArrangementStatus.ENDED : ArrangementStatus.ACTIVE;
    }

    /**
     * Ends the arrangement early: the new last day is not before the first, not after the agreed last
     * day, and no hours are recorded for a month after it; the reason is required. Once.
     */
    public void end(LocalDate on, String reason, List<MonthlyHours> recorded, String by, Instant at) {
        if (endedEarlyAt != null) {
            throw new ConflictException("This arrangement was ended already (last day " + endsOn + ": " + endedReason + ")");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why the arrangement is ending");
        }
        if (on.isBefore(startsOn)) {
            throw new InvalidInputException("endsOn", "The last day must not be before the first day (" + startsOn + ")");
        }
        if (on.isAfter(lastDay())) {
            throw new InvalidInputException("endsOn", "The arrangement already ends on " + endsOn + "; an early end must be on or before it");
        }
        YearMonth last = YearMonth.from(on);
        Optional<MonthlyHours> later = recorded.stream().filter(h -> YearMonth.from(h.getMonth()).isAfter(last)).findFirst();
        if (later.isPresent()) {
            throw new ConflictException("Hours are recorded for " + YearMonth.from(later.get().getMonth()) + ", after " + on
                    + "; correct them before ending the arrangement earlier");
        }
        this.endsOn = on;
        this.endedReason = reason.trim();
        this.endedEarlyBy = by;
        this.endedEarlyAt = at;
    }

    /** The top-up on {@code day} against the Direct Payment rate in effect that day; the day must be within the arrangement. */
    public TopUp topUp(LocalDate day, BigDecimal dpRate) {
        requireWithin(day);
        return TopUp.of(hourlyRate, dpRate, hoursPerWeek);
    }

    /** Refuses (400, field {@code on}) a day outside the arrangement's dates. */
    public void requireWithin(LocalDate day) {
        if (!covers(day)) {
            throw new InvalidInputException("on", day + " is outside the arrangement (" + startsOn + " to "
                    + (endsOn == null ? "open-ended" : endsOn) + ")");
        }
    }

    /** How many of the month's days fall within the arrangement (0 when none). */
    public int daysIn(YearMonth month) {
        LocalDate from = month.atDay(1).isBefore(startsOn) ? startsOn : month.atDay(1);
        LocalDate to = month.atEndOfMonth().isAfter(lastDay()) ? lastDay() : month.atEndOfMonth();
        return to.isBefore(from) ? 0 : (int) (to.toEpochDay() - from.toEpochDay() + 1);
    }

    /**
     * The hours delivered in {@code month}: the month must share a day with the arrangement, and the
     * hours are at most 24 for each of those days (every hour of every day; more cannot have been
     * delivered). Replaces the month's figure in {@code existing} when there is one, else makes it.
     * Hours are not negative with at most two decimal places (read at the boundary).
     */
    public MonthlyHours recordHours(YearMonth month, BigDecimal hours, Optional<MonthlyHours> existing, String by, Instant at) {
        int days = daysIn(month);
        if (days == 0) {
            throw new InvalidInputException("month", month + " is outside the arrangement (" + startsOn + " to "
                    + (endsOn == null ? "open-ended" : endsOn) + ")");
        }
        if (hours.signum() < 0 || hours.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("hours", "Hours must be a number from 0 with at most two decimal places, like 30.5");
        }
        BigDecimal most = BigDecimal.valueOf(24L * days);
        if (hours.compareTo(most) > 0) {
            throw new InvalidInputException("hours", "At most " + most + " hours can be delivered in " + month + " (24 hours on each of the "
                    + days + " days of the arrangement in that month)");
        }
        if (existing.isPresent()) {
            existing.get().replace(hours, by, at);
            return existing.get();
        }
        return new MonthlyHours(id, month, hours, by, at);
    }

    public String getId() {
        return id;
    }

    public String getClientId() {
        return clientId;
    }

    public String getMicroEnterpriseId() {
        return microEnterpriseId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public int getHoursPerWeek() {
        return hoursPerWeek;
    }

    public BigDecimal getHourlyRate() {
        return hourlyRate;
    }

    public FundingRoute getFunding() {
        return funding;
    }

    public boolean isEndedEarly() {
        return endedEarlyAt != null;
    }

    public String getEndedEarlyBy() {
        return endedEarlyBy;
    }

    public Instant getEndedEarlyAt() {
        return endedEarlyAt;
    }

    public String getEndedReason() {
        return endedReason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The absence this arrangement covers, or null when it is not a cover. */
    public String getCoverForAbsenceId() {
        return coverForAbsenceId;
    }

    /** The arrangement this one stands in for during the absence, or null when it is not a cover. */
    public String getCoversArrangementId() {
        return coversArrangementId;
    }

    public boolean isCover() {
        return coverForAbsenceId != null;
    }

    public long getVersion() {
        return version;
    }

    /**
     * The client was erased: the free-text reason the arrangement ended early may speak of the person, so it
     * goes ({@link Client#ERASED_TEXT} stands for it, so the arrangement still reads as ended early); the
     * dates, hours, rate and funding route stay for reports.
     */
    public void eraseClientText() {
        if (endedReason != null) {
            endedReason = Client.ERASED_TEXT;
        }
    }
}
