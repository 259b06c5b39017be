package org.microcare.interfaces.council.web.programme;

import java.io.IOException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.TargetService;
import org.microcare.application.TargetService.Draft;
import org.microcare.domain.model.programme.Target;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.OverlapException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.shared.web.FormErrors;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.Texts;

/** {@code /c/{tenant}/targets/edit?id=…}: an admin changes a target's value and period, or removes it. */
@Named
@RequestScoped
public class TargetEditPage {

    @Inject
    TargetService targets;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    private Target target;
    private String value;
    private String periodStart;
    private String periodEnd;
    private String version;

    @PostConstruct
    void load() {
        String id = PageForms.param("id");
        try {
            target = id == null ? null : targets.get(id);
        } catch (RecordNotFoundException e) {
            target = null;
        }
        if (target != null) {
            show(target);
            String sent = PageForms.param("version");
            if (sent != null) {
                version = sent;
            }
        }
    }

    private void show(Target t) {
        value = String.valueOf(t.getValue());
        periodStart = t.getPeriodStart().toString();
        periodEnd = t.getPeriodEnd().toString();
        version = String.valueOf(t.getVersion());
    }

    /** Before rendering: an unknown id (or one of another council) answers 404. */
    public void check() throws IOException {
        if (target == null) {
            PageForms.notFound();
        }
    }

    public Target getTarget() {
        return target;
    }

    public void save() throws IOException {
        if (target == null) {
            PageForms.notFound();
            return;
        }
        Long seen = PageForms.version(version);
        try {
            targets.change(target.getId(), new Draft(null, PageForms.wholeNumber(value), periodStart, periodEnd, seen),
                    PageForms.actor(council));
            PageForms.redirect(council.getBase() + "/targets?changed=" + target.getMetric().name());
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> {
                if ("version".equals(v.field())) {
                    changedMeanwhile();
                } else {
                    errors.add(v.field(), TargetsPage.violation(v, periodStart, periodEnd));
                }
            });
        } catch (OverlapException e) {
            errors.add("periodStart", TargetsPage.overlap(e));
        } catch (ConflictException e) {
            changedMeanwhile();
        }
    }

    public void remove() throws IOException {
        if (target == null) {
            PageForms.notFound();
            return;
        }
        try {
            targets.remove(target.getId(), PageForms.actor(council));
        } catch (RecordNotFoundException e) {
            // removed by someone else meanwhile: the outcome is the same
        }
        PageForms.redirect(council.getBase() + "/targets?removed=" + target.getMetric().name());
    }

    /** Someone changed the target since the form was opened: show what is stored now, to change again. */
    private void changedMeanwhile() {
        try {
            target = targets.get(target.getId());
            show(target);
            errors.add("target-form", Texts.get("targets.error.stale"));
        } catch (RecordNotFoundException e) {
            errors.add("target-form", Texts.get("targets.error.gone"));
        }
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(String periodStart) {
        this.periodStart = periodStart;
    }

    public String getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(String periodEnd) {
        this.periodEnd = periodEnd;
    }

    public String getVersion() {
        return version;
    }
}
