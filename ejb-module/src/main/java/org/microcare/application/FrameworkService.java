package org.microcare.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.domain.model.directory.ComplianceWindowStore;
import org.microcare.domain.model.programme.FrameworkRepository;
import org.microcare.domain.model.programme.FrameworkRequirement;
import org.microcare.domain.model.programme.FrameworkVersion.Change;
import org.microcare.domain.model.programme.FrameworkVersion;
import org.microcare.domain.model.programme.ProgrammeRepository;
import org.microcare.domain.model.programme.RequirementTerms;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.domain.shared.Violations;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/**
 * The council's framework, versioned: every addition, change or retirement of a requirement is a
 * numbered version with an effective date. Rows in force are never edited, so the framework of any
 * past day can be read back. Changes of one council are serialised on its programme row. The
 * version a client must send back to change a requirement is the framework version that made its
 * latest revision: row versions restart with every new revision, framework versions never repeat.
 */
@Stateless
@TenantTransactional
public class FrameworkService {

    /** A requirement as the form or API sent it, unchecked. */
    public record Draft(String code, String name, String guidance, Boolean mandatory, Integer validityMonths,
                        List<String> appliesToServices, Boolean medicationOnly, String effectiveFrom, Long version) {
    }

    @Inject
    ComplianceWindowStore complianceWindows;

    @Inject
    Today today;

    @Inject
    FrameworkRepository framework;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    ProgrammeLists lists;

    @Inject
    CouncilAudit audit;

    public List<FrameworkRequirement> inForceOn(LocalDate day) {
        return framework.inForceOn(day);
    }

    /** Each requirement's latest revision, including ones that take effect later. */
    public List<FrameworkRequirement> current() {
        return framework.open();
    }

    public FrameworkRequirement latest(String code) {
        return framework.latest(code == null ? "" : Fields.normaliseCode(code))
                .orElseThrow(() -> new RecordNotFoundException("No framework requirement " + code + " in this council"));
    }

    public List<FrameworkVersion> history() {
        return framework.history();
    }

    public FrameworkRequirement add(Draft d, Actor actor) {
        programmes.findForChange();
        Violations v = new Violations();
        String code = Fields.code(d.code(), "code", "Requirement code", v);
        RequirementTerms terms = terms(code, d, v);
        LocalDate from = effectiveFrom(d.effectiveFrom(), v);
        v.throwIfAny();
        Optional<FrameworkRequirement> latest = framework.latest(code);
        if (latest.isPresent() && latest.get().getEffectiveTo() == null) {
            throw new ConflictException("The framework already has a requirement with the code " + code);
        }
        latest.ifPresent(retired -> requireAfter(from, retired.getEffectiveTo().minusDays(1), code));
        FrameworkVersion version = newVersion(from, code, Change.ADDED, terms.describe(), actor);
        FrameworkRequirement requirement = new FrameworkRequirement(terms, version.getNumber(), from);
        framework.add(requirement);
        complianceWindows.renewAll();
        audit.record(actor, "FRAMEWORK_REQUIREMENT_ADDED", "FrameworkRequirement", code,
                "version " + version.getNumber() + " from " + from + ": " + terms.describe());
        return requirement;
    }

    public FrameworkRequirement change(String codeText, Draft d, Actor actor) {
        programmes.findForChange();
        Violations v = new Violations();
        FrameworkRequirement current = openRevision(codeText);
        Fields.unchanged(d.code(), current.getCode(), "code", "The code of a requirement");
        RequirementTerms terms = terms(current.getCode(), d, v);
        LocalDate from = effectiveFrom(d.effectiveFrom(), v);
        v.require(d.version() != null, "version", "Give the version of the requirement you changed");
        v.throwIfAny();
        Fields.requireVersion(d.version(), current.getFrameworkVersion(), "This requirement");
        String changes = terms.changesFrom(current.terms());
        if (changes.isEmpty()) {
            return current;
        }
        requireAfter(from, current.getEffectiveFrom(), current.getCode());
        FrameworkVersion version = newVersion(from, current.getCode(), Change.CHANGED, changes, actor);
        current.endOn(from);
        FrameworkRequirement next = new FrameworkRequirement(terms, version.getNumber(), from);
        framework.add(next);
        complianceWindows.renewAll();
        audit.record(actor, "FRAMEWORK_REQUIREMENT_CHANGED", "FrameworkRequirement", current.getCode(),
                "version " + version.getNumber() + " from " + from + ": " + changes);
        return next;
    }

    public FrameworkRequirement retire(String codeText, String effectiveFromText, Long seenVersion, Actor actor) {
        programmes.findForChange();
        Violations v = new Violations();
        FrameworkRequirement current = openRevision(codeText);
        LocalDate from = effectiveFrom(effectiveFromText, v);
        v.require(seenVersion != null, "version", "Give the version of the requirement you retire");
        v.throwIfAny();
        Fields.requireVersion(seenVersion, current.getFrameworkVersion(), "This requirement");
        requireAfter(from, current.getEffectiveFrom(), current.getCode());
        FrameworkVersion version = newVersion(from, current.getCode(), Change.RETIRED, current.getName() + " no longer required", actor);
        current.endOn(from);
        complianceWindows.renewAll();
        audit.record(actor, "FRAMEWORK_REQUIREMENT_RETIRED", "FrameworkRequirement", current.getCode(),
                "version " + version.getNumber() + " from " + from);
        return current;
    }

    private FrameworkRequirement openRevision(String codeText) {
        FrameworkRequirement latest = latest(codeText);
        if (latest.getEffectiveTo() != null) {
            throw new ConflictException("The requirement " + latest.getCode() + " was retired on " + latest.getEffectiveTo()
                    + "; add it again to bring it back");
        }
        return latest;
    }

    private RequirementTerms terms(String code, Draft d, Violations v) {
        v.requireText(d.name(), "name", "Requirement name", 200);
        String guidance = Fields.optionalText(d.guidance(), "guidance", "Guidance", 2000, true, v);
        v.require(d.mandatory() != null, "mandatory", "Say whether the requirement is mandatory");
        v.require(d.validityMonths() == null || (d.validityMonths() >= 1 && d.validityMonths() <= 240), "validityMonths",
                "Validity must be a whole number of months from 1 to 240, or empty if the evidence does not expire");
        List<String> services = Fields.codes(d.appliesToServices(), "appliesToServices", "Service code", v);
        lists.requireActive(Kind.SERVICE, services, "appliesToServices", v);
        if (code == null || d.name() == null || d.name().isBlank() || d.mandatory() == null) {
            return null;
        }
        return new RequirementTerms(code, d.name().trim(), guidance, d.mandatory(), d.validityMonths(), services,
                Boolean.TRUE.equals(d.medicationOnly()));
    }

    /** The day a change takes effect: as given, else today in the UK (the council's clock, not the server's). */
    private LocalDate effectiveFrom(String text, Violations v) {
        LocalDate from = Fields.date(text, "effectiveFrom", "Effective date", false, v);
        return from == null ? today.date() : from;
    }

    private static void requireAfter(LocalDate from, LocalDate previousStart, String code) {
        if (!from.isAfter(previousStart)) {
            throw new ConflictException("A change to " + code + " must take effect after " + previousStart
                    + ", when its current terms began");
        }
    }

    private FrameworkVersion newVersion(LocalDate from, String code, Change change, String changes, Actor actor) {
        FrameworkVersion version = new FrameworkVersion(framework.latestVersionNumber() + 1, from, code, change, changes,
                actor.username(), today.now());
        framework.add(version);
        return version;
    }
}
