package org.microcare.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.domain.model.microenterprise.MicroEnterpriseRepository;
import org.microcare.domain.model.programme.GrantApplication;
import org.microcare.domain.model.programme.GrantRepository;
import org.microcare.domain.model.programme.GrantScheme;
import org.microcare.domain.model.programme.GrantSchemeTerms;
import org.microcare.domain.model.programme.ProgrammeRepository;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.domain.shared.Violations;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/**
 * Grant schemes, applications and decisions. Decisions on one scheme lock its row, so the approved
 * total is read and raised by one transaction at a time and never passes the budget.
 */
@Stateless
@TenantTransactional
public class GrantService {

    /** A scheme as the form or API sent it, unchecked. */
    public record SchemeDraft(String name, Object budget, Object maxAward, String opensOn, String closesOn, String eligibility,
                              Long version) {
    }

    /** An application as sent, unchecked. */
    public record ApplicationDraft(String microEnterpriseId, Object amount, String appliedOn) {
    }

    /** A decision as sent, unchecked. */
    public record DecisionDraft(String decision, Object amount, String decidedOn) {
    }

    /** A scheme with its ledger. */
    public record Ledger(GrantScheme scheme, BigDecimal approved, BigDecimal remaining, BigDecimal pending, int applications) {
    }

    @Inject
    GrantRepository grants;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    MicroEnterpriseRepository microEnterprises;

    @Inject
    CouncilAudit audit;

    /** The schemes alone, without their ledgers (one query). */
    public List<GrantScheme> schemes() {
        return grants.schemes();
    }

    public List<Ledger> ledgers() {
        return grants.schemes().stream().map(this::ledger).toList();
    }

    public Ledger ledger(String schemeId) {
        return ledger(scheme(schemeId));
    }

    public List<GrantApplication> applications(String schemeId) {
        return grants.applications(scheme(schemeId).getId());
    }

    public List<GrantApplication> applicationsOf(String microEnterpriseId) {
        return grants.applicationsOf(microEnterpriseId);
    }

    public GrantApplication application(String id) {
        return grants.application(id).orElseThrow(() -> new RecordNotFoundException("No grant application " + id + " in this council"));
    }

    public Ledger addScheme(SchemeDraft d, Actor actor) {
        Violations v = new Violations();
        GrantSchemeTerms terms = terms(d, v);
        v.throwIfAny();
        programmes.findForChange();
        if (grants.schemeByName(terms.name()).isPresent()) {
            throw new ConflictException("There is already a grant scheme called '" + terms.name() + "'");
        }
        GrantScheme scheme = new GrantScheme(terms);
        grants.add(scheme);
        audit.record(actor, "GRANT_SCHEME_ADDED", "GrantScheme", scheme.getId(), terms.name() + ": budget " + terms.budget()
                + ", maximum award " + terms.maxAward() + ", open " + terms.opensOn() + " to " + (terms.closesOn() == null ? "(no end)" : terms.closesOn()));
        return ledger(scheme);
    }

    public Ledger changeScheme(String id, SchemeDraft d, Actor actor) {
        Violations v = new Violations();
        GrantSchemeTerms terms = terms(d, v);
        v.require(d.version() != null, "version", "Give the version of the scheme you changed");
        v.throwIfAny();
        GrantScheme scheme = grants.schemeForDecision(id).orElseThrow(() -> new RecordNotFoundException("No grant scheme " + id + " in this council"));
        Fields.requireVersion(d.version(), scheme.getVersion(), "This grant scheme");
        grants.schemeByName(terms.name()).filter(other -> other != scheme).ifPresent(other -> {
            throw new ConflictException("There is already a grant scheme called '" + terms.name() + "'");
        });
        BigDecimal approved = scheme.getApprovedTotal();
        if (terms.budget().compareTo(approved) < 0) {
            throw new ConflictException("The budget cannot be less than the " + approved + " already approved");
        }
        String changes = terms.changesFrom(scheme.terms());
        if (!changes.isEmpty()) {
            scheme.change(terms);
            audit.record(actor, "GRANT_SCHEME_CHANGED", "GrantScheme", id, changes);
        }
        return ledger(scheme);
    }

