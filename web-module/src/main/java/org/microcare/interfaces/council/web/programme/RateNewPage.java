package org.microcare.interfaces.council.web.programme;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.RateService;
import org.microcare.application.RateService.Draft;
import org.microcare.domain.model.programme.Rate;
import org.microcare.domain.model.programme.RateType;
import org.microcare.domain.shared.OverlapException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.interfaces.shared.web.FormErrors;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.CouncilPage;

/** {@code /c/{tenant}/rates/new}: an admin adds an hourly rate of one type for a period. */
@Named
@RequestScoped
public class RateNewPage {

    @Inject
    RateService rates;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    private String type = RateType.DIRECT_PAYMENT.name();
    private String hourlyRate;
    private String validFrom;
    private String validTo;

    @PostConstruct
    void load() {
        String asked = PageForms.param("type");
        if (asked != null && Arrays.stream(RateType.values()).anyMatch(t -> t.name().equals(asked))) {
            type = asked;
        }
    }

    public List<Choice> getTypes() {
        return RatesPage.typeChoices();
    }

    public void add() throws IOException {
        try {
            Rate rate = rates.add(new Draft(type, hourlyRate, validFrom, validTo, null), PageForms.actor(council));
            PageForms.redirect(council.getBase() + "/rates?added=" + PageForms.encode(rate.getId()));
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field(), RatesPage.violation(v, hourlyRate, validFrom, validTo)));
        } catch (OverlapException e) {
            errors.add("validFrom", RatesPage.overlap(e));
        }
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
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
}
