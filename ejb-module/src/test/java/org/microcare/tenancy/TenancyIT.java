package org.microcare.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.microcare.application.Actor;
import org.microcare.application.AuditQueries;
import org.microcare.application.ProgrammeQueries;
import org.microcare.application.ProgrammeLists;
import org.microcare.application.StartupMigrations;
import org.microcare.testing.StartupReady;
import org.microcare.application.TenantOnboardingService;
import org.microcare.application.TenantOnboardingService.OnboardCouncil;
import org.microcare.domain.model.programme.CatalogueEntry;
import org.microcare.domain.model.tenant.Tenant;
import org.microcare.domain.model.tenant.TenantStatus;
import org.microcare.infrastructure.tenancy.CurrentTenant;
import org.microcare.infrastructure.tenancy.NoTenantException;
import org.microcare.infrastructure.tenancy.TenantContext;
import org.microcare.testing.MicrocareDeployment;

/**
 * In the container: provisioning through the application service, and isolation between two
 * councils at the persistence level, including records with the same id in both schemas and
 * concurrent work for both.
 */
@ExtendWith(ArquillianExtension.class)
class TenancyIT {

    @Deployment
    static WebArchive deployment() {
        return MicrocareDeployment.councilServices("tenancy", TenancyIT.class, TenancyTestSupport.class);
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
    ProgrammeLists catalogue;

    @Inject
    ProgrammeQueries programmes;

    @Inject
    TenancyTestSupport support;

    @Inject
    AuditQueries audit;

    @PersistenceUnit(unitName = "microcare")
    EntityManagerFactory emf;

    @BeforeEach
    void platformIsMigrated() throws InterruptedException {
        StartupReady.await(startup, java.time.Duration.ofSeconds(60));
    }

    private Tenant onboard(String prefix, String nation) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        Tenant t = onboarding.onboard(new OnboardCouncil(id, prefix + " Council", nation, prefix + " programme",
                "admin", "admin-password-" + prefix), "arquillian");
        assertEquals(TenantStatus.ACTIVE, t.getStatus(), t.getFailureReason());
        return t;
    }

    /** Two new councils, each with a service of the same id under its own name. */
    private record TwoCouncils(Tenant a, Tenant b, String serviceId) {
    }

    private TwoCouncils sameServiceIdInTwo(String prefix, String nationA, String nationB, String nameInA, String nameInB) throws Exception {
        Tenant a = onboard(prefix + "-a", nationA);
        Tenant b = onboard(prefix + "-b", nationB);
        String id = UUID.randomUUID().toString();
        String code = prefix.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        support.insertService(a.getSchemaName(), id, code, nameInA);
        support.insertService(b.getSchemaName(), id, code, nameInB);
        return new TwoCouncils(a, b, id);
    }

    private static <T> T as(Tenant tenant, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(CurrentTenant.of(tenant), work);
    }

    @Test
    void onboardingCreatesAMigratedSeededSchemaPerCouncil() throws Exception {
        Tenant scot = onboard("scot", "SCOTLAND");
        Tenant wales = onboard("wales", "WALES");
        assertNotEquals(scot.getSchemaName(), wales.getSchemaName());
        for (Tenant t : List.of(scot, wales)) {
            assertTrue(support.tables(t.getSchemaName()).containsAll(List.of("programme", "council_user", "care_service",
                    "framework_requirement", "audit_entry", "flyway_schema_history", "locality", "framework_version", "rate",
                    "grant_scheme", "grant_application", "target", "micro_enterprise", "micro_enterprise_code",
                    "micro_enterprise_availability", "micro_enterprise_stage_change", "compliance_evidence", "support_session",
                    "framework_requirement_service")));
            assertEquals(org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("microcare.test.latest-tenant-version", String.class),
                    t.getSchemaVersion(), "the newest council migration the module ships");
        }
        assertEquals("scot programme", as(scot, () -> programmes.programme().getProgrammeName()));
        assertEquals("WALES", as(wales, () -> programmes.programme().getNation().name()));
        assertTrue(as(wales, () -> programmes.programme().isWelshLanguage()));
        assertFalse(as(scot, () -> programmes.programme().isWelshLanguage()));
    }

