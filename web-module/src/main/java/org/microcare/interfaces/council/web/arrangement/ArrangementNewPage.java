package org.microcare.interfaces.council.web.arrangement;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.casework.ArrangementForm;
import org.microcare.application.casework.ArrangementService;
import org.microcare.application.casework.ClientService;
import org.microcare.application.casework.ClientService.Case;
import org.microcare.domain.model.arrangement.Arrangement;
import org.microcare.domain.model.arrangement.ArrangementRefusedException;
import org.microcare.domain.model.client.FundingRoute;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.DisplayFormats;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;
import org.microcare.interfaces.shared.web.FormErrors;

/**
 * {@code /c/{tenant}/arrangements/new?id=<client id>}: a broker arranges a client's care with an ME on the
 * directory today. The funding route starts as the client's; the hourly rate, left blank, is the
 * chosen ME's. The client's record is not read (only the case: reference, consent, funding), so
 * opening the form is not an audited read.
 */
@Named
@RequestScoped
public class ArrangementNewPage {

    @Inject
    ArrangementService arrangements;

    @Inject
    ClientService clients;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    private Case client;
    private FundingRoute clientFunding;
    private List<ArrangementService.Choice> mes = List.of();

    private String microEnterpriseId;
    private String startsOn;
    private String endsOn;
    private String hoursPerWeek;
    private String hourlyRate;
    private String funding;

    @PostConstruct
    void load() {
        try {
            String id = PageForms.param("id");
            client = clients.caseOf(id);
            clientFunding = clients.fundingOf(id);
        } catch (RecordNotFoundException e) {
            client = null;
            PageForms.notFound();
            return;
        }
        mes = arrangements.choices(LocalDate.now());
        funding = clientFunding.name();
    }

    public void save() throws IOException {
        if (client == null) {
            PageForms.notFound();
            return;
        }
        Integer hours = PageForms.wholeNumber(hoursPerWeek);
        Optional<ArrangementService.Choice> me = mes.stream().filter(m -> m.id().equals(microEnterpriseId)).findFirst();
        String rate = (hourlyRate == null || hourlyRate.isBlank()) && me.isPresent() ? DisplayFormats.plainMoney(me.get().hourlyRate()) : hourlyRate;
        try {
            ArrangementForm.Request r = new ArrangementForm(client.id(), microEnterpriseId, startsOn, endsOn, hours, rate, funding).read();
            Arrangement a = arrangements.make(r, PageForms.actor(council));
            PageForms.redirect(council.getBase() + "/arrangements/view?id=" + PageForms.encode(a.getId()) + "&done=made");
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field(), Texts.violation("arrangement.error.", v)));
        } catch (ArrangementRefusedException e) {
            errors.add(e.rule() == ArrangementRefusedException.Rule.NO_CAPACITY || e.rule() == ArrangementRefusedException.Rule.NOT_ON_DIRECTORY
                    ? "microEnterpriseId" : "startsOn", Refusals.say(e));
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
        }
    }

    public Case getClient() {
        return client;
    }

    public String getClientUrl() {
        return client == null ? "" : council.getBase() + "/clients/view?id=" + PageForms.encode(client.id());
    }

    public boolean isNoMicroEnterprises() {
        return mes.isEmpty();
    }

    /** The MEs on the directory today, each with its hourly rate; first a prompt to choose. */
    public List<Choice> getMicroEnterpriseChoices() {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice("", Texts.get("arrangement.chooseMe")));
        mes.forEach(m -> out.add(new Choice(m.id(), Texts.get("arrangement.meChoice", m.tradingName(), DisplayFormats.moneyText(m.hourlyRate())))));
        return out;
    }

    public List<Choice> getFundingChoices() {
        return java.util.Arrays.stream(FundingRoute.values()).map(f -> new Choice(f.name(), Texts.get("client.funding." + f.name()))).toList();
    }

    public String getMicroEnterpriseId() {
        return microEnterpriseId;
    }

    public void setMicroEnterpriseId(String microEnterpriseId) {
        this.microEnterpriseId = microEnterpriseId;
    }

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
    }

    public String getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(String endsOn) {
        this.endsOn = endsOn;
    }

    public String getHoursPerWeek() {
        return hoursPerWeek;
    }

    public void setHoursPerWeek(String hoursPerWeek) {
        this.hoursPerWeek = hoursPerWeek;
    }

    public String getHourlyRate() {
        return hourlyRate;
    }

    public void setHourlyRate(String hourlyRate) {
        this.hourlyRate = hourlyRate;
    }

    public String getFunding() {
        return funding;
    }

    public void setFunding(String funding) {
        this.funding = funding;
    }
}
