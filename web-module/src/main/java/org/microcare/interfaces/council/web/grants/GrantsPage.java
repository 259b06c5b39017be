package org.microcare.interfaces.council.web.grants;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.GrantService;
import org.microcare.domain.model.programme.GrantScheme;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.DisplayFormats;
import org.microcare.interfaces.council.web.Texts;

/** {@code /c/{tenant}/grants}: the council's grant schemes, each with what is approved, left and pending. */
@Named
@RequestScoped
public class GrantsPage {

    @Inject
    GrantService grants;

    @Inject
    DisplayFormats formats;

    private List<LedgerRow> ledgers;

    @PostConstruct
    void load() {
        ledgers = grants.ledgers().stream().map(LedgerRow::new).toList();
    }

    public List<LedgerRow> getLedgers() {
        return ledgers;
    }

    public boolean isNone() {
        return ledgers.isEmpty();
    }

    /** When a scheme takes applications: "1 April 2024 to 31 March 2025" or "From 1 April 2024". */
    public String open(GrantScheme s) {
        return s.getClosesOn() == null ? Texts.get("grants.openFrom", formats.date(s.getOpensOn()))
                : Texts.get("grants.openBetween", formats.date(s.getOpensOn()), formats.date(s.getClosesOn()));
    }

    public String getNotice() {
        var request = CouncilPage.request();
        String created = request.getParameter("created");
        String updated = request.getParameter("updated");
        return created != null ? Texts.get("grants.created", created) : updated != null ? Texts.get("grants.updated", updated) : null;
    }
}
