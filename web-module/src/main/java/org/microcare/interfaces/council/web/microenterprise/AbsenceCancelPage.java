package org.microcare.interfaces.council.web.microenterprise;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.microcare.domain.model.microenterprise.Absence;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/**
 * {@code /c/{tenant}/micro-enterprises/absence-cancel?id=…&absence=…}: a broker cancels an absence recorded
 * by mistake or called off, saying why; it stays on the ME's page, marked cancelled.
 */
@Named
@RequestScoped
public class AbsenceCancelPage extends JourneyForm {

    private Absence absence;
    private String reason;

    @Override
    protected void loaded() {
        String wanted = PageForms.param("absence");
        absence = microEnterprises.absences(journey.id()).stream().filter(a -> a.getId().equals(wanted) && a.isInForce()).findFirst()
                .orElse(null);
        if (absence == null) {
            journey = null;
            PageForms.notFound();
        }
    }

    public Absence getAbsence() {
        return absence;
    }

    public void cancel() throws IOException {
        try {
            microEnterprises.cancelAbsence(journey.id(), absence.getId(), reason, PageForms.actor(council));
            done("absenceCancelled");
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field(), Texts.violation("me.absence.error.", v)));
        } catch (ConflictException e) {
            errors.add("reason", Texts.get("me.absence.error.cancelledAlready"));
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
        }
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
