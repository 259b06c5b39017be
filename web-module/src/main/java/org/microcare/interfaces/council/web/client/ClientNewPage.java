package org.microcare.interfaces.council.web.client;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.microcare.domain.model.client.Client;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/** {@code /c/{tenant}/clients/new}: a broker records a client who has been referred; the case starts as waiting. */
@Named
@RequestScoped
public class ClientNewPage extends ClientFormPage {

    @PostConstruct
    void load() {
        referredOn = LocalDate.now().toString();
    }

    public void create() throws IOException {
        try {
            Client c = clients.create(form().read(), PageForms.actor(council));
            PageForms.redirect(council.getBase() + "/clients/view?id=" + c.getId() + "&done=created");
        } catch (InvalidInputException e) {
            invalid(e);
        } catch (ConflictException e) {
            errors.add("reference", Texts.get("client.error.referenceTaken"));
        }
    }
}