    @Test
    void recordsWithTheSameIdStayInTheirOwnCouncil() throws Exception {
        TwoCouncils two = sameServiceIdInTwo("collide", "ENGLAND", "ENGLAND", "A's service", "B's service");
        Tenant a = two.a();
        Tenant b = two.b();
        String id = two.serviceId();

        assertEquals("A's service", as(a, () -> catalogue.get(ProgrammeLists.Kind.SERVICE, id).getName()));
        assertEquals("B's service", as(b, () -> catalogue.get(ProgrammeLists.Kind.SERVICE, id).getName()));

        as(a, () -> catalogue.rename(ProgrammeLists.Kind.SERVICE, id, "A renamed", catalogue.get(ProgrammeLists.Kind.SERVICE, id).getVersion(), new Actor("arquillian", null)));
        assertEquals("A renamed", support.serviceName(a.getSchemaName(), id));
        assertEquals("B's service", support.serviceName(b.getSchemaName(), id));
        assertEquals("B's service", as(b, () -> catalogue.get(ProgrammeLists.Kind.SERVICE, id).getName()));
        assertEquals("A renamed", as(a, () -> catalogue.get(ProgrammeLists.Kind.SERVICE, id).getName()));
        assertEquals(1, as(a, () -> audit.find("arquillian", "SERVICE_RENAMED", id, null, null, null)).size(), "audited in A");
        assertEquals(0, as(b, () -> audit.find("arquillian", "SERVICE_RENAMED", id, null, null, null)).size(), "and only in A");
    }

    @Test
    void concurrentWorkForTwoCouncilsNeverCrosses() throws Exception {
        TwoCouncils two = sameServiceIdInTwo("conc", "SCOTLAND", "WALES", "from A", "from B");
        Tenant a = two.a();
        Tenant b = two.b();
        String id = two.serviceId();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                Tenant t = i % 2 == 0 ? a : b;
                results.add(pool.submit(() -> as(t, () -> catalogue.get(ProgrammeLists.Kind.SERVICE, id).getName()
                        + "|" + programmes.programme().getId()
                        + "|" + catalogue.list(ProgrammeLists.Kind.SERVICE).stream().map(CatalogueEntry::getName).filter(n -> n.startsWith("from ")).toList())));
            }
            for (int i = 0; i < results.size(); i++) {
                Tenant t = i % 2 == 0 ? a : b;
                String mine = i % 2 == 0 ? "from A" : "from B";
                assertEquals(mine + "|" + t.getId() + "|[" + mine + "]", results.get(i).get(), "task " + i);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(TenantContext.current().isEmpty());
    }

    @Test
    void oneTransactionNeverWorksForTwoCouncils() throws Exception {
        TwoCouncils two = sameServiceIdInTwo("one-tx", "ENGLAND", "ENGLAND", "A's", "B's");
        CurrentTenant first = CurrentTenant.of(two.a());
        assertEquals(List.of("A's", "A's"), support.serviceNamesInOneTransaction(first, first, two.serviceId()),
                "the same council twice in one transaction is fine");
        EJBException refused = assertThrows(EJBException.class,
                () -> support.serviceNamesInOneTransaction(first, CurrentTenant.of(two.b()), two.serviceId()));
        Throwable cause = rootOfType(refused, IllegalStateException.class);
        assertInstanceOf(IllegalStateException.class, cause, "the second council is refused, not served from the first's schema");
        assertEquals("A transaction bound to one council was asked to work for another", cause.getMessage());
        assertEquals("B's", TenantContext.callAs(CurrentTenant.of(two.b()), () -> catalogue.get(ProgrammeLists.Kind.SERVICE,
                two.serviceId()).getName()), "and B reads its own row after");
    }

    /** The first cause of the given type, else the deepest cause. */
    private static Throwable rootOfType(Throwable e, Class<? extends Throwable> type) {
        Throwable cause = e;
        while (cause.getCause() != null && !type.isInstance(cause)) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Test
    void councilDataWithNoCouncilInContextFailsBeforeAnySql() {
        assertTrue(TenantContext.current().isEmpty());
        EJBException e = assertThrows(EJBException.class, () -> catalogue.list(ProgrammeLists.Kind.SERVICE));
        assertInstanceOf(NoTenantException.class, rootOfType(e, NoTenantException.class));
    }

    @Test
    void councilsDoNotShareACache() {
        Object shared = emf.getProperties().get("eclipselink.multitenant.tenants-share-cache");
        assertFalse(shared != null && Boolean.parseBoolean(shared.toString()), "tenants-share-cache must stay off");
    }
}
