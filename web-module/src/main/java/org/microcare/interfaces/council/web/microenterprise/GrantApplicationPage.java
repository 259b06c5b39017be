package org.microcare.interfaces.council.web.microenterprise;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.GrantService;
import org.microcare.application.GrantService.ApplicationDraft;
import org.microcare.domain.model.programme.GrantScheme;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/**
 * {@code /c/{tenant}/micro-enterprises/grant?id=…}: a broker or admin records an ME's application
 * to a grant scheme (a start-up grant, a bursary). Decisions are made on the scheme's page.
 */
@Named
@RequestScoped
public class GrantApplicationPage extends JourneyForm {

    @Inject
    GrantService grants;

    private List<GrantScheme> schemes = List.of();
    private String scheme;
    private String amount;
    private String appliedOn = LocalDate.now().toString();

    @Override
    protected void loaded() {
        schemes = grants.schemes();
        if (schemes.size() == 1) {
            scheme = schemes.get(0).getId();
        }
    }

    public boolean isNoSchemes() {
        return schemes.isEmpty();
    }

    /** Each scheme with its maximum award and when it is open, after a "choose" prompt. */
    public List<Choice> getSchemeChoices() {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice("", Texts.get("me.grant.chooseScheme")));
        schemes.forEach(s -> out.add(new Choice(s.getId(), Texts.get("me.grant.schemeOption", s.getName(), formats.money(s.getMaxAward()), open(s)))));
        return out;
    }

    private String open(GrantScheme s) {
        return s.getClosesOn() == null ? Texts.get("grants.openFrom", formats.date(s.getOpensOn()))
                : Texts.get("grants.openBetween", formats.date(s.getOpensOn()), formats.date(s.getClosesOn()));
    }

    private GrantScheme chosen() {
        return schemes.stream().filter(s -> s.getId().equals(scheme)).findFirst().orElse(null);
    }

    public void apply() throws IOException {
        GrantScheme chosen = chosen();
        if (chosen == null) {
            errors.add("scheme", Texts.get("me.grant.error.scheme"));
            return;
        }
        try {
            grants.apply(chosen.getId(), new ApplicationDraft(journey.id(), amount, appliedOn), PageForms.actor(council));
            done("applied");
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field(), switch (v.field()) {
                case "amount" -> Texts.get("grants.error.apply.amount", formats.money(chosen.getMaxAward()));
                case "appliedOn" -> Texts.get("grants.error.apply.appliedOn", open(chosen));
                default -> Texts.violation("grants.error.apply.", v);
            }));
        } catch (RecordNotFoundException e) {
            errors.add("scheme", Texts.get("me.grant.error.scheme"));
        }
    }

    public String getScheme() {
        return scheme;
    }

    public void setScheme(String scheme) {
        this.scheme = scheme;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getAppliedOn() {
        return appliedOn;
    }

    public void setAppliedOn(String appliedOn) {
        this.appliedOn = appliedOn;
    }
}
