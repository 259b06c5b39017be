package org.microcare.interfaces.council.web.grants;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.microcare.application.GrantService.Ledger;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/** {@code /c/{tenant}/grants/new}: an admin adds a grant scheme with its budget. */
@Named
@RequestScoped
public class GrantNewPage extends GrantSchemeForm {

    public void add() throws IOException {
        try {
            Ledger added = grants.addScheme(draft(null), PageForms.actor(council));
            done("created", added.scheme().getName());
        } catch (InvalidInputException e) {
            invalid(e);
        } catch (ConflictException e) {
            errors.add("name", Texts.get("grants.error.duplicate", name.trim()));
        }
    }
}
