package org.microcare.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.List;
import java.util.UUID;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.microcare.domain.model.tenant.Nation;

/**
 * The one test archive builder: the ejb-module's classes and resources in a WAR, with the same
 * libraries the web modules bundle, pointed at the test database under a platform schema of its own.
 */
public final class MicrocareDeployment {

    private static final List<String> LIBRARIES = List.of(
            "flyway-core", "flyway-mysql", "mysql-connector-j", "jackson-core", "jackson-databind", "jackson-annotations");

    private static volatile String lastPlatformSchema;

    private MicrocareDeployment() {
    }

    /**
     * Drops the schemas of the last deployment built in this JVM. Call from a static
     * {@code @AfterAll}: on the client it cleans up; inside the container it finds nothing to do.
     */
    public static void dropSchemas() {
        String schema = lastPlatformSchema;
        if (schema != null) {
            TestDatabase.serverOrEmbedded().dropSchemasStartingWith(schema);
        }
    }

    public static WebArchive councilServices(String name, Class<?>... testClasses) {
        TestDatabase.Server server = TestDatabase.serverOrEmbedded();
        String platformSchema = "mcaq_" + UUID.randomUUID().toString().substring(0, 8);
        lastPlatformSchema = platformSchema;
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addPackages(true, path -> !path.get().matches(".*(Test|IT)(\\$.*)?\\.class") && !path.get().contains("/testing/"),
                        "org.microcare")
                .addClasses(testClasses)
                .addClass(StartupReady.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsWebInfResource("META-INF/beans.xml", "beans.xml")
                .addAsResource(new StringAsset(String.join("\n",
                        "microcare.db.url=" + server.urlFor(platformSchema) + (server.url().contains("?") ? "&" : "?")
                                + "createDatabaseIfNotExist=true&user=" + server.user() + "&password=" + server.password(),
                        "microcare.auth.pbkdf2-iterations=1000",
                        "microcare.startup.migrate-tenants=true",
                        "microcare.startup.bootstrap-operator=false",
                        "microcare.test.platform-schema=" + platformSchema,
                        "microcare.test.latest-tenant-version=" + latestTenantVersion())), "META-INF/microprofile-config.properties");
        for (String migration : migrations()) {
            war.addAsResource(migration);
        }
        for (Nation nation : Nation.values()) {
            war.addAsResource("org/microcare/config/nations/" + nation.name() + ".json");
        }
        for (String jar : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String file = new File(jar).getName();
            if (LIBRARIES.stream().anyMatch(lib -> file.startsWith(lib + "-") && file.endsWith(".jar"))) {
                war.addAsLibrary(new File(jar));
            }
        }
        return war;
    }

    /**
     * The version of the newest council migration the module ships (what every council schema must reach):
     * the SQL scripts under db/tenant and the Java migrations beside {@code SchemaMigrator}.
     */
    static String latestTenantVersion() {
        Path javaMigrations = Path.of("target", "classes", "org", "microcare", "infrastructure", "migration");
        try (Stream<Path> classes = Files.list(javaMigrations)) {
            return MigrationVersions.newest(Stream.concat(migrations().stream().filter(m -> m.startsWith("db/tenant/"))
                    .map(m -> m.substring("db/tenant/".length())), classes.map(c -> c.getFileName().toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every Flyway script the module ships, so a new migration never needs listing here. */
    private static List<String> migrations() {
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes.resolve("db"))) {
            return files.filter(f -> f.toString().endsWith(".sql")).map(f -> classes.relativize(f).toString().replace(File.separatorChar, '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
