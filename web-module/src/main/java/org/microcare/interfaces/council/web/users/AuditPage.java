package org.microcare.interfaces.council.web.users;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.interfaces.shared.web.FormErrors;

import org.microcare.application.AuditQueries;
import org.microcare.domain.model.audit.AuditEntry;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.interfaces.council.web.CouncilPage;

/** {@code /c/{tenant}/audit}: the council's audit log, filtered by user and action (a GET form). */
@Named
@RequestScoped
public class AuditPage {

    @Inject
    AuditQueries audit;

    @Inject
    FormErrors errors;

    private String actor;
    private String action;
    private List<AuditEntry> entries = List.of();

    @PostConstruct
    void load() {
        actor = CouncilPage.request().getParameter("actor");
        action = CouncilPage.request().getParameter("action");
        try {
            entries = audit.find(actor, action, null, null, null, "200");
        } catch (InvalidInputException e) {
            errors.addAll(e.violations());
        }
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public List<AuditEntry> getEntries() {
        return entries;
    }

    public String when(AuditEntry e) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss")
                .format(e.getOccurredAt().atZone(java.time.ZoneId.of("Europe/London")));
    }
}
