package org.microcare.interfaces.council.web.microenterprise;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.microcare.application.MicroEnterpriseService.SessionDraft;
import org.microcare.domain.model.microenterprise.SupportSession;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/** {@code /c/{tenant}/micro-enterprises/session?id=…}: a broker records a business-support session the ME had. */
@Named
@RequestScoped
public class SupportSessionPage extends JourneyForm {

    private String on = LocalDate.now().toString();
    private String provider;
    private String minutes;
    private String note;

    public List<Choice> getCategoryChoices() {
        return Arrays.stream(SupportSession.Category.values())
                .map(c -> new Choice(c.name(), Texts.get("me.session.category." + c.name()))).toList();
    }

    public String getChosenCategory() {
        return PageForms.param("category");
    }

    public void save() throws IOException {
        try {
            microEnterprises.addSession(journey.id(), new SessionDraft(on, provider, PageForms.param("category"), PageForms.wholeNumber(minutes), note),
                    PageForms.actor(council));
            done("session");
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field(), Texts.violation("me.session.error.", v)));
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
        }
    }

    public String getOn() {
        return on;
    }

    public void setOn(String on) {
        this.on = on;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
