package org.microcare.application;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.domain.model.directory.DirectoryChange;
import org.microcare.domain.model.directory.DirectoryRun;
import org.microcare.domain.model.directory.DirectoryRuns;
import org.microcare.domain.model.directory.PublishedListings;
import org.microcare.domain.model.microenterprise.ComplianceStatus;
import org.microcare.domain.model.microenterprise.MicroEnterprise;
import org.microcare.domain.model.microenterprise.MicroEnterpriseRepository;
import org.microcare.domain.model.microenterprise.Stage;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/**
 * The daily directory job for the council in context: the directory itself is decided on each
 * request (listed and compliant that day), so nobody has to act when evidence expires or a framework
 * change comes into force; this job records those changes in each ME's timeline and the audit log,
 * once per council per day, whichever web module or instance runs it first.
 */
@Stateless
@TenantTransactional
public class DirectoryUpkeep {

    static final Actor SYSTEM = new Actor("system", null);

    @Inject
    DirectoryRuns runs;

    @Inject
    PublishedListings listings;

    @Inject
    MicroEnterpriseRepository microEnterprises;

    @Inject
    MicroEnterpriseService compliance;

    @Inject
    CouncilAudit audit;

    @Inject
    Today today;

    /**
     * Records who left the directory and who came back on the day; empty when the day was already
     * run. A concurrent run of the same day by another instance ends in a conflict and changes nothing.
     */
    public Optional<DirectoryRun> run(LocalDate day) {
        if (runs.ran(day)) {
            return Optional.empty();
        }
        DirectoryRun run = runs.claim(day, today.now());
        Set<String> visible = new HashSet<>(listings.visibleIds(day));
        Map<String, LocalDate> present = runs.presence();
        List<String> left = present.keySet().stream().filter(id -> !visible.contains(id)).sorted().toList();
        List<String> arrived = visible.stream().filter(id -> !present.containsKey(id)).sorted().toList();
        for (String id : left) {
            Optional<MicroEnterprise> me = microEnterprises.find(id);
            boolean stageMove = me.isPresent() && me.get().getStage() != Stage.LISTED;
            String why = whyNotVisible(id, me, day);
            runs.add(new DirectoryChange(id, day, false, stageMove, why));
            runs.disappeared(id);
            audit.record(SYSTEM, "DIRECTORY_LEFT", "MicroEnterprise", id, why);
        }
        for (String id : arrived) {
            runs.add(new DirectoryChange(id, day, true, false, "Listed and meets every mandatory requirement"));
            runs.appeared(id, day);
            audit.record(SYSTEM, "DIRECTORY_JOINED", "MicroEnterprise", id, "in the directory from " + day);
        }
        run.finish(visible.size(), left.size(), arrived.size());
        return Optional.of(run);
    }

    /** The ME's timeline entries of leaving and rejoining the directory. */
    public List<DirectoryChange> changesOf(String microEnterpriseId) {
        if (microEnterprises.find(microEnterpriseId).isEmpty()) {
            throw new RecordNotFoundException("No micro-enterprise " + microEnterpriseId + " in this council");
        }
        return runs.changesOf(microEnterpriseId);
    }

    private String whyNotVisible(String id, Optional<MicroEnterprise> me, LocalDate day) {
        if (me.isEmpty()) {
            return "No longer on record";
        }
        if (me.get().getStage() != Stage.LISTED) {
            return "Stage is " + me.get().getStage() + " since " + me.get().getStageSince();
        }
        String missing = compliance.compliance(id, day).stream().filter(ComplianceStatus::blocksListing)
                .map(s -> s.requirementCode() + (s.state() == ComplianceStatus.State.EXPIRED && s.evidence() != null
                        ? " expired on " + s.evidence().getExpiresOn() : " missing"))
                .collect(Collectors.joining(", "));
        return missing.isEmpty() ? "Does not meet the framework" : "Evidence needed: " + missing;
    }
}
