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
import org.microcare.domain.model.concern.ReassessmentRequest;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.domain.shared.StaleVersionException;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;
import org.microcare.interfaces.shared.web.FormErrors;

/**
 * {@code /c/{tenant}/clients/reassessment-close?id=…&request=…}: a broker or admin closes an open
 * reassessment request of the client with what the assessment decided.
 */
@Named
@RequestScoped
public class ReassessmentClosePage {

    @Inject
    ConcernService concerns;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    private Subject subject;
    private ReassessmentRequest request;
    private String outcomeNote;
    private String closedOn = LocalDate.now().toString();

    @PostConstruct
    void load() {
        String id = PageForms.param("id");
        try {
            subject = id == null ? null : concerns.subject(null, id);
            request = subject == null ? null : concerns.reassessment(PageForms.param("request"))
                    .filter(r -> r.getClientId().equals(subject.clientId()) && r.isOpen()).orElse(null);
        } catch (RecordNotFoundException e) {
            request = null;
        }
        if (request == null) {
            subject = null;
            PageForms.notFound();
        }
    }

    public void close() throws IOException {
        if (request == null) {
            return;
        }
        try {
            ConcernForm.CloseReassessment close = new ConcernForm.CloseReassessmentForm(outcomeNote, closedOn).read(LocalDate.now());
            concerns.closeReassessment(request.getId(), close, PageForms.version(PageForms.param("version")), PageForms.actor(council));
            PageForms.redirect(getBackUrl() + "&done=reassessmentClosed");
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field(), Texts.violation("reassessment.error.", v)));
        } catch (StaleVersionException e) {
            errors.add("outcomeNote", Texts.get("reassessment.error.stale"));
        } catch (ConflictException e) {
            errors.add("outcomeNote", Texts.get("reassessment.error.closedAlready"));
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
        }
    }

    public Subject getSubject() {
        return subject;
    }

    public ReassessmentRequest getRequest() {
        return request;
    }

    public String getBackUrl() {
        return ConcernPage.subjectUrl(council, subject);
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public void setOutcomeNote(String outcomeNote) {
        this.outcomeNote = outcomeNote;
    }

    public String getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(String closedOn) {
        this.closedOn = closedOn;
    }
}
