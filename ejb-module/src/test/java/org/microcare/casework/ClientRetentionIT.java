package org.microcare.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
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
import org.microcare.application.ProgrammeLists;
import org.microcare.application.ProgrammeQueries;
import org.microcare.application.ProgrammeSettingsService;
import org.microcare.application.StartupMigrations;
import org.microcare.testing.StartupReady;
import org.microcare.application.TenantOnboardingService;
import org.microcare.application.TenantOnboardingService.OnboardCouncil;
import org.microcare.application.casework.ClientForm.StatusMove;
import org.microcare.application.casework.ClientRetention;
import org.microcare.application.casework.ClientRetentionJob;
import org.microcare.application.casework.ClientService;
import org.microcare.domain.model.audit.AuditEntry;
import org.microcare.domain.model.client.CarerGender;
import org.microcare.domain.model.client.Client;
import org.microcare.domain.model.client.ClientDetails;
import org.microcare.domain.model.client.ClientStatus;
import org.microcare.domain.model.client.FundingRoute;
import org.microcare.domain.model.client.Preferences;
import org.microcare.domain.model.client.PreferredTime;
import org.microcare.domain.model.client.RetentionRun;
import org.microcare.domain.model.microenterprise.AvailabilitySlot.Weekday;
import org.microcare.domain.model.programme.Programme;
import org.microcare.domain.model.tenant.Tenant;
import org.microcare.domain.model.tenant.TenantStatus;
import org.microcare.domain.shared.ConflictException;
import org.microcare.infrastructure.tenancy.CurrentTenant;
import org.microcare.infrastructure.tenancy.TenantContext;
import org.microcare.testing.MicrocareDeployment;
import org.microcare.testing.MovableClock;

/**
 * In the container, with a clock the test moves years ahead: the daily retention job erases a closed
 * client's personal details once the council's retention period after closure has passed (not a day
 * before), by "system", audited without personal data; once per council per day, also when two runs
 * race; the council's own setting decides the period; open cases are never touched. The moved days
 * stay before 2038: the schema's TIMESTAMP columns (updated_at, erased_at, the run's started_at) end there.
 */
@ExtendWith(ArquillianExtension.class)
class ClientRetentionIT {

    private static final Actor BROKER = new Actor("bea.broker", "127.0.0.1");
    private static final Actor ADMIN = new Actor("ada.admin", "127.0.0.1");

    @Deployment
    static WebArchive deployment() {
        return MicrocareDeployment.councilServices("retention", ClientRetentionIT.class, MovableClock.class);
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
    ProgrammeQueries programmes;

    @Inject
    ProgrammeSettingsService settings;

    @Inject
    ClientService clients;

    @Inject
    ClientRetention retention;

    @Inject
    ClientRetentionJob job;

    @Inject
    AuditQueries audit;

    @Inject
    MovableClock clock;

    @BeforeEach
    void platformIsMigrated() throws InterruptedException {
        StartupReady.await(startup, java.time.Duration.ofSeconds(60));
    }

    private CurrentTenant council() {
        String id = "ret-" + UUID.randomUUID().toString().substring(0, 6);
        Tenant t = onboarding.onboard(new OnboardCouncil(id, "Retention Council", "SCOTLAND", "Ret programme", "admin",
                "admin-password-ret"), "arquillian");
        assertEquals(TenantStatus.ACTIVE, t.getStatus(), t.getFailureReason());
        CurrentTenant tenant = CurrentTenant.of(t);
        in(tenant, () -> lists.add(ProgrammeLists.Kind.LOCALITY, "TROON", "Troon", BROKER));
        return tenant;
    }

    private <T> T in(CurrentTenant tenant, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant, work);
    }

    /** A client referred a month before {@code closedOn}, closed that day. */
    private String closedClient(CurrentTenant council, String reference, LocalDate closedOn) {
        LocalDate referred = closedOn.minusMonths(1);
        ClientDetails d = new ClientDetails(reference, "Morag Reid", "01292 612000", "morag@example.org", "KA10 6EP", "TROON",
                List.of("PERSONAL_CARE"), 7, FundingRoute.DIRECT_PAYMENT, true, false,
                new Preferences(CarerGender.FEMALE, "cy", true, List.of()),
                List.of(new PreferredTime(Weekday.TUE, LocalTime.of(10, 0), LocalTime.of(12, 0))), "Sam Social", "sam@council.example",
                referred, "GP", referred);
        return in(council, () -> {
            String id = clients.create(d, BROKER).getId();
            clients.move(id, new StatusMove(ClientStatus.CLOSED, closedOn, "Moved in with her daughter Jane"), null, BROKER);
            return id;
        });
    }

    private Client record(CurrentTenant council, String id) {
        return in(council, () -> clients.view(id, ADMIN, "ClientRetentionIT"));
    }

