package org.microcare.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.domain.model.microenterprise.AvailabilitySlot;
import org.microcare.domain.model.microenterprise.AvailabilitySlot.Weekday;
import org.microcare.domain.model.microenterprise.Gender;
import org.microcare.domain.model.microenterprise.MicroEnterprise;
import org.microcare.domain.model.microenterprise.MicroEnterpriseDetails;
import org.microcare.domain.model.microenterprise.MicroEnterpriseRepository;
import org.microcare.domain.shared.Fields;
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
                        List<SlotDraft> availability, String referralSource, String enquiryDate) {
    }

    /** UK postcodes, as Royal Mail writes them (with or without the space). */
    private static final String POSTCODE = "^(GIR ?0AA|[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2})$";
    private static final String LANGUAGE = "^[a-z]{2,3}$";

    @Inject
    MicroEnterpriseRepository microEnterprises;

    @Inject
    ProgrammeLists lists;

    @Inject
    CouncilAudit audit;

    public List<MicroEnterprise> list() {
        return microEnterprises.all();
    }

    /** One ME's record; the read is audited. */
    public MicroEnterprise view(String id, Actor actor) {
        MicroEnterprise me = microEnterprises.find(id)
                .orElseThrow(() -> new RecordNotFoundException("No micro-enterprise " + id + " in this council"));
        audit.record(actor, "MICRO_ENTERPRISE_VIEWED", "MicroEnterprise", id, me.getTradingName());
        return me;
    }

    public MicroEnterprise create(Draft d, Actor actor) {
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
        v.require(enquiry == null || !enquiry.isAfter(LocalDate.now()), "enquiryDate", "Enquiry date must not be in the future");
        v.throwIfAny();
        MicroEnterprise me = new MicroEnterprise(new MicroEnterpriseDetails(d.tradingName().trim(), d.ownerName().trim(), gender,
                postcode, localities, services, rate, d.capacityHoursPerWeek(), Boolean.TRUE.equals(d.personalCare()),
                Boolean.TRUE.equals(d.medication()), Boolean.TRUE.equals(d.petsOk()), languages, specialisms, availability,
                referralSource, enquiry), Instant.now());
        microEnterprises.add(me);
        audit.record(actor, "MICRO_ENTERPRISE_CREATED", "MicroEnterprise", me.getId(), me.getTradingName() + ", enquiry " + enquiry);
        return me;
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
        if (text == null || text.isBlank()) {
            v.require(false, "postcode", "Postcode is required");
            return null;
        }
        String compact = text.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        if (!compact.matches(POSTCODE)) {
            v.require(false, "postcode", "Enter a real UK postcode, like KA10 6EP");
            return null;
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
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
