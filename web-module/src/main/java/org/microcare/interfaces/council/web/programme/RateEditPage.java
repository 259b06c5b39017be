package org.microcare.interfaces.council.web.programme;

import java.io.IOException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.RateService;
import org.microcare.application.RateService.Draft;
import org.microcare.domain.model.programme.Rate;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.OverlapException;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.shared.web.FormErrors;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.Texts;

/** {@code /c/{tenant}/rates/edit?id=…}: an admin changes a rate's amount or period (for example ends it). */
@Named
@RequestScoped
public class RateEditPage {

    @Inject
    RateService rates;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    private Rate rate;
    private String hourlyRate;
    private String validFrom;
    private String validTo;
    private String version;

    @PostConstruct
    void load() {
        String id = PageForms.param("id");
        try {
            rate = id == null ? null : rates.get(id);
        } catch (RecordNotFoundException e) {
            rate = null;
        }
        if (rate != null) {
            show(rate);
            String sent = PageForms.param("version");
            if (sent != null) {
                version = sent;
            }
        }
    }

    private void show(Rate r) {
        hourlyRate = Fields.money(r.getHourlyRate());
        validFrom = r.getValidFrom().toString();
        validTo = r.getValidTo() == null ? "" : r.getValidTo().toString();
        version = String.valueOf(r.getVersion());
    }

    /** Before rendering: an unknown id (or one of another council) answers 404. */
    public void check() throws IOException {
        if (rate == null) {
            PageForms.notFound();
        }
    }

    public Rate getRate() {
        return rate;
    }

    public String getTypeLabel() {
        return rate == null ? "" : Texts.get("rateType." + rate.getType().name());
    }

    public void save() throws IOException {
        if (rate == null) {
            PageForms.notFound();
            return;
        }
        Long seen = PageForms.version(version);
        try {
            rates.change(rate.getId(), new Draft(null, hourlyRate, validFrom, validTo, seen), PageForms.actor(council));
            PageForms.redirect(council.getBase() + "/rates?changed=" + PageForms.encode(rate.getId()));
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> {
                if ("version".equals(v.field())) {
                    changedMeanwhile();
                } else {
                    errors.add(v.field(), RatesPage.violation(v, hourlyRate, validFrom, validTo));
                }
            });
        } catch (OverlapException e) {
            errors.add("validFrom", RatesPage.overlap(e));
        } catch (ConflictException e) {
            changedMeanwhile();
        }
    }

    /** Someone changed the rate since the form was opened: show what is stored now, to change again. */
    private void changedMeanwhile() {
        rate = rates.get(rate.getId());
        show(rate);
        errors.add("rate-form", Texts.get("rates.error.stale", RatesPage.describe(rate)));
    }

    public String getHourlyRate() {
        return hourlyRate;
    }

    public void setHourlyRate(String hourlyRate) {
        this.hourlyRate = hourlyRate;
    }

    public String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(String validFrom) {
        this.validFrom = validFrom;
    }

    public String getValidTo() {
        return validTo;
    }

    public void setValidTo(String validTo) {
        this.validTo = validTo;
    }

    public String getVersion() {
        return version;
    }
}
