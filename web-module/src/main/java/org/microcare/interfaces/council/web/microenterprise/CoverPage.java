package org.microcare.interfaces.council.web.microenterprise;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.casework.ArrangementService;
import org.microcare.application.casework.CoverService;
import org.microcare.application.casework.CoverService.Affected;
import org.microcare.domain.model.arrangement.Arrangement;
import org.microcare.domain.model.arrangement.ArrangementRefusedException;
import org.microcare.domain.model.matching.Reason;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.DisplayFormats;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;
import org.microcare.interfaces.council.web.arrangement.Refusals;
import org.microcare.interfaces.council.web.matching.MatchWords;

/**
 * {@code /c/{tenant}/micro-enterprises/cover?id=<ME>&absence=<absence id>}: while an ME is away, every
 * client with an arrangement with it on a day of the absence, and for each the MEs that could cover
 * the days still to come, ranked as matching ranks them, with why; brokers assign cover with one button
 * per candidate (a temporary arrangement that ends with the absence). Admins read; each showing is an
 * audited read of every affected client's record.
 */
@Named
@RequestScoped
public class CoverPage extends JourneyForm {

    static final String VIA = "page /micro-enterprises/cover";

    @Inject
    CoverService cover;

    private CoverService.Plan plan;
    private MatchWords words;

    @Override
    protected void loaded() {
        words = new MatchWords(Texts.locale());
        try {
            plan = cover.plan(journey.id(), PageForms.param("absence"), PageForms.actor(council), VIA);
        } catch (RecordNotFoundException e) {
            journey = null;
            PageForms.notFound();
        }
    }

    public CoverService.Plan getPlan() {
        return plan;
    }

    public List<Affected> getAffected() {
        return plan == null ? List.of() : plan.affected();
    }

    public List<String> say(List<Reason> reasons) {
        return words.say(reasons);
    }

    /**
     * Assigns cover as the pressed button says ({@code assign=<client id>:<ME id>}: the ids travel with the
     * request, so what is assigned never depends on the list being the same as when the page was shown);
     * back here with a notice, or the refusal in the error summary.
     */
    public void assign() throws IOException {
        String[] pick = String.valueOf(PageForms.param("assign")).split(":", 2);
        String clientId = pick[0];
        String microEnterpriseId = pick.length > 1 ? pick[1] : null;
        if (plan == null) {
            PageForms.notFound();
            return;
        }
        if (!council.isCaseworker()) {
            PageForms.forbidden();
            return;
        }
        try {
            Arrangement made = cover.assign(journey.id(), plan.absence().getId(), new CoverService.Assignment(clientId, microEnterpriseId, null),
                    PageForms.actor(council));
            PageForms.redirect(getCoverUrl() + "&done=" + PageForms.encode(made.getId()));
        } catch (ArrangementRefusedException e) {
            errors.add("affected-heading", Refusals.say(e));
        } catch (InvalidInputException e) {
            errors.add("affected-heading", Texts.get("cover.error.unknown"));
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
        }
    }

    public String getCoverUrl() {
        return plan == null ? "" : council.getBase() + "/micro-enterprises/cover?id=" + PageForms.encode(journey.id()) + "&absence="
                + PageForms.encode(plan.absence().getId());
    }

    /** After an assignment: "Cover arranged: …" naming the cover, when {@code ?done=} is one of this absence's covers. */
    public String getNotice() {
        String done = PageForms.param("done");
        if (plan == null || done == null) {
            return null;
        }
        return plan.affected().stream().flatMap(a -> a.covers().stream()).filter(c -> c.arrangement().getId().equals(done)).findFirst()
                .map(c -> Texts.get("cover.done", c.tradingName(), c.clientReference(), DisplayFormats.dateText(c.arrangement().getStartsOn()),
                        DisplayFormats.dateText(c.arrangement().getEndsOn())))
                .orElse(null);
    }

    public String clientUrl(Affected a) {
        return council.getBase() + "/clients/view?id=" + PageForms.encode(a.arrangement().arrangement().getClientId());
    }

    public String arrangementUrl(ArrangementService.Named a) {
        return council.getBase() + "/arrangements/view?id=" + PageForms.encode(a.arrangement().getId());
    }

    public String meUrl(String id) {
        return council.getBase() + "/micro-enterprises/view?id=" + PageForms.encode(id);
    }
}
