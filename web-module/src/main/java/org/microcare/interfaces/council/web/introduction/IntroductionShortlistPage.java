package org.microcare.interfaces.council.web.introduction;

import java.io.IOException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.casework.ConcernService;
import org.microcare.application.casework.ConcernService.Subject;
import org.microcare.application.casework.IntroductionForm;
import org.microcare.application.casework.IntroductionService;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;
import org.microcare.interfaces.shared.web.FormErrors;

/** {@code /c/{tenant}/clients/introduction-shortlist?id=…&me=…}: a broker shortlists a matched ME for the client. */
@Named
@RequestScoped
public class IntroductionShortlistPage {

    @Inject
    IntroductionService introductions;

    @Inject
    ConcernService concerns;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    private Subject subject;
    private String note;

    @PostConstruct
    void load() {
        String id = PageForms.param("id");
        String me = PageForms.param("me");
        try {
            subject = id == null || me == null ? null : concerns.subject(me, id);
        } catch (RecordNotFoundException e) {
            subject = null;
        }
        if (subject == null) {
            PageForms.notFound();
        }
    }

    public void shortlist() throws IOException {
        if (subject == null) {
            return;
        }
        try {
            introductions.shortlist(subject.clientId(), IntroductionForm.shortlist(subject.microEnterpriseId(), note),
                    PageForms.actor(council));
            PageForms.redirect(getBackUrl() + "&done=shortlisted");
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add("note", Texts.violation("introduction.error.", v)));
        } catch (ConflictException e) {
            errors.add("note", Texts.get("introduction.error.openAlready"));
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
        }
    }

    public Subject getSubject() {
        return subject;
    }

    public String getBackUrl() {
        return subject == null ? "" : IntroductionPages.clientUrl(council, subject.clientId());
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
