package org.microcare.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.domain.model.programme.ProgrammeRepository;
import org.microcare.domain.model.programme.Target;
import org.microcare.domain.model.programme.TargetMetric;
import org.microcare.domain.model.programme.TargetRepository;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.OverlapException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.domain.shared.Violations;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/** The programme's evaluation targets. One target per metric for any day; changes audited. */
@Stateless
@TenantTransactional
public class TargetService {

    /** A target as the form or API sent it, unchecked. */
    public record Draft(String metric, Integer value, String periodStart, String periodEnd, Long version) {
    }

    @Inject
    TargetRepository targets;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    CouncilAudit audit;

    public List<Target> all() {
        return targets.all();
    }

    public Target get(String id) {
        return targets.find(id).orElseThrow(() -> new RecordNotFoundException("No target " + id + " in this council"));
    }

    public Target add(Draft d, Actor actor) {
        Violations v = new Violations();
        TargetMetric metric = metric(d.metric(), v);
        Checked c = check(d, v);
        v.throwIfAny();
        programmes.findForChange();
        requireNoOverlap(metric, c, null);
        Target target = new Target(metric, d.value(), c.start, c.end);
        targets.add(target);
        audit.record(actor, "TARGET_ADDED", "Target", target.getId(), target.describe());
        return target;
    }

    public Target change(String id, Draft d, Actor actor) {
        Violations v = new Violations();
        Checked c = check(d, v);
        v.require(d.version() != null, "version", "Give the version of the target you changed");
        v.throwIfAny();
        programmes.findForChange();
        Target target = get(id);
        target.keepMetric(d.metric());
        Fields.requireVersion(d.version(), target.getVersion(), "This target");
        requireNoOverlap(target.getMetric(), c, target);
        String before = target.describe();
        target.change(d.value(), c.start, c.end);
        if (!before.equals(target.describe())) {
            audit.record(actor, "TARGET_CHANGED", "Target", id, before + " -> " + target.describe());
        }
        return target;
    }

    public void remove(String id, Actor actor) {
        Target target = get(id);
        targets.remove(target);
        audit.record(actor, "TARGET_REMOVED", "Target", id, target.describe());
    }

    private record Checked(LocalDate start, LocalDate end) {
    }

    private static Checked check(Draft d, Violations v) {
        v.require(d.value() != null && d.value() >= 1 && d.value() <= 1_000_000, "value",
                "Target value must be a whole number from 1 to 1,000,000");
        LocalDate start = Fields.date(d.periodStart(), "periodStart", "Period start", true, v);
        LocalDate end = Fields.date(d.periodEnd(), "periodEnd", "Period end", true, v);
        Fields.period(start, end, "periodEnd", "Period end", "Period start", v);
        return new Checked(start, end);
    }

    private void requireNoOverlap(TargetMetric metric, Checked c, Target self) {
        for (Target other : targets.all()) {
            if (other != self && other.getMetric() == metric && other.overlaps(c.start, c.end)) {
                throw new OverlapException("There is already a target for " + metric + " from " + other.getPeriodStart()
                        + " to " + other.getPeriodEnd() + "; change that one or choose another period", other);
            }
        }
    }

    static TargetMetric metric(String text, Violations v) {
        try {
            return TargetMetric.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            v.require(false, "metric", "Metric must be one of NEW_MICRO_ENTERPRISES, LISTED_MICRO_ENTERPRISES,"
                    + " WEEKLY_SUPPORT_HOURS, CLIENTS_SUPPORTED, SDS_OPTION_2_CLIENTS");
            return null;
        }
    }
}
