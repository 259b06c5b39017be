package org.microcare.domain.model.microenterprise;

import java.util.List;
import java.util.Optional;

/** The current council's micro-enterprises, with their timelines, evidence and support sessions. */
public interface MicroEnterpriseRepository {

    /**
     * Up to {@code max} MEs from {@code first} (0-based), by trading name, of one stage or all (null) and,
     * when {@code name} is given, whose trading or owner name contains it (case aside).
     */
    List<MicroEnterprise> page(Stage stage, String name, int first, int max);

    /** How many MEs {@link #page} would find in all. */
    long count(Stage stage, String name);

    /** The trading names of these MEs, by id (unknown ids left out). */
    java.util.Map<String, String> tradingNames(java.util.Collection<String> ids);

    /** Up to {@code max} MEs still in the programme (not LEFT), by trading name, as id and trading name: for a form to pick one. */
    List<String[]> choosable(int max);

    Optional<MicroEnterprise> find(String id);

    /** The ME, its row locked until the transaction ends (stage moves and evidence are decided one at a time per ME). */
    Optional<MicroEnterprise> findForChange(String id);

    void add(MicroEnterprise microEnterprise);

    void add(StageChange change);

    List<StageChange> timeline(String microEnterpriseId);

    /** How many entries the ME's timeline has (the position of the next move). */
    int movesOf(String microEnterpriseId);

    void add(ComplianceEvidence evidence);

    Optional<ComplianceEvidence> evidence(String evidenceId);

    List<ComplianceEvidence> evidenceOf(String microEnterpriseId);

    void add(SupportSession session);

    List<SupportSession> sessionsOf(String microEnterpriseId);

    void add(Absence absence);

    Optional<Absence> absence(String absenceId);

    /** The ME's absences, cancelled ones included, latest first. */
    List<Absence> absencesOf(String microEnterpriseId);
}
