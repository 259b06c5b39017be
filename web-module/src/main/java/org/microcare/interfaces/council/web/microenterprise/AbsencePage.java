package org.microcare.interfaces.council.web.microenterprise;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.microcare.application.MicroEnterpriseService.AbsenceDraft;
import org.microcare.domain.model.microenterprise.Absence;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.OverlapException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/** {@code /c/{tenant}/micro-enterprises/absence?id=…}: a broker records that the ME is away (holiday, illness). */
@Named
@RequestScoped
public class AbsencePage extends JourneyForm {

    private String startsOn;
    private String endsOn;
    private String note;

    public List<Choice> getPlannedChoices() {
        return List.of(new Choice("true", Texts.get("me.absence.planned.true")), new Choice("false", Texts.get("me.absence.planned.false")));
    }

    public String getChosenPlanned() {
        return PageForms.param("planned");
    }

    public void save() throws IOException {
        String planned = PageForms.param("planned");
        try {
            microEnterprises.recordAbsence(journey.id(), new AbsenceDraft(startsOn, endsOn, planned == null ? null : Boolean.valueOf(planned), note),
                    PageForms.actor(council));
            done("absence");
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field(), Texts.violation("me.absence.error.", v)));
        } catch (OverlapException e) {
            Absence other = e.existing(Absence.class);
            errors.add("startsOn", Texts.get("me.absence.error.overlap", formats.date(other.getStartsOn()), formats.date(other.getEndsOn())));
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
        }
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

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
