package org.microcare.interfaces.council.web.client;

import java.io.IOException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.casework.ClientService;
import org.microcare.application.casework.ClientService.Case;
import org.microcare.domain.model.client.ClientStatus;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;
import org.microcare.interfaces.shared.web.FormErrors;

/**
 * {@code /c/{tenant}/clients/erase?id=…} (admins only): confirms the erasure of a closed client's
 * personal details, with the reason (for example the request's reference). Shows only where the case
 * stands (no personal details, so not an audited read); a case that is not closed, or already erased,
 * gets an explanation instead of the form.
 */
@Named("clientErasePage")
@RequestScoped
public class ClientErasePage {

    @Inject
    ClientService clients;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    private String id;
    private Case state;
    private String reason;

    @PostConstruct
    void load() {
        id = PageForms.param("id");
        try {
            state = clients.caseOf(id);
        } catch (RecordNotFoundException e) {
            id = null;
            PageForms.notFound();
        }
    }

    public void erase() throws IOException {
        if (id == null) {
            PageForms.notFound();
            return;
        }
        try {
            clients.erase(id, reason, PageForms.actor(council));
            PageForms.redirect(council.getBase() + "/clients/view?id=" + PageForms.encode(id) + "&done=erased");
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field(), Texts.violation("client.erase.error.", v)));
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
        } catch (ConflictException e) {
            state = clients.caseOf(id);
            errors.add("reason", Texts.get(state.erased() ? "client.erase.error.erased" : "client.erase.error.notClosed"));
        }
    }

    public String getId() {
        return id;
    }

    public Case getState() {
        return state;
    }

    /** Whether the form is offered: a closed case not yet erased. */
    public boolean isErasable() {
        return state != null && state.status() == ClientStatus.CLOSED && !state.erased();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
