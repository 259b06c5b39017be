package org.microcare.interfaces.council.web.microenterprise;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.microcare.domain.model.microenterprise.MicroEnterprise;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.interfaces.council.web.PageForms;

/** {@code /c/{tenant}/micro-enterprises/new}: a broker or admin records a new ME at the enquiry stage. */
@Named
@RequestScoped
public class MicroEnterpriseNewPage extends MicroEnterpriseForm {

    @PostConstruct
    void load() {
        enquiryDate = LocalDate.now().toString();
    }

    public void create() throws IOException {
        try {
            MicroEnterprise me = microEnterprises.create(draft(null), PageForms.actor(council));
            PageForms.redirect(council.getBase() + "/micro-enterprises/view?id=" + me.getId() + "&created=1");
        } catch (InvalidInputException e) {
            invalid(e);
        }
    }
}
