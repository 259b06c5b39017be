package org.microcare.interfaces.council.web.microenterprise;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.microcare.domain.model.microenterprise.Stage;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/**
 * {@code /c/{tenant}/micro-enterprises/confirm?id=…}: a broker confirms a listed (or paused) ME's
 * listing is still current; the directory shows the date, and the dashboard stops flagging it.
 */
@Named
@RequestScoped
public class ConfirmListingPage extends JourneyForm {

    /** Whether the ME has a listing to confirm (the aggregate decides; this only spares a pointless button). */
    public boolean isConfirmable() {
        return journey != null && (journey.stage() == Stage.LISTED || journey.stage() == Stage.PAUSED);
    }

    public void confirm() throws IOException {
        try {
            microEnterprises.confirmListing(journey.id(), PageForms.actor(council));
            done("confirmed");
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
        } catch (ConflictException e) {
            reload();
            errors.add("confirm-form", Texts.get("me.confirm.error.notListed", getStage()));
        }
    }
}
