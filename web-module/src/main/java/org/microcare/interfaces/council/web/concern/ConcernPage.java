package org.microcare.interfaces.council.web.concern;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.casework.ConcernForm;
import org.microcare.application.casework.ConcernService;
import org.microcare.application.casework.ConcernService.Subject;
import org.microcare.domain.model.concern.Concern;
import org.microcare.domain.model.concern.ConcernOutcome;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.domain.shared.StaleVersionException;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;
import org.microcare.interfaces.shared.web.FormErrors;

/**
 * {@code /c/{tenant}/concerns/view?id=…}: one concern or complaint, whom it is about, and, while it is
 * open, the form that closes it with an outcome. Showing a concern about a client is an audited read
 * of the client's record.
 */
@Named
@RequestScoped
public class ConcernPage {

    static final String VIA = "page /concerns/view";
    private static final Set<String> DONE = Set.of("raised", "closed");

    @Inject
    ConcernService concerns;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    private String id;
    private Concern concern;
    private Subject subject;
    private String outcomeNote;
    private String closedOn = LocalDate.now().toString();

    @PostConstruct
    void load() {
        id = PageForms.param("id");
        if (FacesContext.getCurrentInstance().isPostback()) {
            return; // the close reads the concern itself; the page is shown again only after an error
        }
        show();
    }

    private void show() {
        try {
            concern = concerns.view(id, PageForms.actor(council), VIA);
            subject = concerns.subject(concern.getMicroEnterpriseId(), concern.getClientId());
        } catch (RecordNotFoundException e) {
            id = null;
            concern = null;
            PageForms.notFound();
        }
    }

    public void close() throws IOException {
        if (id == null) {
            PageForms.notFound();
            return;
        }
        try {
            ConcernForm.CloseConcern close = new ConcernForm.CloseForm(PageForms.param("outcome"), outcomeNote, closedOn).read(LocalDate.now());
            concerns.close(id, close, PageForms.version(PageForms.param("version")), PageForms.actor(council));
            PageForms.redirect(council.getBase() + "/concerns/view?id=" + PageForms.encode(id) + "&done=closed");
            return;
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field(), Texts.violation("concern.error.", v)));
        } catch (StaleVersionException e) {
            errors.add("outcome", Texts.get("concern.error.stale"));
        } catch (ConflictException e) {
            errors.add("outcome", Texts.get("concern.error.closedAlready"));
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
            return;
        }
        show();
    }

    /** The page of whom a concern is about: the client's if there is one, else the ME's. */
    static String subjectUrl(CouncilPage council, Subject s) {
        if (s == null) {
            return council.getBase() + "/dashboard";
        }
        return s.clientId() != null ? council.getBase() + "/clients/view?id=" + PageForms.encode(s.clientId())
                : council.getBase() + "/micro-enterprises/view?id=" + PageForms.encode(s.microEnterpriseId());
    }

    public String getId() {
        return id;
    }

    /**
     * Whether the close form is there: while the concern is open. On a post the concern is not read
     * before the close (so the form must stand for Faces to run it); the service refuses a closed one.
     */
    public boolean isClosable() {
        return concern == null ? id != null && FacesContext.getCurrentInstance().isPostback() : concern.isOpen();
    }

    public Concern getConcern() {
        return concern;
    }

    public Subject getSubject() {
        return subject;
    }

    public String getMeUrl() {
        return subject == null || subject.microEnterpriseId() == null ? null
                : council.getBase() + "/micro-enterprises/view?id=" + PageForms.encode(subject.microEnterpriseId());
    }

    public String getClientUrl() {
        return subject == null || subject.clientId() == null ? null
                : council.getBase() + "/clients/view?id=" + PageForms.encode(subject.clientId());
    }

    public String getBackUrl() {
        return subjectUrl(council, subject);
    }

    public String getBackLabel() {
        return Texts.get(subject != null && subject.clientId() != null ? "concern.backToClient" : "concern.backToMe");
    }

    public String getTitle() {
        return concern == null ? "" : Texts.get("concern.kind." + concern.getKind().name());
    }

    public String getNotice() {
        String done = CouncilPage.request().getParameter("done");
        return concern != null && done != null && DONE.contains(done) ? Texts.get("concern.done." + done) : null;
    }

    public List<Choice> getOutcomeChoices() {
        return ConcernChoices.of(ConcernOutcome.class, "concern.outcome.");
    }

    public String getChosenOutcome() {
        return PageForms.param("outcome");
    }

    public long getVersion() {
        return concern == null ? 0 : concern.getVersion(); // shown again after an error: the current one, so a retry can succeed
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
