package org.microcare.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.domain.model.programme.ProgrammeRepository;
import org.microcare.domain.model.programme.Rate;
import org.microcare.domain.model.programme.RateRepository;
import org.microcare.domain.model.programme.RateType;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.OverlapException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.domain.shared.Violations;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/**
 * Effective-dated hourly rates. Periods of one type never overlap, so exactly one rate (or none)
 * is in effect on any day; changes are serialised per council on its programme row and audited.
 */
@Stateless
@TenantTransactional
public class RateService {

    /** A rate as the form or API sent it, unchecked. */
    public record Draft(String type, Object hourlyRate, String validFrom, String validTo, Long version) {
    }

    @Inject
    RateRepository rates;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    CouncilAudit audit;

    public List<Rate> all() {
        return rates.all();
    }

    public Rate get(String id) {
        return rates.find(id).orElseThrow(() -> new RecordNotFoundException("No rate " + id + " in this council"));
    }

    /** The rate of a type in effect on a day, as typed by a user or API client; 404 if there is none. */
    public Rate effectiveOn(String typeText, String dayText) {
        Violations v = new Violations();
        RateType type = type(typeText, v);
        LocalDate day = Fields.date(dayText, "on", "The day", true, v);
        v.throwIfAny();
        return inEffect(type, day).orElseThrow(() -> new RecordNotFoundException("No " + type + " rate is in effect on " + day));
    }

    /** The rate of a type in effect on a day: what pricing uses for work done that day (top-ups, cost avoided). */
    public Optional<Rate> inEffect(RateType type, LocalDate day) {
        return rates.ofType(type).stream().filter(r -> r.appliesOn(day)).findFirst();
    }

    public Rate add(Draft d, Actor actor) {
        Violations v = new Violations();
        RateType type = type(d.type(), v);
        Period p = period(d, v);
        v.throwIfAny();
        programmes.findForChange();
        requireNoOverlap(type, p, null);
        Rate rate = new Rate(type, p.hourlyRate, p.from, p.to);
        rates.add(rate);
        audit.record(actor, "RATE_ADDED", "Rate", rate.getId(), rate.describe());
        return rate;
    }

    public Rate change(String id, Draft d, Actor actor) {
        Violations v = new Violations();
        Period p = period(d, v);
        v.require(d.version() != null, "version", "Give the version of the rate you changed");
        v.throwIfAny();
        programmes.findForChange();
        Rate rate = get(id);
        rate.keepType(d.type());
        Fields.requireVersion(d.version(), rate.getVersion(), "This rate");
        requireNoOverlap(rate.getType(), p, rate);
        String before = rate.describe();
        rate.change(p.hourlyRate, p.from, p.to);
        if (!before.equals(rate.describe())) {
            audit.record(actor, "RATE_CHANGED", "Rate", id, before + " -> " + rate.describe());
        }
        return rate;
    }

    private record Period(BigDecimal hourlyRate, LocalDate from, LocalDate to) {
    }

    private static Period period(Draft d, Violations v) {
        BigDecimal amount = Fields.money(d.hourlyRate(), "hourlyRate", "Hourly rate", true, v);
        v.require(amount == null || amount.signum() > 0, "hourlyRate", "Hourly rate must be more than 0.00");
        LocalDate from = Fields.date(d.validFrom(), "validFrom", "Valid from", true, v);
        LocalDate to = Fields.date(d.validTo(), "validTo", "Valid to", false, v);
        Fields.period(from, to, "validTo", "Valid to", "Valid from", v);
        return new Period(amount, from, to);
    }

    private void requireNoOverlap(RateType type, Period p, Rate self) {
        for (Rate other : rates.ofType(type)) {
            if (other != self && other.overlaps(p.from, p.to)) {
                throw new OverlapException("This period overlaps the " + other.describe()
                        + ": end that rate first or choose other dates", other);
            }
        }
    }

    static RateType type(String text, Violations v) {
        if (text == null || text.isBlank()) {
            v.require(false, "type", "Rate type is required: DIRECT_PAYMENT, AGENCY_HOME_CARE, PERSONAL_ASSISTANT or ME_GUIDE_RATE");
            return null;
        }
        try {
            return RateType.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.require(false, "type", "Unknown rate type '" + text + "': use DIRECT_PAYMENT, AGENCY_HOME_CARE, PERSONAL_ASSISTANT or ME_GUIDE_RATE");
            return null;
        }
    }
}
