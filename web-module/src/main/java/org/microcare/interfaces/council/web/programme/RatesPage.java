package org.microcare.interfaces.council.web.programme;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.AuditQueries;
import org.microcare.application.RateService;
import org.microcare.domain.model.audit.AuditEntry;
import org.microcare.domain.model.programme.Rate;
import org.microcare.domain.model.programme.RateType;
import org.microcare.domain.shared.OverlapException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.shared.web.FormErrors;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.DisplayFormats;
import org.microcare.interfaces.council.web.Texts;

/**
 * {@code /c/{tenant}/rates}: each type's rate history with the one in effect today, a look-up of
 * the rate in effect on a day (a GET form: {@code ?type=…&on=…}), and for admins who changed what.
 */
@Named
@RequestScoped
public class RatesPage {

    /** One rate type and its history, newest first. A class, as EL 5 cannot read records. */
    public static final class Section {
        private final RateType type;
        private final List<Rate> rates;

        Section(RateType type, List<Rate> rates) {
            this.type = type;
            this.rates = rates;
        }

        public String getType() {
            return type.name();
        }

        public String getLabel() {
            return Texts.get("rateType." + type.name());
        }

        public String getId() {
            return type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public List<Rate> getRates() {
            return rates;
        }

        public boolean isNone() {
            return rates.isEmpty();
        }
    }

    @Inject
    RateService rateService;

    @Inject
    AuditQueries audit;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    private List<Rate> all;
    private List<Section> sections;
    private String lookupType;
    private String lookupOn;
    private Rate found;
    private boolean lookedUp;
    private List<AuditEntry> changes;

    @PostConstruct
    void load() {
        all = rateService.all();
        sections = Arrays.stream(RateType.values())
                .map(t -> new Section(t, all.stream().filter(r -> r.getType() == t).toList())).toList();
        lookupType = Optional.ofNullable(PageForms.param("type")).orElse(RateType.DIRECT_PAYMENT.name());
        lookupOn = PageForms.param("on");
        if (lookupOn != null) {
            try {
                found = rateService.effectiveOn(lookupType, lookupOn);
                lookedUp = true;
            } catch (RecordNotFoundException e) {
                lookedUp = true;
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> errors.add("type".equals(v.field()) ? "lookup-type" : "lookup-on",
                        Texts.get("type".equals(v.field()) ? "rates.error.lookupType" : "rates.error.lookupOn")));
            }
        }
    }

    public List<Section> getSections() {
        return sections;
    }

    /** The four rate types, labelled in the page's language, for selects. */
    public static List<Choice> typeChoices() {
        return Arrays.stream(RateType.values()).map(t -> new Choice(t.name(), Texts.get("rateType." + t.name()))).toList();
    }

    public List<Choice> getTypes() {
        return typeChoices();
    }

    public boolean inEffect(Rate rate) {
        return rate.appliesOn(LocalDate.now());
    }

    public String getLookupType() {
        return lookupType;
    }

    public String getLookupOn() {
        return lookupOn;
    }

    /** Whether a look-up was made and answered (a rate or none). */
    public boolean isLookedUp() {
        return lookedUp;
    }

    /** What the look-up found, or null. */
    public Rate getFound() {
        return found;
    }

    public String getLookupAnswer() {
        if (!lookedUp) {
            return null;
        }
        LocalDate day = PageForms.date(lookupOn);
        String label = Texts.get("rateType." + RateType.valueOf(lookupType.trim().toUpperCase(java.util.Locale.ROOT)).name());
        return found == null ? Texts.get("rates.lookup.none", label, DisplayFormats.dateText(day))
                : Texts.get("rates.lookup.found", label, DisplayFormats.dateText(day), DisplayFormats.moneyText(found.getHourlyRate()));
    }

    /** The period of the rate the look-up found. */
    public String getLookupPeriod() {
        if (found == null) {
            return null;
        }
        return found.getValidTo() == null ? Texts.get("rates.lookup.periodOpen", DisplayFormats.dateText(found.getValidFrom()))
                : Texts.get("rates.lookup.period", DisplayFormats.dateText(found.getValidFrom()), DisplayFormats.dateText(found.getValidTo()));
    }

    /** The latest changes to rates, for admins: who changed what, when. */
    public List<AuditEntry> getChanges() {
        if (changes == null) {
            changes = council.isAdmin() ? audit.changesTo("Rate", 20) : List.of();
        }
        return changes;
    }

    public String action(AuditEntry e) {
        String key = "rates.action." + e.getAction();
        try {
            return Texts.get(key);
        } catch (java.util.MissingResourceException missing) {
            return e.getAction();
        }
    }

    /** The success message the last change left in the query string. */
    public String getNotice() {
        for (String done : List.of("added", "changed")) {
            String id = PageForms.param(done);
            if (id != null) {
                return all.stream().filter(r -> r.getId().equals(id)).findFirst()
                        .map(r -> Texts.get("rates." + done, describe(r))).orElse(null);
            }
        }
        return null;
    }

    /** "the Direct Payment rate of £16.98 from 1 April 2023 to 31 March 2024", in the page's language. */
    static String describe(Rate r) {
        String label = Texts.get("rateType." + r.getType().name());
        return r.getValidTo() == null
                ? Texts.get("rates.describeOpen", label, DisplayFormats.moneyText(r.getHourlyRate()), DisplayFormats.dateText(r.getValidFrom()))
                : Texts.get("rates.describe", label, DisplayFormats.moneyText(r.getHourlyRate()), DisplayFormats.dateText(r.getValidFrom()),
                        DisplayFormats.dateText(r.getValidTo()));
    }

    /** Names the rate the new period overlaps, in the page's language. */
    static String overlap(OverlapException e) {
        return Texts.get("rates.error.overlap", describe(e.existing(Rate.class)));
    }

    /** A broken rule about a rate, in the page's language, as precise as what was typed allows. */
    static String violation(org.microcare.domain.shared.Violation v, String hourlyRate, String from, String to) {
        String problem = switch (v.field()) {
            case "hourlyRate" -> PageForms.moneyProblem(hourlyRate);
            case "validFrom" -> PageForms.dateProblem(from, true);
            case "validTo" -> PageForms.dateProblem(to, false);
            default -> null;
        };
        return Texts.violation("rates.error.", v, problem);
    }
}
