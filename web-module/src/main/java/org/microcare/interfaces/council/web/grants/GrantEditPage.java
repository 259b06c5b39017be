package org.microcare.interfaces.council.web.grants;

import java.io.IOException;
import java.math.BigDecimal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.microcare.application.GrantService.Ledger;
import org.microcare.domain.model.programme.GrantScheme;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.StaleVersionException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.DisplayFormats;
import org.microcare.interfaces.council.web.Texts;

/** {@code /c/{tenant}/grants/edit?id=…}: an admin changes a scheme's name, budget, dates or eligibility. */
@Named
@RequestScoped
public class GrantEditPage extends GrantSchemeForm {

    private LedgerRow ledger;
    private Long version;

    @PostConstruct
    void load() {
        try {
            ledger = new LedgerRow(grants.ledger(CouncilPage.request().getParameter("id")));
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
            return;
        }
        GrantScheme s = ledger.getScheme();
        name = s.getName();
        budget = DisplayFormats.plainMoney(s.getBudget());
        maxAward = DisplayFormats.plainMoney(s.getMaxAward());
        opensOn = s.getOpensOn().toString();
        closesOn = s.getClosesOn() == null ? null : s.getClosesOn().toString();
        eligibility = s.getEligibility();
        version = PageForms.version(CouncilPage.request().getParameter("version"), s.getVersion());
    }

    public LedgerRow getLedger() {
        return ledger;
    }

    public Long getVersion() {
        return version;
    }

    public void save() throws IOException {
        GrantScheme s = ledger.getScheme();
        try {
            Ledger saved = grants.changeScheme(s.getId(), draft(version), PageForms.actor(council));
            done("updated", saved.scheme().getName());
        } catch (InvalidInputException e) {
            invalid(e);
        } catch (StaleVersionException e) {
            errors.add("scheme-form", Texts.get("grants.error.stale"));
        } catch (ConflictException e) {
            if (version == null || version != s.getVersion()) {
                errors.add("scheme-form", Texts.get("grants.error.stale"));
            } else if (nameTaken(s.getId())) {
                errors.add("name", Texts.get("grants.error.duplicate", name.trim()));
            } else {
                errors.add("budget", Texts.get("grants.error.budgetBelowApproved", formats.money(ledger.getApproved())));
            }
        }
    }

    /** The approved total the budget cannot go below. */
    public BigDecimal getApproved() {
        return ledger == null ? null : ledger.getApproved();
    }
}