    @Test
    void aClosedClientIsErasedTheDayAfterSixYearsAndNotBeforeOnceADay() {
        LocalDate closed = LocalDate.of(2025, 3, 10);
        clock.moveTo(closed);
        CurrentTenant council = council();
        String id = closedClient(council, "SW-RET-1", closed);
        String open = in(council, () -> clients.create(new ClientDetails("SW-RET-OPEN", "Ann Open", null, null, "KA10 6EP", "TROON",
                List.of("PERSONAL_CARE"), 3, FundingRoute.PRIVATE, false, false, Preferences.NONE, List.of(), null, null,
                closed.minusMonths(1), null, null), BROKER).getId());
        assertEquals(Programme.DEFAULT_CLIENT_RETENTION_YEARS, in(council, () -> programmes.programme().getClientRetentionYears()));

        LocalDate lastDay = closed.plusYears(6);
        clock.moveTo(lastDay);
        assertEquals(0, in(council, () -> retention.run(lastDay)).orElseThrow().getErased(), "kept through the last day");
        assertEquals("Morag Reid", record(council, id).getName());

        LocalDate after = lastDay.plusDays(1);
        clock.moveTo(after);
        assertEquals(1, in(council, () -> retention.run(after)).orElseThrow().getErased());
        assertEquals(Optional.empty(), in(council, () -> retention.run(after)), "once a day");

        Client erased = record(council, id);
        assertTrue(erased.isErased());
        assertEquals("system", erased.getErasedBy());
        assertNull(erased.getName());
        assertNull(erased.getPostcode());
        assertNull(erased.getSocialWorkerName());
        assertNull(erased.getClosedReason());
        assertEquals(List.of(), erased.getPreferredTimes());
        assertEquals("ERASED-" + id, erased.getReference());
        assertEquals(7, erased.getHoursPerWeek(), "figures stay");
        assertEquals(FundingRoute.DIRECT_PAYMENT, erased.getFundingRoute());
        assertEquals(closed, erased.getClosedOn());
        assertEquals("Ann Open", record(council, open).getName(), "an open case is never erased, however old");

        List<AuditEntry> erasures = in(council, () -> audit.find("system", ClientService.ERASED, id, null, null, "10"));
        assertEquals(1, erasures.size());
        String detail = erasures.get(0).getDetail();
        assertTrue(detail.contains("closed on " + closed) && detail.contains("6 years"), detail);
        for (AuditEntry e : in(council, () -> audit.find(null, null, id, null, null, "500"))) {
            for (String personal : List.of("Morag", "KA10", "SW-RET-1", "Sam Social", "daughter Jane")) {
                assertFalse(e.getDetail() != null && e.getDetail().contains(personal), e.getAction() + ": " + e.getDetail());
            }
        }
    }

    @Test
    void theCouncilsOwnPeriodDecidesAndTheHourlyJobPassesEachCouncilExplicitly() {
        LocalDate closed = LocalDate.of(2026, 6, 1);
        clock.moveTo(closed);
        CurrentTenant shortKeeper = council();
        CurrentTenant longKeeper = council();
        String early = closedClient(shortKeeper, "SW-RET-SHORT", closed);
        String kept = closedClient(longKeeper, "SW-RET-LONG", closed);
        in(shortKeeper, () -> {
            Programme p = programmes.programme();
            return settings.change(new ProgrammeSettingsService.Change(p.getProgrammeName(), null, null, null, p.getEmploymentRiskWeeks(),
                    p.getEvidenceWarningDays(), null, 2, p.getVersion()), ADMIN);
        });

        clock.moveTo(closed.plusYears(2).plusDays(1));
        job.runForEveryCouncil();
        assertTrue(record(shortKeeper, early).isErased(), "two years, as that council set");
        assertEquals("Morag Reid", record(longKeeper, kept).getName(), "six years by default in the other council");

        clock.moveTo(closed.plusYears(6).plusDays(1));
        job.runForEveryCouncil();
        assertTrue(record(longKeeper, kept).isErased());
    }

    @Test
    void twoRunsOfTheSameDayEraseOnce() throws Exception {
        LocalDate closed = LocalDate.of(2027, 9, 1);
        clock.moveTo(closed);
        CurrentTenant council = council();
        String id = closedClient(council, "SW-RET-RACE", closed);
        LocalDate day = closed.plusYears(7);
        clock.moveTo(day);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<String> run = () -> {
                    together.await();
                    try {
                        return TenantContext.callAs(council, () -> retention.run(day)).map(RetentionRun::getErased).map(n -> "ran " + n)
                                .orElse("skipped");
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
            assertEquals(1, outcomes.stream().filter("ran 1"::equals).count(), outcomes.toString());
        } finally {
            pool.shutdownNow();
        }
        assertTrue(record(council, id).isErased());
        assertEquals(1, in(council, () -> audit.find("system", ClientService.ERASED, id, null, null, "10")).size());
    }
}
