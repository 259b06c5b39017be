package org.microcare.interfaces.council.web.grants;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.GrantService;
import org.microcare.application.GrantService.ApplicationDraft;
import org.microcare.application.GrantService.DecisionDraft;
import org.microcare.application.MicroEnterpriseService;
import org.microcare.domain.model.programme.GrantApplication;
import org.microcare.domain.model.programme.GrantScheme;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.StaleVersionException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.shared.web.FormErrors;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.DisplayFormats;
import org.microcare.interfaces.council.web.Texts;

/**
 * {@code /c/{tenant}/grants/scheme?id=…}: one scheme's budget ledger and applications; admins add
 * applications and approve or reject pending ones. Approvals never take the scheme past its budget.
 */
@Named
@RequestScoped
public class GrantSchemePage {

    @Inject
    GrantService grants;

    @Inject
    MicroEnterpriseService microEnterprises;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    @Inject
    DisplayFormats formats;

    private LedgerRow ledger;
    private List<GrantApplication> applications = List.of();
    private List<GrantApplication> pending = List.of();
    private Map<String, String> names = Map.of();
    private List<String[]> all = List.of();

    /** At most this many MEs in the form's list (the ME's own page applies for any ME). */
    static final int CHOOSABLE = 1000;

    private String microEnterpriseId;
    private String amount;
    private String appliedOn = LocalDate.now().toString();

    @PostConstruct
    void load() {
        String id = CouncilPage.request().getParameter("id");
        try {
            ledger = new LedgerRow(grants.ledger(id));
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
            return;
        }
        applications = grants.applications(id);
        pending = applications.stream().filter(GrantApplication::isPending).toList();
        all = microEnterprises.choosable(CHOOSABLE);
        names = microEnterprises.tradingNames(applications.stream().map(GrantApplication::getMicroEnterpriseId).collect(Collectors.toSet()));
    }

    public LedgerRow getLedger() {
        return ledger;
    }

    public GrantScheme getScheme() {
        return ledger == null ? null : ledger.getScheme();
    }

    public List<GrantApplication> getApplications() {
        return applications;
    }

    public boolean isNoApplications() {
        return applications.isEmpty();
    }

    public List<GrantApplication> getPending() {
        return pending;
    }

    public boolean isAnyPending() {
        return !pending.isEmpty();
    }

    public boolean isNoMicroEnterprises() {
        return all.isEmpty();
    }

    public String tradingName(String microEnterpriseId) {
        return names.getOrDefault(microEnterpriseId, microEnterpriseId);
    }

    public String getOpen() {
        GrantScheme s = getScheme();
        if (s == null) {
            return "";
        }
        return s.getClosesOn() == null ? Texts.get("grants.openFrom", formats.date(s.getOpensOn()))
                : Texts.get("grants.openBetween", formats.date(s.getOpensOn()), formats.date(s.getClosesOn()));
    }

    /** Micro-enterprises to apply for, by trading name, after a "choose" prompt. */
    public List<Choice> getMicroEnterpriseChoices() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", Texts.get("grants.chooseMe")));
        all.forEach(me -> choices.add(new Choice(me[0], me[1])));
        return choices;
    }

    public String getNotice() {
        var request = CouncilPage.request();
        if (request.getParameter("applied") != null) {
            return Texts.get("grants.applied");
        }
        String decided = request.getParameter("decided");
        if ("APPROVED".equals(decided) || "REJECTED".equals(decided)) {
            return Texts.get("grants.decided." + decided);
        }
        return request.getParameter("updated") != null ? Texts.get("grants.updated", getScheme() == null ? "" : getScheme().getName()) : null;
    }

    public void apply() throws IOException {
        try {
            grants.apply(getScheme().getId(), new ApplicationDraft(microEnterpriseId, amount, appliedOn), PageForms.actor(council));
            back("applied=1");
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field(), switch (v.field()) {
                case "amount" -> Texts.get("grants.error.apply.amount", formats.money(getScheme().getMaxAward()));
                case "appliedOn" -> Texts.get("grants.error.apply.appliedOn", getOpen());
                default -> Texts.violation("grants.error.apply.", v);
            }));
        }
    }

    // --- decisions: one small form per pending application, read from the request ---

    private boolean submittedFor(GrantApplication a) {
        return a.getId().equals(CouncilPage.request().getParameter("application"));
    }

    public String decisionOf(GrantApplication a) {
        return submittedFor(a) ? CouncilPage.request().getParameter("decision") : null;
    }

    public String decisionAmountOf(GrantApplication a) {
        return submittedFor(a) ? CouncilPage.request().getParameter("decisionAmount") : DisplayFormats.plainMoney(a.getAmount());
    }

    public String decidedOnOf(GrantApplication a) {
        return submittedFor(a) ? CouncilPage.request().getParameter("decidedOn") : LocalDate.now().toString();
    }

    public void decide(String applicationId) throws IOException {
        GrantApplication a = pending.stream().filter(p -> p.getId().equals(applicationId)).findFirst().orElse(null);
        var request = CouncilPage.request();
        String decision = request.getParameter("decision");
        String award = request.getParameter("decisionAmount");
        try {
            grants.decide(applicationId, new DecisionDraft(decision, award == null || award.isBlank() ? null : award.trim(),
                    request.getParameter("decidedOn")), PageForms.actor(council));
            back("decided=" + ("APPROVED".equals(decision) ? "APPROVED" : "REJECTED"));
        } catch (InvalidInputException e) {
            BigDecimal typed = award == null || award.isBlank() ? null : PageForms.amount(award);
            boolean aboveApplied = a != null && typed != null && typed.compareTo(a.getAmount()) > 0;
            e.violations().forEach(v -> errors.add(v.field() + "-" + applicationId, !"amount".equals(v.field())
                    ? Texts.violation("grants.error.decision.", v)
                    : aboveApplied ? Texts.get("grants.error.decision.aboveApplied", formats.money(a.getAmount()))
                    : Texts.get("grants.error.decision.amount", formats.money(getScheme().getMaxAward()))));
        } catch (RecordNotFoundException e) {
            errors.add("applications-table", Texts.get("grants.error.decided"));
        } catch (StaleVersionException e) {
            errors.add("applications-table", Texts.get("grants.error.decided"));
        } catch (ConflictException e) {
            if (a == null) {
                errors.add("applications-table", Texts.get("grants.error.decided"));
            } else {
                BigDecimal wanted = award == null || award.isBlank() ? a.getAmount() : PageForms.amount(award);
                errors.add("amount-" + applicationId, wanted == null ? e.getMessage()
                        : Texts.get("grants.error.overBudget", formats.money(wanted), getScheme().getName(), formats.money(ledger.getRemaining())));
            }
        }
    }


    private void back(String query) throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().redirect(council.getBase() + "/grants/scheme?id=" + getScheme().getId() + "&" + query);
    }

    public String getMicroEnterpriseId() {
        return microEnterpriseId;
    }

    public void setMicroEnterpriseId(String microEnterpriseId) {
        this.microEnterpriseId = microEnterpriseId;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getAppliedOn() {
        return appliedOn;
    }

    public void setAppliedOn(String appliedOn) {
        this.appliedOn = appliedOn;
    }
}
