package org.microcare.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.microcare.application.Actor;
import org.microcare.application.AuditQueries;
import org.microcare.application.DirectoryService;
import org.microcare.application.DirectoryUpkeep;
import org.microcare.application.FrameworkService;
import org.microcare.application.MicroEnterpriseService;
import org.microcare.application.ProgrammeLists;
import org.microcare.application.StartupMigrations;
import org.microcare.testing.StartupReady;
import org.microcare.application.TenantOnboardingService;
import org.microcare.application.TenantOnboardingService.OnboardCouncil;
import org.microcare.domain.model.directory.DirectoryChange;
import org.microcare.domain.model.directory.DirectoryRun;
import org.microcare.domain.model.directory.ListingSearch;
import org.microcare.domain.model.microenterprise.MicroEnterprise;
import org.microcare.domain.model.programme.FrameworkRequirement;
import org.microcare.domain.model.tenant.Tenant;
import org.microcare.domain.model.tenant.TenantStatus;
import org.microcare.domain.shared.ConflictException;
import org.microcare.infrastructure.tenancy.CurrentTenant;
import org.microcare.infrastructure.tenancy.TenantContext;
import org.microcare.testing.MicrocareDeployment;
import org.microcare.testing.MovableClock;

/**
 * In the container, with a clock the test moves: evidence that expires and a framework change that
 * comes into force take an ME out of the directory on that day without anyone acting; the daily job
 * records it once per council per day, also when two runs race.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryJobIT {

    private static final Actor BROKER = new Actor("bea.broker", "127.0.0.1");

    @Deployment
    static WebArchive deployment() {
        return MicrocareDeployment.councilServices("directory", DirectoryJobIT.class, MovableClock.class);
    }

    @AfterAll
    static void dropSchemas() {
        MicrocareDeployment.dropSchemas();
    }

    @Inject
    StartupMigrations startup;

    @Inject
    TenantOnboardingService onboarding;

    @Inject
    ProgrammeLists lists;

    @Inject
    FrameworkService framework;

    @Inject
    MicroEnterpriseService microEnterprises;

    @Inject
    DirectoryService directory;

    @Inject
    DirectoryUpkeep upkeep;

    @Inject
    AuditQueries audit;

    @Inject
    MovableClock clock;

    @BeforeEach
    void platformIsMigrated() throws InterruptedException {
        StartupReady.await(startup, java.time.Duration.ofSeconds(60));
    }

    private CurrentTenant council() {
        String id = "dir-" + UUID.randomUUID().toString().substring(0, 6);
        Tenant t = onboarding.onboard(new OnboardCouncil(id, "Directory Council", "SCOTLAND", "Dir programme", "admin",
                "admin-password-dir"), "arquillian");
        assertEquals(TenantStatus.ACTIVE, t.getStatus(), t.getFailureReason());
        return CurrentTenant.of(t);
    }

    private <T> T in(CurrentTenant tenant, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant, work);
    }

    /** A listed ME whose evidence for {@code shortLived} expires on {@code expiry}; the rest lasts. */
    private String listedMicroEnterprise(LocalDate start, String shortLived, LocalDate expiry) {
        lists.add(ProgrammeLists.Kind.LOCALITY, "TROON", "Troon", BROKER);
        String id = microEnterprises.create(new MicroEnterpriseService.Draft("Troon Home Help", "Morag Reid", "FEMALE", "KA10 6EP",
                List.of("TROON"), List.of("PERSONAL_CARE"), "20.00", 30, true, false, true, List.of("en"), List.of(), List.of(), null,
                start.minusDays(20).toString()), BROKER).getId();
        for (FrameworkRequirement r : framework.inForceOn(start)) {
            if (r.isMandatory() && r.appliesTo(List.of("PERSONAL_CARE"), false)) {
                microEnterprises.recordEvidence(id, new MicroEnterpriseService.EvidenceDraft(r.getCode(), start.minusDays(5).toString(),
                        r.getCode().equals(shortLived) ? expiry.toString() : start.plusYears(2).toString(), null, null, null), BROKER);
            }
        }
        microEnterprises.move(id, new MicroEnterpriseService.StageMove("DEVELOPING", start.minusDays(10).toString(), null, null), BROKER);
        microEnterprises.move(id, new MicroEnterpriseService.StageMove("LISTED", start.toString(), null, null), BROKER);
        return id;
    }

    private long visible() {
        return directory.search(ListingSearch.ALL, 1, 20).total();
    }

    @Test
    void expiredEvidenceTakesAnMeOutOfTheDirectoryThatDayAndNewEvidenceBringsItBack() {
        LocalDate day = LocalDate.of(2031, 5, 12);
        clock.moveTo(day);
        CurrentTenant council = council();
        String code = in(council, () -> framework.inForceOn(day).stream().filter(FrameworkRequirement::isMandatory).findFirst().orElseThrow()
                .getCode());
        String me = in(council, () -> listedMicroEnterprise(day, code, day.plusDays(3)));

        assertEquals(1, in(council, this::visible));
        DirectoryRun first = in(council, () -> upkeep.run(day)).orElseThrow();
        assertEquals(1, first.getCameBack());
        assertEquals(Optional.empty(), in(council, () -> upkeep.run(day)), "once a day");

        clock.moveTo(day.plusDays(2));
        assertEquals(1, in(council, this::visible), "still valid the day before it expires");
        clock.moveTo(day.plusDays(3));
        assertEquals(0, in(council, this::visible), "gone on the day it expires, without anyone acting");
        assertEquals("LISTED", in(council, () -> microEnterprises.view(me, BROKER).getStage().name()), "nothing was changed or deleted");
        DirectoryRun expiry = in(council, () -> upkeep.run(day.plusDays(3))).orElseThrow();
        assertEquals(1, expiry.getLeftCount());
        List<DirectoryChange> changes = in(council, () -> upkeep.changesOf(me));
        DirectoryChange left = changes.get(changes.size() - 1);
        assertEquals(false, left.isVisible());
        assertTrue(left.getReason().contains(code + " expired on " + day.plusDays(3)), left.getReason());
        assertEquals(1, in(council, () -> audit.find("system", "DIRECTORY_LEFT", me, null, null, "10")).size());

        in(council, () -> microEnterprises.recordEvidence(me, new MicroEnterpriseService.EvidenceDraft(code, day.plusDays(3).toString(),
                day.plusYears(1).toString(), "renewed", null, null), BROKER));
        assertEquals(1, in(council, this::visible), "back as soon as valid evidence is recorded");
        clock.moveTo(day.plusDays(4));
        assertEquals(1, in(council, () -> upkeep.run(day.plusDays(4))).orElseThrow().getCameBack());
    }

    @Test
    void aNewMandatoryRequirementDelistsFromTheDayItComesIntoForce() {
        LocalDate day = LocalDate.of(2032, 2, 2);
        clock.moveTo(day);
        CurrentTenant council = council();
        String me = in(council, () -> listedMicroEnterprise(day, "NONE", day.plusYears(1)));
        in(council, () -> framework.add(new FrameworkService.Draft("FIRST_AID", "First aid certificate", null, true, 36, List.of(), false,
                day.plusDays(6).toString(), null), BROKER));
        in(council, () -> upkeep.run(day));
        clock.moveTo(day.plusDays(5));
        assertEquals(1, in(council, this::visible));
        clock.moveTo(day.plusDays(6));
        assertEquals(0, in(council, this::visible));
        in(council, () -> upkeep.run(day.plusDays(6)));
        List<DirectoryChange> changes = in(council, () -> upkeep.changesOf(me));
        assertTrue(changes.get(changes.size() - 1).getReason().contains("FIRST_AID missing"), changes.get(changes.size() - 1).getReason());
    }

    @Test
    void offeringAServiceWithARequirementOfItsOwnHidesTheMeUntilThatEvidenceIsRecorded() {
        LocalDate day = LocalDate.of(2032, 8, 3);
        clock.moveTo(day);
        CurrentTenant council = council();
        String me = in(council, () -> listedMicroEnterprise(day, "NONE", day.plusYears(1)));
        assertTrue(in(council, () -> framework.inForceOn(day).stream().anyMatch(r -> r.getCode().equals("FOOD_HYGIENE") && r.isMandatory()
                && !r.appliesTo(List.of("PERSONAL_CARE"), false) && r.appliesTo(List.of("MEAL_PREPARATION"), false))),
                "the Scottish template asks food hygiene of meal preparation only");
        assertEquals(1, in(council, this::visible));

        in(council, () -> {
            MicroEnterprise current = microEnterprises.view(me, BROKER);
            return microEnterprises.update(me, new MicroEnterpriseService.Draft("Troon Home Help", "Morag Reid", "FEMALE", "KA10 6EP",
                    List.of("TROON"), List.of("PERSONAL_CARE", "MEAL_PREPARATION"), "20.00", 30, true, false, true, List.of("en"), List.of(),
                    List.of(), null, day.minusDays(20).toString()), current.getVersion(), BROKER);
        });
        assertEquals(0, in(council, this::visible), "offering meals brings food hygiene in, and there is no evidence for it");

        in(council, () -> microEnterprises.recordEvidence(me, new MicroEnterpriseService.EvidenceDraft("FOOD_HYGIENE", day.toString(), null,
                null, null, null), BROKER));
        assertEquals(1, in(council, this::visible), "back with the evidence");
    }

    @Test
    void twoRunsOfTheSameDayRecordTheChangesOnce() throws Exception {
        LocalDate day = LocalDate.of(2033, 9, 1);
        clock.moveTo(day);
        CurrentTenant council = council();
        String me = in(council, () -> listedMicroEnterprise(day, "NONE", day.plusYears(1)));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<String> run = () -> {
                    together.await();
                    try {
                        return TenantContext.callAs(council, () -> upkeep.run(day)).map(r -> "ran").orElse("skipped");
                    } catch (ConflictException e) {
                        return "conflict";
                    }
                };
                results.add(pool.submit(run));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            assertEquals(1, outcomes.stream().filter("ran"::equals).count(), outcomes.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, in(council, () -> upkeep.changesOf(me)).size());
    }
}
