package org.microcare.interfaces.council.web.introduction;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.casework.IntroductionForm;
import org.microcare.application.casework.IntroductionService;
import org.microcare.application.casework.IntroductionService.Row;
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
 * {@code /c/{tenant}/clients/introduce?id=…&introduction=…} and {@code …/introduction-outcome?…}: a broker
 * introduces a shortlisted ME to the client, or records the outcome (agreed, or declined with a reason).
 */
@Named
@RequestScoped
public class IntroductionMovePage {

    @Inject
    IntroductionService introductions;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    private Row row;
    private String on = LocalDate.now().toString();
    private String outcome;
    private String reason;
    private String note;

    @PostConstruct
    void load() {
        String id = PageForms.param("id");
        try {
            row = id == null ? null : introductions.row(PageForms.param("introduction"));
        } catch (RecordNotFoundException e) {
            row = null;
        }
        if (row == null || !row.introduction().getClientId().equals(id) || !row.introduction().isOpen()) {
            row = null;
            PageForms.notFound();
        }
    }

    public void introduce() throws IOException {
        if (row == null) {
            return;
        }
        try {
            introductions.introduce(row.introduction().getId(), IntroductionForm.on(on, LocalDate.now()),
                    PageForms.version(PageForms.param("version")), PageForms.actor(council));
            PageForms.redirect(getBackUrl() + "&done=introduced");
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add("on", Texts.violation("introduction.error.", v)));
        } catch (StaleVersionException e) {
            errors.add("on", Texts.get("introduction.error.stale"));
        } catch (ConflictException e) {
            errors.add("on", e.getMessage().contains("consent") ? Texts.get("introduction.error.noConsent")
                    : Texts.get("introduction.error.moved"));
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
        }
    }

    public void decide() throws IOException {
        if (row == null) {
            return;
        }
        try {
            IntroductionForm.Outcome o = IntroductionForm.outcome(outcome, on, reason, note, LocalDate.now());
            introductions.decide(row.introduction().getId(), o, PageForms.version(PageForms.param("version")), PageForms.actor(council));
            PageForms.redirect(getBackUrl() + "&done=decided");
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(field(v.field()), Texts.violation("introduction.error.", v)));
        } catch (StaleVersionException e) {
            errors.add("outcome", Texts.get("introduction.error.stale"));
        } catch (ConflictException e) {
            errors.add("outcome", Texts.get("introduction.error.moved"));
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
        }
    }

    private static String field(String f) {
        return switch (f) {
            case "outcome", "reason", "on" -> f;
            default -> "note";
        };
    }

    public Row getRow() {
        return row;
    }

    public String getBackUrl() {
        return row == null ? "" : IntroductionPages.clientUrl(council, row.introduction().getClientId());
    }

    public List<Choice> getOutcomeChoices() {
        return IntroductionPages.outcomes();
    }

    public List<Choice> getReasonChoices() {
        return IntroductionPages.reasons();
    }

    public String getOn() {
        return on;
    }

    public void setOn(String on) {
        this.on = on;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
