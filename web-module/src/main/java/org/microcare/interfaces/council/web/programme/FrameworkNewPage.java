package org.microcare.interfaces.council.web.programme;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.microcare.domain.model.programme.FrameworkRequirement;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/** {@code /c/{tenant}/framework/new}: an admin adds a requirement to the framework. */
@Named
@RequestScoped
public class FrameworkNewPage extends FrameworkForm {

    /** What was ticked on the last submission. */
    public String getChosenMandatory() {
        return CouncilPage.request().getParameter("mandatory");
    }

    public List<String> getChosenServices() {
        String[] values = CouncilPage.request().getParameterValues("appliesToServices");
        return values == null ? List.of() : List.of(values);
    }

    public List<String> getChosenMedication() {
        return "true".equals(CouncilPage.request().getParameter("medicationOnly")) ? List.of("true") : List.of();
    }

    public void add() throws IOException {
        try {
            FrameworkRequirement added = framework.add(draft(code, null), PageForms.actor(council));
            FacesContext.getCurrentInstance().getExternalContext().redirect(council.getBase() + "/framework?added="
                    + URLEncoder.encode(added.getCode(), StandardCharsets.UTF_8));
        } catch (InvalidInputException e) {
            invalid(e);
        } catch (ConflictException e) {
            conflict(e);
        }
    }

    /** A code in use, or a retired code brought back before its retirement. */
    private void conflict(ConflictException e) {
        FrameworkRequirement existing;
        try {
            existing = framework.latest(code);
        } catch (RecordNotFoundException gone) {
            errors.add("code", e.getMessage());
            return;
        }
        if (existing.getEffectiveTo() == null) {
            errors.add("code", Texts.get("framework.error.duplicate", existing.getCode()));
        } else {
            errors.add("effectiveFrom", Texts.get("framework.error.afterRetired", existing.getCode(),
                    formats.date(existing.getEffectiveTo())));
        }
    }
}
