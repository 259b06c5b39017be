package org.microcare.interfaces.council.web.concern;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.casework.ConcernForm;
import org.microcare.application.casework.ConcernService;
import org.microcare.application.casework.ConcernService.Subject;
import org.microcare.domain.model.concern.Concern;
import org.microcare.domain.model.concern.ConcernCategory;
import org.microcare.domain.model.concern.ConcernKind;
import org.microcare.domain.model.concern.ConcernSource;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;
import org.microcare.interfaces.shared.web.FormErrors;

/**
 * {@code /c/{tenant}/concerns/new?me=…} or {@code ?client=…} (or both): a broker or admin raises a
 * concern or complaint about the ME and/or the client, then sees it on its own page.
 */
@Named
@RequestScoped
public class ConcernNewPage {

    @Inject
    ConcernService concerns;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    private Subject subject;
    private String raisedOn = LocalDate.now().toString();
    private String raisedBy;
    private String source;
    private String category;
    private String description;

    @PostConstruct
    void load() {
        try {
            subject = concerns.subject(PageForms.param("me"), PageForms.param("client"));
        } catch (RecordNotFoundException e) {
            subject = null;
            PageForms.notFound();
        }
    }

    public void save() throws IOException {
        if (subject == null) {
            return;
        }
        try {
            ConcernForm form = new ConcernForm(PageForms.param("kind"), subject.microEnterpriseId(), subject.clientId(), null, raisedOn,
                    raisedBy, source, category, PageForms.param("safeguarding") != null, description);
            Concern c = concerns.raise(form.read(LocalDate.now()), PageForms.actor(council));
            PageForms.redirect(council.getBase() + "/concerns/view?id=" + PageForms.encode(c.getId()) + "&done=raised");
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field(), Texts.violation("concern.error.", v)));
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
        }
    }

    public Subject getSubject() {
        return subject;
    }

    /** Where the back link goes: the client's page if the concern is about a client, else the ME's. */
    public String getBackUrl() {
        return ConcernPage.subjectUrl(council, subject);
    }

    public String getBackLabel() {
        return Texts.get(subject != null && subject.clientId() != null ? "concern.backToClient" : "concern.backToMe");
    }

    public List<Choice> getKindChoices() {
        return ConcernChoices.of(ConcernKind.class, "concern.kind.");
    }

    public String getChosenKind() {
        return PageForms.param("kind");
    }

    public List<Choice> getSourceChoices() {
        return ConcernChoices.withPrompt(ConcernSource.class, "concern.source.");
    }

    public List<Choice> getCategoryChoices() {
        return ConcernChoices.withPrompt(ConcernCategory.class, "concern.category.");
    }

    public boolean isSafeguardingChosen() {
        return PageForms.param("safeguarding") != null;
    }

    public String getRaisedOn() {
        return raisedOn;
    }

    public void setRaisedOn(String raisedOn) {
        this.raisedOn = raisedOn;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public void setRaisedBy(String raisedBy) {
        this.raisedBy = raisedBy;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
