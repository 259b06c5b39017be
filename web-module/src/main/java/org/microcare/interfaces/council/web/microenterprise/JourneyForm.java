package org.microcare.interfaces.council.web.microenterprise;

import java.io.IOException;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.microcare.application.MicroEnterpriseService;
import org.microcare.application.MicroEnterpriseService.Journey;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.DisplayFormats;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;
import org.microcare.interfaces.shared.web.FormErrors;

/**
 * What the forms that take an ME along its journey share (stage, evidence, support, grants, listing):
 * the ME of {@code ?id=} (unknown or another council's: 404), without its personal details; and,
 * once a change is made, the way back to the ME's page with a notice of what was done.
 */
abstract class JourneyForm {

    @Inject
    MicroEnterpriseService microEnterprises;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    @Inject
    DisplayFormats formats;

    protected Journey journey;

    @PostConstruct
    void loadJourney() {
        try {
            journey = microEnterprises.journey(PageForms.param("id"));
        } catch (RecordNotFoundException e) {
            journey = null;
            PageForms.notFound();
            return;
        }
        loaded();
    }

    /** Called once the ME is found, to read what the page needs besides. */
    protected void loaded() {
    }

    /** Reads the ME again (after someone else moved it, for example). */
    protected void reload() {
        journey = microEnterprises.journey(journey.id());
    }

    public Journey getJourney() {
        return journey;
    }

    /** The ME's stage in the page's language. */
    public String getStage() {
        return journey == null ? "" : Texts.get("me.stage." + journey.stage().name());
    }

    public String getPageUrl() {
        return journey == null ? "" : council.getBase() + "/micro-enterprises/view?id=" + PageForms.encode(journey.id());
    }

    /** Back to the ME's page, which says what was done ({@code me.done.<done>}). */
    protected void done(String done) throws IOException {
        PageForms.redirect(getPageUrl() + "&done=" + done);
    }
}