    public GrantApplication apply(String schemeId, ApplicationDraft d, Actor actor) {
        GrantScheme scheme = scheme(schemeId);
        Violations v = new Violations();
        v.requireText(d.microEnterpriseId(), "microEnterpriseId", "Micro-enterprise", 36);
        v.require(d.microEnterpriseId() == null || d.microEnterpriseId().isBlank()
                || microEnterprises.find(d.microEnterpriseId().trim()).isPresent(), "microEnterpriseId",
                "There is no micro-enterprise " + d.microEnterpriseId() + " in this council");
        BigDecimal amount = Fields.money(d.amount(), "amount", "Amount", true, v);
        v.require(amount == null || amount.signum() > 0, "amount", "Amount must be more than 0.00");
        v.require(amount == null || amount.compareTo(scheme.getMaxAward()) <= 0, "amount",
                "Amount must not be more than the scheme's maximum award of " + scheme.getMaxAward());
        LocalDate on = Fields.date(d.appliedOn(), "appliedOn", "Date applied", true, v);
        v.require(on == null || scheme.terms().openOn(on), "appliedOn", "The scheme is open from " + scheme.getOpensOn()
                + (scheme.getClosesOn() == null ? "" : " to " + scheme.getClosesOn()) + "; the application date must fall within it");
        v.require(on == null || !on.isAfter(LocalDate.now()), "appliedOn", "Date applied must not be in the future");
        v.throwIfAny();
        GrantApplication application = new GrantApplication(scheme.getId(), d.microEnterpriseId().trim(), amount, on);
        grants.add(application);
        audit.record(actor, "GRANT_APPLICATION_ADDED", "GrantApplication", application.getId(),
                scheme.getName() + ": " + amount + " for micro-enterprise " + application.getMicroEnterpriseId() + " applied " + on);
        return application;
    }

    public GrantApplication decide(String applicationId, DecisionDraft d, Actor actor) {
        GrantScheme scheme = grants.schemeOfApplicationForDecision(applicationId).orElseThrow(
                () -> new RecordNotFoundException("No grant application " + applicationId + " in this council"));
        GrantApplication application = application(applicationId);
        Violations v = new Violations();
        boolean approve = "APPROVED".equals(d.decision());
        v.require(approve || "REJECTED".equals(d.decision()), "decision", "Decision must be APPROVED or REJECTED");
        LocalDate on = Fields.date(d.decidedOn(), "decidedOn", "Decision date", true, v);
        v.require(on == null || !on.isBefore(application.getAppliedOn()), "decidedOn", "Decision date must not be before the application date");
        v.require(on == null || !on.isAfter(LocalDate.now()), "decidedOn", "Decision date must not be in the future");
        BigDecimal award = approve ? Fields.money(d.amount() == null ? application.getAmount() : d.amount(), "amount", "Amount", true, v) : null;
        v.require(award == null || award.signum() > 0, "amount", "An approved amount must be more than 0.00");
        v.throwIfAny();
        if (award != null) {
            application.checkAward(award);
        }
        if (award != null && award.compareTo(scheme.getMaxAward()) > 0) {
            throw new org.microcare.domain.shared.InvalidInputException("amount",
                    "Amount must not be more than the scheme's maximum award of " + scheme.getMaxAward());
        }
        if (!application.isPending()) {
            throw new ConflictException("This application was already decided: " + application.getStatus() + " on " + application.getDecidedOn());
        }
        if (approve) {
            if (award.compareTo(scheme.remaining()) > 0) {
                throw new ConflictException("Approving " + award + " would over-commit the budget of " + scheme.getName()
                        + ": only " + scheme.remaining() + " is left");
            }
            scheme.commit(award);
            application.approve(award, on, actor.username());
        } else {
            application.reject(on, actor.username());
        }
        audit.record(actor, approve ? "GRANT_APPROVED" : "GRANT_REJECTED", "GrantApplication", application.getId(),
                scheme.getName() + ": " + (approve ? award + " approved" : "rejected") + " on " + on);
        return application;
    }

    private GrantScheme scheme(String id) {
        return grants.scheme(id).orElseThrow(() -> new RecordNotFoundException("No grant scheme " + id + " in this council"));
    }

    private Ledger ledger(GrantScheme scheme) {
        List<GrantApplication> applications = grants.applications(scheme.getId());
        BigDecimal approved = scheme.getApprovedTotal().setScale(2);
        BigDecimal pending = applications.stream().filter(GrantApplication::isPending).map(GrantApplication::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        return new Ledger(scheme, approved, scheme.getBudget().subtract(approved), pending, applications.size());
    }

    private static GrantSchemeTerms terms(SchemeDraft d, Violations v) {
        v.requireText(d.name(), "name", "Scheme name", 200);
        BigDecimal budget = Fields.money(d.budget(), "budget", "Budget", true, v);
        v.require(budget == null || budget.signum() > 0, "budget", "Budget must be more than 0.00");
        BigDecimal maxAward = Fields.money(d.maxAward(), "maxAward", "Maximum award", true, v);
        v.require(maxAward == null || maxAward.signum() > 0, "maxAward", "Maximum award must be more than 0.00");
        v.require(maxAward == null || budget == null || maxAward.compareTo(budget) <= 0, "maxAward",
                "Maximum award must not be more than the budget");
        LocalDate opens = Fields.date(d.opensOn(), "opensOn", "Opens on", true, v);
        LocalDate closes = Fields.date(d.closesOn(), "closesOn", "Closes on", false, v);
        Fields.period(opens, closes, "closesOn", "Closes on", "Opens on", v);
        String eligibility = Fields.optionalText(d.eligibility(), "eligibility", "Eligibility notes", 2000, true, v);
        if (!v.isEmpty()) {
            return null;
        }
        return new GrantSchemeTerms(d.name().trim(), budget, maxAward, opens, closes, eligibility);
    }
}
