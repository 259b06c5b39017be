package org.microcare.interfaces.council.web.client;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.microcare.domain.model.client.Client;
import org.microcare.domain.model.client.Preferences;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.domain.shared.StaleVersionException;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/**
 * {@code /c/{tenant}/clients/edit?id=…}: a broker changes a client's record. The form carries the
 * version it was opened at: if someone else saved the record since, nothing is changed and the form
 * shows the current values to change again. Opening the form shows the client's details, so it is an
 * audited read, like the client's page.
 */
@Named
@RequestScoped
public class ClientEditPage extends ClientFormPage {

    static final String VIA = "page /clients/edit";

    private String id;
    private String heading;
    private Client stored;
    private String version;

    @PostConstruct
    void load() {
        id = PageForms.param("id");
        try {
            if (FacesContext.getCurrentInstance().isPostback()) {
                heading = clients.caseOf(id).reference();
                version = PageForms.param("version");
            } else {
                show(clients.view(id, PageForms.actor(council), VIA));
            }
        } catch (RecordNotFoundException e) {
            id = null;
            PageForms.notFound();
        }
    }

    private void show(Client c) {
        stored = c;
        heading = c.getReference();
        reference = c.getReference();
        name = c.getName();
        phone = c.getPhone();
        email = c.getEmail();
        postcode = c.getPostcode();
        hoursPerWeek = String.valueOf(c.getHoursPerWeek());
        Preferences p = c.getPreferences();
        language = p.language();
        specialisms = String.join(", ", p.specialisms());
        socialWorkerName = c.getSocialWorkerName();
        socialWorkerContact = c.getSocialWorkerContact();
        referredOn = c.getReferredOn().toString();
        referralSource = c.getReferralSource();
        consentGivenOn = c.getConsentGivenOn() == null ? null : c.getConsentGivenOn().toString();
        version = String.valueOf(c.getVersion());
    }

    @Override
    protected List<String> initial(String input) {
        if (stored == null) {
            return List.of();
        }
        Preferences p = stored.getPreferences();
        return switch (input) {
            case "locality" -> List.of(stored.getLocality());
            case "servicesNeeded" -> stored.getServicesNeeded();
            case "fundingRoute" -> List.of(stored.getFundingRoute().name());
            case "preferences-carerGender" -> p.carerGender() == null ? List.of() : List.of(p.carerGender().name());
            case "needs" -> needs(stored.isPersonalCareNeeded(), stored.isMedicationNeeded(), p.hasPets());
            default -> time(input);
        };
    }

    private static List<String> needs(boolean... set) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < NEEDS.size(); i++) {
            if (set[i]) {
                out.add(NEEDS.get(i));
            }
        }
        return out;
    }

    /** {@code from-MON} / {@code to-MON}: the stored window of that day (the first, if there are several). */
    private List<String> time(String input) {
        String[] parts = input.split("-", 2);
        if (parts.length != 2) {
            return List.of();
        }
        return stored.getPreferredTimes().stream().filter(t -> t.getDay().equals(parts[1])).findFirst()
                .map(t -> "from".equals(parts[0]) ? t.getFrom() : t.getTo()).map(List::of).orElse(List.of());
    }

    public void save() throws IOException {
        if (id == null) {
            PageForms.notFound();
            return;
        }
        try {
            clients.update(id, form().read(), PageForms.version(version), PageForms.actor(council));
            PageForms.redirect(council.getBase() + "/clients/view?id=" + PageForms.encode(id) + "&done=edited");
        } catch (InvalidInputException e) {
            if (e.violations().stream().anyMatch(v -> "version".equals(v.field()))) {
                changedMeanwhile();
            } else {
                invalid(e);
            }
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
        } catch (StaleVersionException e) {
            changedMeanwhile();
        } catch (ConflictException e) {
            if (clients.caseOf(id).erased()) {
                errors.add("record-form", Texts.get("client.erase.error.erased"));
            } else {
                errors.add("reference", Texts.get("client.error.referenceTaken"));
            }
        }
    }

    /** Someone saved the record since this form was opened: show what is stored now, to change again. */
    private void changedMeanwhile() {
        show(clients.view(id, PageForms.actor(council), VIA));
        showStored = true;
        errors.add("record-form", Texts.get("client.edit.stale"));
    }

    public String getId() {
        return id;
    }

    public String getHeading() {
        return heading;
    }

    public String getVersion() {
        return version;
    }
}
