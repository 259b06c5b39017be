package org.microcare.interfaces.council.web.concern;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.casework.ConcernForm;
import org.microcare.application.casework.ConcernService;
import org.microcare.application.casework.ConcernService.Subject;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;
import org.microcare.interfaces.shared.web.FormErrors;

/** {@code /c/{tenant}/clients/reassessment?id=…}: a broker or admin asks the council's assessment to look at the client again. */
@Named
@RequestScoped
public class ReassessmentPage {

    @Inject
    ConcernService concerns;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    private Subject subject;
    private String requestedOn = LocalDate.now().toString();
    private String requestedBy;
    private String reason;

    @PostConstruct
    void load() {
        String id = PageForms.param("id");
        try {
            subject = id == null ? null : concerns.subject(null, id);
        } catch (RecordNotFoundException e) {
            subject = null;
        }
        if (subject == null) {
            PageForms.notFound();
        }
    }

    public void save() throws IOException {
        if (subject == null) {
            return;
        }
        try {
            ConcernForm.Reassessment r = new ConcernForm.ReassessmentForm(requestedOn, requestedBy, reason).read(LocalDate.now());
            concerns.requestReassessment(subject.clientId(), r, PageForms.actor(council));
            PageForms.redirect(getBackUrl() + "&done=reassessment");
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field(), Texts.violation("reassessment.error.", v)));
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
        }
    }

    public Subject getSubject() {
        return subject;
    }

    public String getBackUrl() {
        return ConcernPage.subjectUrl(council, subject);
    }

    public String getRequestedOn() {
        return requestedOn;
    }

    public void setRequestedOn(String requestedOn) {
        this.requestedOn = requestedOn;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(String requestedBy) {
        this.requestedBy = requestedBy;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
