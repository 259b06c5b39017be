package org.microcare.infrastructure.tenancy;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.config.TargetServer;

/**
 * One EntityManagerFactory per council schema, built the first time a transaction of that council needs
 * it, and the transaction's EntityManager taken from it ({@link CouncilData}).
 *
 * <p>Why not the one shared factory with the tenant id set on each EntityManager: under
 * {@code TABLE_PER_TENANT} every transaction's client session then copies and initialises all the
 * council's descriptors again, which was 61.5 % of the CPU of a minimal council request (docs/benchmarks.md,
 * "The JFR share"), and had to be done one at a time (eclipse-ee4j/eclipselink#2406). A factory made with
 * the tenant id ({@code tenants-share-emf=false}) initialises its descriptors for that schema once; its
 * sessions are then as cheap as in a single-tenant unit, and its JPQL parse cache lasts.
 *
 * <p>What stays as decided: the tenant id is fixed once per transaction (the transaction's EntityManager is
 * made for the council of {@link TenantContext#require()}, which only holds a tenant that matched the tenant
 * store, and {@link TenantTransactionInterceptor} refuses a second council); nothing is cached across
 * transactions ({@code shared-cache-mode NONE} applies to each factory, and no factory shares a cache with
 * another); the database is the source of truth. A factory holds only metadata. Platform entities (the
 * tenant store, operators) keep the container's unit.
 *
 * <p>The cost: memory. A council's factory holds its unit's metadata, about 0.7 MB of live heap, in each module
 * that works for that council (docs/benchmarks.md, "One persistence unit per council").
 */
@ApplicationScoped
public class CouncilPersistence {

    private static final Logger LOG = Logger.getLogger(CouncilPersistence.class.getName());

    @Resource(lookup = "java:app/jdbc/microcare")
    DataSource dataSource;

    /** EclipseLink names sessions in one table for the whole server: each module's own factories. */
    @Resource(lookup = "java:app/AppName")
    String application;

    @Resource(lookup = "java:module/ModuleName")
    String module;

    private final ConcurrentMap<String, EntityManagerFactory> factories = new ConcurrentHashMap<>();

    /**
     * The council EntityManager repositories inject: each call goes to the current transaction's
     * ({@link CouncilTransaction}); outside a transaction there is none, and the call fails.
     */
    @Produces
    @CouncilData
    EntityManager transactionEntityManager(CouncilTransaction transaction) {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "Council EntityManager of the current transaction";
                        };
                    }
                    try {
                        return method.invoke(transaction.entityManager(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    EntityManagerFactory factory(String schema) {
        return factories.computeIfAbsent(SchemaNames.checked(schema), this::create);
    }

    /**
     * Made one at a time: rare (once per council and module), and EclipseLink's deployment of one unit is not
     * something to interleave with another's (see eclipse-ee4j/eclipselink#2406 for what its shared metadata
     * did under concurrent session set-up).
     */
    private synchronized EntityManagerFactory create(String schema) {
        long started = System.nanoTime();
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("microcare", Map.of(
                PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, schema,
                PersistenceUnitProperties.MULTITENANT_SHARED_EMF, "false",
                PersistenceUnitProperties.MULTITENANT_SHARED_CACHE, "false",
                PersistenceUnitProperties.SESSION_NAME, "microcare/" + application + "/" + module + "/" + schema,
                PersistenceUnitProperties.JTA_DATASOURCE, dataSource,
                PersistenceUnitProperties.TARGET_SERVER, TargetServer.Glassfish,
                PersistenceUnitProperties.WEAVING, "false"));
        factory.getMetamodel(); // deploys the unit now, not in the middle of the first statement
        LOG.info(() -> "Council schema " + schema + ": persistence unit ready in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return factory;
    }

    @PreDestroy
    void closeAll() {
        factories.values().forEach(EntityManagerFactory::close);
        factories.clear();
    }
}
