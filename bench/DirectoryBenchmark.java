import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.microcare.domain.model.directory.ComplianceWindows;

/**
 * Public directory search (HTML) and the Open Referral feed's {@code /services} of one council with
 * many listed MEs among many small councils, against {@code /health/live} on the same server in the
 * same run (see docs/benchmarks.md). Loopback only; every phase is bounded in requests or seconds.
 *
 * <p>Data: {@code --councils} councils onboarded through the operator API, a few localities each through
 * the council API, then listed, compliant MEs (codes, weekly windows, stage timeline, one valid evidence
 * record per applicable mandatory requirement of the council's framework in force today) inserted
 * straight into each council schema over JDBC in batches: {@code --big-mes} in the first council,
 * {@code --small-mes} in each of the others.
 *
 * <p>Measures: (1) one client, {@code --requests} sequential requests per endpoint after a warm-up:
 * p50/p95/p99; (2) {@code --threads} clients for {@code --seconds} per endpoint: requests/s as a ratio to
 * {@code /health/live} (measured before and after), errors (anything but 200), CPU of the platform, the
 * database and this client, samples of the platform's request threads (jcmd Thread.print) and of the
 * statements running in the database (SHOW FULL PROCESSLIST), and EXPLAIN of the statements seen most.
 *
 * Usage: bench/run-directory.sh [--councils 100] [--big-mes 10000] [--small-mes 5] [--requests 300]
 *          [--threads 16] [--seconds 30] [--warmup-seconds 15] [--per-page 20] [--directory auto|yes|no]
 *          [--pause-seconds 0 (after loading, before measuring: to look at the data by hand)]
 *          [--db-url …] [--db-user root] [--db-password ""]
 */
public class DirectoryBenchmark {

    static final BenchPlatform.Db db = new BenchPlatform.Db();
    static int councils = 100;
    static int bigMes = 10_000;
    static int smallMes = 5;
    static int requests = 300;
    static int threads = 16;
    static int seconds = 30;
    static int warmupSeconds = 15;
    static int perPage = 20;
    static String directoryMode = "auto";
    static int pauseSeconds = 0;
    static final String BIG = "big";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--councils" -> councils = Integer.parseInt(v);
                case "--big-mes" -> bigMes = Integer.parseInt(v);
                case "--small-mes" -> smallMes = Integer.parseInt(v);
                case "--requests" -> requests = Integer.parseInt(v);
                case "--threads" -> threads = Integer.parseInt(v);
                case "--seconds" -> seconds = Integer.parseInt(v);
                case "--warmup-seconds" -> warmupSeconds = Integer.parseInt(v);
                case "--per-page" -> perPage = Integer.parseInt(v);
                case "--directory" -> directoryMode = v;
                case "--pause-seconds" -> pauseSeconds = Integer.parseInt(v);
                default -> {
                    if (!db.option(args[i], v)) {
                        throw new IllegalArgumentException("Unknown option " + args[i]);
                    }
                }
            }
        }
        if (councils < 1 || councils > 200 || bigMes > 50_000 || smallMes > 100 || requests > 5_000 || threads > 64
                || seconds > 120 || warmupSeconds > 120 || pauseSeconds > 3600) {
            throw new IllegalArgumentException("Out of bounds: at most 200 councils, 50000 MEs, 5000 requests, 64 threads, 120 s");
        }
        System.out.printf("councils=%d bigMes=%d smallMes=%d requests=%d threads=%d seconds=%d warmup=%ds perPage=%d db=%s%n",
                councils, bigMes, smallMes, requests, threads, seconds, warmupSeconds, perPage, db.where());
        try (BenchPlatform platform = BenchPlatform.start(db, "-Xmx1g", "-XX:+UseSerialGC")) {
            System.out.println("platform schema " + platform.schema + ", port " + platform.port + ", pid " + platform.process.pid());
            run(platform);
        }
    }

    record Endpoint(String name, IntFunction<String> path) {
    }

    static void run(BenchPlatform platform) throws Exception {
        long t0 = System.nanoTime();
        List<String> ids = new ArrayList<>();
        ids.add(BIG);
        String[] nations = {"ENGLAND", "SCOTLAND", "WALES", "NORTHERN_IRELAND"};
        for (int i = 1; i < councils; i++) {
            ids.add(String.format("small-%03d", i));
        }
        for (int i = 0; i < ids.size(); i++) {
            platform.onboard(ids.get(i), i == 0 ? "SCOTLAND" : nations[i % nations.length]);
        }
        System.out.printf("onboarded %d councils in %.1f s%n", ids.size(), (System.nanoTime() - t0) / 1e9);

        long t1 = System.nanoTime();
        for (String id : ids) {
            for (String place : places(id.equals(BIG) ? 8 : 3, id.hashCode())) {
                platform.councilPost(id, "localities", "{\"code\":\"" + place.toUpperCase(Locale.ROOT).replace(' ', '_') + "\",\"name\":\"" + place + "\"}");
            }
        }
        System.out.printf("added localities through the council API in %.1f s%n", (System.nanoTime() - t1) / 1e9);

        long t2 = System.nanoTime();
        Map<String, Integer> offersOfBig = null;
        for (String id : ids) {
            Map<String, Integer> offers = load(platform.councilSchema(id), id.equals(BIG) ? bigMes : smallMes, id.hashCode());
            if (id.equals(BIG)) {
                offersOfBig = offers;
            }
        }
        System.out.printf("loaded %d + %d x %d listed MEs over JDBC in %.1f s; offers per service in %s: %s%n", bigMes, councils - 1, smallMes,
                (System.nanoTime() - t2) / 1e9, BIG, offersOfBig);
        Map<String, Integer> loaded = offersOfBig;

        // What the feed says about the big council must match what was loaded.
        Map<String, String> terms = new LinkedHashMap<>();   // term id -> service code
        Matcher tm = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"[^{}]*?\"code\":\"([A-Z_]+)\"")
                .matcher(platform.get("/c/" + BIG + "/openreferral/taxonomy_terms?per_page=100"));
        while (tm.find()) {
            terms.put(tm.group(1), tm.group(2));
        }
        int totalOffers = offersOfBig.values().stream().mapToInt(Integer::intValue).sum();
        long feedTotal = totalItems(platform.get("/c/" + BIG + "/openreferral/services?per_page=1"));
        if (feedTotal != totalOffers || terms.size() != offersOfBig.size()) {
            throw new IllegalStateException("The feed shows " + feedTotal + " services and " + terms.size() + " terms; loaded "
                    + totalOffers + " offers of " + offersOfBig.size() + " services");
        }
        List<String> termIds = new ArrayList<>(terms.keySet());
        Map<String, Integer> pagesOfTerm = new HashMap<>();
        for (String term : termIds) {
            long n = totalItems(platform.get("/c/" + BIG + "/openreferral/services?taxonomy_term_id=" + term + "&per_page=" + perPage));
            if (n != offersOfBig.get(terms.get(term))) {
                throw new IllegalStateException("Term " + terms.get(term) + ": feed " + n + ", loaded " + offersOfBig.get(terms.get(term)));
            }
            pagesOfTerm.put(term, (int) ((n + perPage - 1) / perPage));
            System.out.printf("  %-18s %5d of %d MEs (%.0f%%), %d pages of %d%n", terms.get(term), n, bigMes, 100.0 * n / bigMes,
                    pagesOfTerm.get(term), perPage);
        }

        if (pauseSeconds > 0) {
            // For looking at the data and the plans by hand; the run ends (and drops everything) by itself.
            System.out.printf("pausing %d s: %s on port %d, council schema %s%n", pauseSeconds, platform.base, platform.port, platform.councilSchema(BIG));
            Thread.sleep(pauseSeconds * 1000L);
        }

        // Each request: a service filter and a page drawn uniformly over that filter's pages (seeded).
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(new Endpoint("/health/live", i -> "/health/live"));
        endpoints.add(new Endpoint("feed /services", i -> {
            Random r = new Random(i * 7919L);
            String term = termIds.get(r.nextInt(termIds.size()));
            return "/c/" + BIG + "/openreferral/services?taxonomy_term_id=" + term + "&page=" + (1 + r.nextInt(pagesOfTerm.get(term)))
                    + "&per_page=" + perPage;
        }));
        boolean directory = switch (directoryMode) {
            case "yes" -> true;
            case "no" -> false;
            default -> BenchPlatform.send(HttpRequest.newBuilder(URI.create(platform.base + "/c/" + BIG + "/directory")).build()).statusCode() == 200;
        };
        if (directory) {
            int directorySize = directoryPageSize(platform, loaded);
            System.out.println("directory page size: " + directorySize);
            endpoints.add(new Endpoint("directory (HTML)", i -> {
                Random r = new Random(i * 7919L);
                String term = termIds.get(r.nextInt(termIds.size()));
                int pages = (loaded.get(terms.get(term)) + directorySize - 1) / directorySize;
                return "/c/" + BIG + "/directory?service=" + terms.get(term) + "&page=" + (1 + r.nextInt(pages));
            }));
        } else {
            System.out.println("no /c/{tenant}/directory in this build: the feed only");
        }

        // Warm-up: every endpoint under the full concurrency, not counted.
        for (Endpoint e : endpoints) {
            Load warm = load(platform, e, threads, warmupSeconds, 1_000_000);
            System.out.printf("warm-up %-18s %d requests, %d errors%n", e.name, warm.done, warm.errors);
        }

        // (1) One client.
        System.out.println();
        System.out.printf("(1) one client, %d sequential requests per endpoint%n", requests);
        System.out.println("| endpoint | p50 ms | p95 ms | p99 ms | max ms | errors | p95 <= 50 ms |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Endpoint e : endpoints) {
            List<Long> nanos = new ArrayList<>();
            int errors = 0;
            for (int i = 0; i < requests; i++) {
                String path = e.path.apply(1_000_000 + i);
                long s = System.nanoTime();
                int status = status(platform, path);
                nanos.add(System.nanoTime() - s);
                if (status != 200) {
                    errors++;
                    platform.keepLog();
                }
            }
            double p95 = BenchPlatform.percentile(nanos, 95) / 1e6;
            System.out.printf("| %s | %.1f | %.1f | %.1f | %.1f | %d | %s |%n", e.name, BenchPlatform.percentile(nanos, 50) / 1e6, p95,
                    BenchPlatform.percentile(nanos, 99) / 1e6, BenchPlatform.percentile(nanos, 100) / 1e6, errors,
                    e.name.startsWith("/health") ? "(baseline)" : p95 <= 50 ? "met" : "NOT met");
        }

        // (2) Concurrent clients: the baseline before and after the measured endpoints.
        System.out.println();
        System.out.printf("(2) %d clients, %d s per endpoint%n", threads, seconds);
        List<Endpoint> order = new ArrayList<>(endpoints);
        order.add(endpoints.get(0));
        Map<String, Load> results = new LinkedHashMap<>();
        List<String> rows = new ArrayList<>();
        double baseline = 0;
        for (int k = 0; k < order.size(); k++) {
            Endpoint e = order.get(k);
            Load l = load(platform, e, threads, seconds, Integer.MAX_VALUE);
            String key = k == order.size() - 1 ? e.name + " (again)" : e.name;
            results.put(key, l);
            if (e.name.startsWith("/health")) {
                baseline += l.perSecond() / 2;
            }
            System.out.printf("  %-26s %8.1f req/s, %d errors, mean %.1f ms; CPU cores: platform %.2f, database %.2f, this client %.2f, whole machine %.2f of 2%n",
                    key, l.perSecond(), l.errors, l.meanMillis(), l.cpu[0], l.cpu[1], l.cpu[2], l.cpu[3]);
            if (!l.threadSummary.isEmpty()) {
                System.out.println("    request threads (jcmd Thread.print samples): " + l.threadSummary);
            }
            if (!l.dbSummary.isEmpty()) {
                System.out.println("    statements running in the database (SHOW FULL PROCESSLIST samples): " + l.dbSummary);
            }
        }
        System.out.println();
        System.out.println("| endpoint | requests/s | ratio to /health/live | errors | mean latency ms | platform CPU (cores) | DB CPU (cores) | client CPU (cores) | machine CPU (of 2) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (Map.Entry<String, Load> r : results.entrySet()) {
            Load l = r.getValue();
            System.out.printf("| %s | %.1f | %.3g | %d | %.1f | %.2f | %.2f | %.2f | %.2f |%n", r.getKey(), l.perSecond(), l.perSecond() / baseline,
                    l.errors, l.meanMillis(), l.cpu[0], l.cpu[1], l.cpu[2], l.cpu[3]);
        }
        System.out.printf("baseline /health/live: mean of the two runs, %.1f req/s%n", baseline);

        // The statements seen most while the endpoints ran: their plans and their time run alone over JDBC.
        System.out.println();
        explain(platform.councilSchema(BIG));

        // (3) A framework change renews every ME's stored compliance ranges in its own transaction: how long
        // the admin waits in the big council. Optional requirements change no range (every ME read, none
        // written); a mandatory one coming into force in two days, then one tomorrow, ends every range still
        // open then (every ME written, twice). Neither changes today's directory (the run ends after this).
        System.out.println();
        System.out.printf("(3) framework changes in %s (each renews the compliance ranges of %d MEs)%n", BIG, bigMes);
        for (int k = 1; k <= 2; k++) {
            long s = System.nanoTime();
            platform.councilPost(BIG, "framework/requirements", "{\"code\":\"BENCH_OPTIONAL_" + k + "\",\"name\":\"Optional check " + k
                    + "\",\"mandatory\":false,\"appliesToServices\":[]}");
            System.out.printf("  add an optional requirement (no range changes): %.0f ms%n", (System.nanoTime() - s) / 1e6);
        }
        for (int k = 1; k <= 2; k++) {
            LocalDate from = TODAY.plusDays(3 - k);
            long s = System.nanoTime();
            platform.councilPost(BIG, "framework/requirements", "{\"code\":\"BENCH_LATER_" + k + "\",\"name\":\"Later check " + k
                    + "\",\"mandatory\":true,\"appliesToServices\":[],\"effectiveFrom\":\"" + from + "\"}");
            double ms = (System.nanoTime() - s) / 1e6;
            long cut;
            try (Connection c = db.connect(platform.councilSchema(BIG)); PreparedStatement q = c.prepareStatement(
                    "SELECT COUNT(DISTINCT micro_enterprise_id) FROM compliance_window WHERE valid_to = ?")) {
                q.setDate(1, Date.valueOf(from));
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    cut = rs.getLong(1);
                }
            }
            System.out.printf("  add a mandatory requirement from %s (ranges of %d MEs now end that day, rewritten): %.0f ms%n", from, cut, ms);
        }
        long after = totalItems(platform.get("/c/" + BIG + "/openreferral/services?per_page=1"));
        if (after != totalOffers) {
            throw new IllegalStateException("After the framework changes the feed shows " + after + " services, not " + totalOffers);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Data

    static final String[] FIRST = {"Ann", "Bill", "Cara", "Dev", "Ewa", "Fraser", "Gill", "Hamid", "Isla", "Jack", "Kirsty", "Liam",
            "Morag", "Nasir", "Olwen", "Priya", "Rhys", "Sana", "Tom", "Una", "Vik", "Wendy", "Yusuf", "Zoe"};
    static final String[] LAST = {"Anderson", "Brown", "Campbell", "Davies", "Evans", "Fraser", "Graham", "Hughes", "Iqbal", "Jones",
            "Kerr", "Lewis", "MacDonald", "Nowak", "Owen", "Patel", "Quinn", "Reid", "Smith", "Thomson", "Wilson", "Young"};
    static final String[] KIND = {"Care", "Home Help", "Companions", "Support", "Carers", "Helping Hands", "Homecare", "Wellbeing"};
    static final String[] PLACES = {"Ayr", "Troon", "Prestwick", "Girvan", "Maybole", "Cumnock", "Dalmellington", "Irvine", "Kilwinning",
            "Largs", "Ardrossan", "Saltcoats", "Dalry", "Beith", "Stewarton", "Kilmarnock", "Galston", "Newmilns", "Darvel", "Mauchline"};
    static final String[] LANGUAGES = {"en", "gd", "cy", "pl", "ur", "pa", "ar"};
    static final String[] SPECIALISMS = {"DEMENTIA", "LEARNING_DISABILITY", "MENTAL_HEALTH", "PHYSICAL_DISABILITY", "END_OF_LIFE", "AUTISM"};
    static final String[] DAYS = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};

    static List<String> places(int n, long seed) {
        List<String> all = new ArrayList<>(Arrays.asList(PLACES));
        java.util.Collections.shuffle(all, new Random(seed));
        return all.subList(0, n);
    }

    record Requirement(String code, boolean medicationOnly, Integer validityMonths, Set<String> services) {
    }

    /**
     * Inserts {@code count} listed MEs into a council schema, each compliant today; returns the number of
     * MEs offering each of the council's services.
     */
    static Map<String, Integer> load(String schema, int count, long seed) throws Exception {
        Random r = new Random(seed);
        Map<String, Integer> offers = new TreeMap<>();
        try (Connection c = db.connect(schema)) {
            List<String> services = strings(c, "SELECT code FROM care_service WHERE retired = FALSE ORDER BY code");
            List<String> localities = strings(c, "SELECT code FROM locality WHERE retired = FALSE ORDER BY code");
            services.forEach(s -> offers.put(s, 0));
            List<Requirement> requirements = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT r.id, r.code, r.medication_only, r.validity_months FROM framework_requirement r"
                    + " WHERE r.mandatory = TRUE AND r.effective_from <= ? AND (r.effective_to IS NULL OR r.effective_to > ?)")) {
                q.setDate(1, Date.valueOf(TODAY));
                q.setDate(2, Date.valueOf(TODAY));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        int months = rs.getInt(4);
                        Integer validity = rs.wasNull() ? null : months;
                        Set<String> only = new LinkedHashSet<>(strings(c, "SELECT service_code FROM framework_requirement_service WHERE requirement_id = '" + id + "'"));
                        requirements.add(new Requirement(rs.getString(2), rs.getBoolean(3), validity, only));
                    }
                }
            }
            // Every revision of every mandatory requirement, for the stored compliance ranges.
            List<ComplianceWindows.Requirement> revisions = new ArrayList<>();
            try (Statement q = c.createStatement(); ResultSet rs = q.executeQuery("SELECT r.id, r.code, r.effective_from, r.effective_to,"
                    + " r.medication_only FROM framework_requirement r WHERE r.mandatory = TRUE")) {
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new Object[] {rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                            rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), rs.getBoolean(5)});
                }
                for (Object[] row : rows) {
                    revisions.add(new ComplianceWindows.Requirement((String) row[1], (LocalDate) row[2], (LocalDate) row[3], (Boolean) row[4],
                            new LinkedHashSet<>(strings(c, "SELECT service_code FROM framework_requirement_service WHERE requirement_id = '" + row[0] + "'"))));
                }
            }
            if (services.isEmpty() || localities.isEmpty() || requirements.isEmpty()) {
                throw new IllegalStateException(schema + ": no services, localities or framework");
            }
            c.setAutoCommit(false);
            try (PreparedStatement me = c.prepareStatement("INSERT INTO micro_enterprise (id, trading_name, owner_name, gender, postcode, hourly_rate,"
                    + " capacity_hours_per_week, personal_care, medication, pets_ok, referral_source, enquiry_date, stage, created_at, version,"
                    + " public_phone, public_email, website, public_description, experience, evenings, weekends, last_minute, age_band,"
                    + " stage_since, last_confirmed_on) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'LISTED',?,0,?,?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement code = c.prepareStatement("INSERT INTO micro_enterprise_code (id, micro_enterprise_id, kind, code, feed_id) VALUES (?,?,?,?,?)");
                 PreparedStatement window = c.prepareStatement("INSERT INTO micro_enterprise_availability (id, micro_enterprise_id, day_of_week, starts_at, ends_at) VALUES (?,?,?,?,?)");
                 PreparedStatement stage = c.prepareStatement("INSERT INTO micro_enterprise_stage_change (id, micro_enterprise_id, position, from_stage, to_stage,"
                         + " changed_on, reason, note, changed_by, changed_at) VALUES (?,?,?,?,?,?,NULL,NULL,'bench',?)");
                 PreparedStatement evidence = c.prepareStatement("INSERT INTO compliance_evidence (id, micro_enterprise_id, requirement_code, checked_on,"
                         + " expires_on, reference, recorded_by, recorded_at, superseded_by, superseded_reason, version) VALUES (?,?,?,?,?,?,'bench',?,NULL,NULL,0)");
                 PreparedStatement compliant = c.prepareStatement("INSERT INTO compliance_window (id, micro_enterprise_id, valid_from, valid_to) VALUES (?,?,?,?)")) {
                for (int n = 0; n < count; n++) {
                    String id = UUID.randomUUID().toString();
                    String first = FIRST[r.nextInt(FIRST.length)];
                    String last = LAST[r.nextInt(LAST.length)];
                    boolean medication = r.nextInt(4) == 0;
                    boolean evenings = r.nextInt(5) == 0;
                    boolean weekends = r.nextInt(4) == 0;
                    LocalDate enquiry = TODAY.minusDays(400 + r.nextInt(800));
                    LocalDate developing = enquiry.plusDays(7 + r.nextInt(60));
                    LocalDate listed = developing.plusDays(14 + r.nextInt(90));
                    Timestamp created = Timestamp.from(enquiry.atStartOfDay(ZoneId.of("Europe/London")).toInstant());
                    // 1 service (50 %), 2 (35 %) or 3 (15 %): each of 7 services is offered by about a quarter of the MEs.
                    int k = r.nextInt(100) < 50 ? 1 : r.nextInt(100) < 70 ? 2 : 3;
                    Set<String> offered = pick(services, k, r);
                    Set<String> areas = pick(localities, 1 + r.nextInt(Math.min(2, localities.size())), r);
                    Set<String> languages = new LinkedHashSet<>(List.of("en"));
                    if (r.nextInt(5) == 0) {
                        languages.add(LANGUAGES[1 + r.nextInt(LANGUAGES.length - 1)]);
                    }
                    Set<String> specialisms = pick(Arrays.asList(SPECIALISMS), r.nextInt(3), r);
                    int i = 1;
                    me.setString(i++, id);
                    me.setString(i++, first + " " + last + " " + KIND[r.nextInt(KIND.length)] + " " + (n + 1));
                    me.setString(i++, first + " " + last);
                    me.setString(i++, new String[] {"FEMALE", "MALE", "NON_BINARY", "NOT_SAID"}[r.nextInt(4)]);
                    me.setString(i++, "KA" + (1 + r.nextInt(30)) + " " + r.nextInt(10) + "AB");
                    me.setBigDecimal(i++, BigDecimal.valueOf(1600 + r.nextInt(1200), 2));
                    me.setInt(i++, r.nextInt(6) == 0 ? 0 : 5 + r.nextInt(35));
                    me.setBoolean(i++, offered.contains("PERSONAL_CARE"));
                    me.setBoolean(i++, medication);
                    me.setBoolean(i++, r.nextBoolean());
                    me.setString(i++, "JOB_CLUB");
                    me.setDate(i++, Date.valueOf(enquiry));
                    me.setTimestamp(i++, created);
                    me.setString(i++, "07700 9" + String.format("%05d", r.nextInt(100000)));
                    me.setString(i++, "me" + (n + 1) + "@example.org");
                    me.setString(i++, r.nextBoolean() ? "https://example.org/me" + (n + 1) : null);
                    me.setString(i++, "Friendly, reliable " + String.join(", ", offered).toLowerCase(Locale.ROOT).replace('_', ' ')
                            + " in " + String.join(" and ", areas).toLowerCase(Locale.ROOT) + ". Local, flexible hours, references available.");
                    me.setString(i++, (2 + r.nextInt(20)) + " years in care; " + (specialisms.isEmpty() ? "general support"
                            : String.join(", ", specialisms).toLowerCase(Locale.ROOT).replace('_', ' ')) + ".");
                    me.setBoolean(i++, evenings);
                    me.setBoolean(i++, weekends);
                    me.setBoolean(i++, r.nextInt(6) == 0);
                    me.setString(i++, new String[] {"FROM_25_TO_34", "FROM_35_TO_49", "FROM_50_TO_64", "FROM_65"}[r.nextInt(4)]);
                    me.setDate(i++, Date.valueOf(listed));
                    me.setDate(i++, Date.valueOf(TODAY.minusDays(r.nextInt(60))));
                    me.addBatch();
                    for (String s : offered) {
                        codeRow(code, id, "SERVICE", s);
                        offers.merge(s, 1, Integer::sum);
                    }
                    for (String s : areas) {
                        codeRow(code, id, "LOCALITY", s);
                    }
                    for (String s : languages) {
                        codeRow(code, id, "LANGUAGE", s);
                    }
                    for (String s : specialisms) {
                        codeRow(code, id, "SPECIALISM", s);
                    }
                    for (String day : pick(Arrays.asList(DAYS), 1 + r.nextInt(5), r)) {
                        int from = 7 + r.nextInt(8);
                        window.setString(1, UUID.randomUUID().toString());
                        window.setString(2, id);
                        window.setString(3, day);
                        window.setTime(4, Time.valueOf(LocalTime.of(from, r.nextBoolean() ? 0 : 30)));
                        window.setTime(5, Time.valueOf(LocalTime.of(Math.min(22, from + 2 + r.nextInt(8)), 0)));
                        window.addBatch();
                    }
                    String[][] moves = {{null, "ENQUIRY"}, {"ENQUIRY", "DEVELOPING"}, {"DEVELOPING", "LISTED"}};
                    LocalDate[] on = {enquiry, developing, listed};
                    for (int p = 0; p < moves.length; p++) {
                        stage.setString(1, UUID.randomUUID().toString());
                        stage.setString(2, id);
                        stage.setInt(3, p);
                        stage.setString(4, moves[p][0]);
                        stage.setString(5, moves[p][1]);
                        stage.setDate(6, Date.valueOf(on[p]));
                        stage.setTimestamp(7, Timestamp.from(on[p].atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant()));
                        stage.addBatch();
                    }
                    List<ComplianceWindows.Evidence> checks = new ArrayList<>();
                    for (Requirement q : requirements) {
                        boolean applies = (!q.medicationOnly || medication)
                                && (q.services.isEmpty() || q.services.stream().anyMatch(offered::contains));
                        if (!applies) {
                            continue;
                        }
                        LocalDate checked = TODAY.minusDays(30 + r.nextInt(300));
                        checks.add(new ComplianceWindows.Evidence(q.code, checked, q.validityMonths == null ? null : checked.plusMonths(q.validityMonths)));
                        evidence.setString(1, UUID.randomUUID().toString());
                        evidence.setString(2, id);
                        evidence.setString(3, q.code);
                        evidence.setDate(4, Date.valueOf(checked));
                        evidence.setDate(5, q.validityMonths == null ? null : Date.valueOf(checked.plusMonths(q.validityMonths)));
                        evidence.setString(6, "REF-" + (n + 1) + "-" + q.code);
                        evidence.setTimestamp(7, Timestamp.from(checked.atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant()));
                        evidence.addBatch();
                    }
                    // What the platform stores for this evidence: its own computation (ComplianceWindows).
                    for (ComplianceWindows.Window w : ComplianceWindows.of(revisions, checks, offered, medication)) {
                        compliant.setString(1, UUID.randomUUID().toString());
                        compliant.setString(2, id);
                        compliant.setDate(3, Date.valueOf(w.from()));
                        compliant.setDate(4, w.to() == null ? null : Date.valueOf(w.to()));
                        compliant.addBatch();
                    }
                    if ((n + 1) % 500 == 0 || n == count - 1) {
                        me.executeBatch();
                        code.executeBatch();
                        window.executeBatch();
                        stage.executeBatch();
                        evidence.executeBatch();
                        compliant.executeBatch();
                        c.commit();
                    }
                }
            }
            // The directory rows the platform derives from stage, name, services and ranges (V18), as its migration does.
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO directory_listing (micro_enterprise_id, valid_from, valid_to, trading_name)"
                        + " SELECT m.id, w.valid_from, w.valid_to, m.trading_name FROM micro_enterprise m"
                        + " JOIN compliance_window w ON w.micro_enterprise_id = m.id WHERE m.stage = 'LISTED'");
                s.executeUpdate("INSERT INTO directory_offer (micro_enterprise_id, service_code, valid_from, valid_to, trading_name)"
                        + " SELECT m.id, c.code, w.valid_from, w.valid_to, m.trading_name FROM micro_enterprise m"
                        + " JOIN compliance_window w ON w.micro_enterprise_id = m.id"
                        + " JOIN micro_enterprise_code c ON c.micro_enterprise_id = m.id AND c.kind = 'SERVICE' WHERE m.stage = 'LISTED'");
            }
            // The daily directory job has already run today and seen them all (else its first run, at
            // minute 7 of an hour, would record every ME as joining while the benchmark measures).
            try (PreparedStatement run = c.prepareStatement("INSERT INTO directory_run (run_day, started_at, visible, left_count, came_back) VALUES (?,?,?,0,0)");
                 PreparedStatement presence = c.prepareStatement("INSERT INTO directory_presence (micro_enterprise_id, since_day)"
                         + " SELECT m.id, m.stage_since FROM micro_enterprise m")) {
                run.setDate(1, Date.valueOf(TODAY));
                run.setTimestamp(2, Timestamp.from(Instant.now()));
                run.setInt(3, count);
                run.executeUpdate();
                presence.executeUpdate();
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                for (String t : List.of("micro_enterprise", "micro_enterprise_code", "micro_enterprise_availability",
                        "micro_enterprise_stage_change", "compliance_evidence", "compliance_window", "directory_listing", "directory_offer")) {
                    s.execute("ANALYZE TABLE " + t);
                }
            }
        }
        return offers;
    }

    static void codeRow(PreparedStatement code, String me, String kind, String value) throws Exception {
        code.setString(1, UUID.randomUUID().toString());
        code.setString(2, me);
        code.setString(3, kind);
        code.setString(4, value);
        // as MicroEnterpriseCode does: a service's public (Open Referral) id, name-based on the ME and code
        code.setString(5, "SERVICE".equals(kind) ? UUID.nameUUIDFromBytes(("microcare:openreferral:service\u0000" + me + "\u0000" + value)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString() : null);
        code.addBatch();
    }

    static <T> Set<T> pick(List<T> from, int k, Random r) {
        List<T> copy = new ArrayList<>(from);
        java.util.Collections.shuffle(copy, r);
        return new LinkedHashSet<>(copy.subList(0, Math.min(k, copy.size())));
    }

    static List<String> strings(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static long totalItems(String json) {
        Matcher m = Pattern.compile("\"total_items\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No total_items in " + json.substring(0, Math.min(200, json.length())));
        }
        return Long.parseLong(m.group(1));
    }

    /**
     * How many MEs one directory page lists (the result cards on page 1), after checking that the page's
     * count of each service's MEs ("2,279 micro-enterprises found") is what was loaded.
     */
    static int directoryPageSize(BenchPlatform platform, Map<String, Integer> loaded) throws Exception {
        int size = 0;
        for (Map.Entry<String, Integer> service : loaded.entrySet()) {
            String html = platform.get("/c/" + BIG + "/directory?service=" + service.getKey() + "&page=1");
            Matcher found = Pattern.compile("([\\d,]+) micro-enterprises found").matcher(html);
            if (!found.find() || Integer.parseInt(found.group(1).replace(",", "")) != service.getValue()) {
                throw new IllegalStateException("Directory for " + service.getKey() + ": " + (found.find(0) ? found.group() : "no count")
                        + ", loaded " + service.getValue());
            }
            Matcher cards = Pattern.compile("id=\"listing-").matcher(html);
            int n = 0;
            while (cards.find()) {
                n++;
            }
            size = Math.max(size, n);
        }
        if (size == 0) {
            throw new IllegalStateException("No result cards on the directory page");
        }
        return size;
    }

    // ---------------------------------------------------------------------------------------------
    // Load

    static int status(BenchPlatform platform, String path) {
        try {
            HttpResponse<byte[]> r = BenchPlatform.HTTP.send(HttpRequest.newBuilder(URI.create(platform.base + path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    static final class Load {
        long done;
        long errors;
        long nanosTotal;
        double elapsed;
        double[] cpu = new double[4];
        String threadSummary = "";
        String dbSummary = "";

        double perSecond() {
            return done / elapsed;
        }

        double meanMillis() {
            return done == 0 ? 0 : nanosTotal / 1e6 / done;
        }
    }

    /** {@code n} client threads for {@code seconds} (or {@code max} requests in all), sampling CPU, threads and the database meanwhile. */
    static Load load(BenchPlatform platform, Endpoint e, int n, int seconds, int max) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong nanos = new AtomicLong();
        AtomicLong issued = new AtomicLong();
        Map<Integer, Long> firstErrors = new ConcurrentHashMap<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long[] cpu0 = cpu(platform);
        long start = System.nanoTime();
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            int me = t;
            Thread th = new Thread(() -> {
                for (int i = 0; System.nanoTime() < end; i++) {
                    if (issued.incrementAndGet() > max) {
                        return;
                    }
                    long s = System.nanoTime();
                    int status = status(platform, e.path.apply(me * 1_000_003 + i));
                    nanos.addAndGet(System.nanoTime() - s);
                    done.incrementAndGet();
                    if (status != 200) {
                        errors.incrementAndGet();
                        firstErrors.merge(status, 1L, Long::sum);
                    }
                }
            }, "client-" + t);
            th.start();
            clients.add(th);
        }
        Load l = new Load();
        boolean sample = !e.name.startsWith("/health") && seconds >= 10;
        if (sample) {
            Map<String, Integer> threadStates = new TreeMap<>();
            Map<String, Integer> running = new TreeMap<>();
            int dbSamples = 0;
            int dbRunning = 0;
            int dumps = 0;
            for (int s = 1; s <= Math.min(10, seconds - 2); s++) {
                Thread.sleep(Math.max(0, start + s * (seconds * 1_000_000_000L / (Math.min(10, seconds - 2) + 1)) - System.nanoTime()) / 1_000_000);
                if (s % 3 == 0) {
                    classifyThreads(platform.jcmd("Thread.print"), threadStates);
                    dumps++;
                }
                dbRunning += processlist(platform.schema, running);
                dbSamples++;
            }
            l.threadSummary = dumps + " dumps, request threads by what they were doing " + threadStates;
            l.dbSummary = String.format("%d samples, %.1f statements of the platform running on average; by kind %s", dbSamples,
                    (double) dbRunning / dbSamples, running);
        }
        for (Thread th : clients) {
            th.join();
        }
        l.elapsed = (System.nanoTime() - start) / 1e9;
        long[] cpu1 = cpu(platform);
        for (int i = 0; i < 4; i++) {
            l.cpu[i] = (cpu1[i] - cpu0[i]) / 100.0 / l.elapsed;
        }
        l.done = done.get();
        l.errors = errors.get();
        l.nanosTotal = nanos.get();
        if (!firstErrors.isEmpty()) {
            System.out.println("    statuses of errors (-1: no answer): " + firstErrors);
            platform.keepLog();
        }
        return l;
    }

    // ---------------------------------------------------------------------------------------------
    // What limits it

    /** CPU ticks (1/100 s) used so far by the platform, the database server, this JVM, and the whole machine (busy). */
    static long[] cpu(BenchPlatform platform) {
        long[] out = new long[4];
        out[0] = ticks(platform.process.pid());
        out[1] = DB_PID < 0 ? 0 : ticks(DB_PID);
        out[2] = ticks(ProcessHandle.current().pid());
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length; i++) {
                if (i != 4 && i != 5 && i < 9) {   // all but idle and iowait; guest time is inside user
                    busy += Long.parseLong(f[i]);
                }
            }
            out[3] = busy;
        } catch (Exception ignored) {
            // not Linux
        }
        return out;
    }

    static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (Exception e) {
            return 0;
        }
    }

    /** The database server's process, if there is exactly one on this machine (else its CPU is not reported). */
    static final long DB_PID = findDatabase();

    static long findDatabase() {
        List<Long> found = new ArrayList<>();
        try (var all = Files.list(Path.of("/proc"))) {
            for (Path p : all.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String comm = Files.readString(p.resolve("comm")).trim();
                    if (comm.equals("mariadbd") || comm.equals("mysqld")) {
                        found.add(Long.parseLong(p.getFileName().toString()));
                    }
                } catch (Exception gone) {
                    // ended meanwhile
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return found.size() == 1 ? found.get(0) : -1;
    }

    /** Request threads of one dump, by what they were doing: idle, in the database (socket read under the driver), waiting for a pooled connection, else their top application frame. */
    static void classifyThreads(String dump, Map<String, Integer> into) {
        for (String block : dump.split("\\n\\s*\\n")) {
            if (!block.startsWith("\"http-thread-pool")) {
                continue;
            }
            String kind;
            if (block.contains("com.mysql.cj") && (block.contains("SocketDispatcher.read") || block.contains("NioSocketImpl.read")
                    || block.contains("socketRead"))) {
                kind = "db";
            } else if (block.contains("com.sun.enterprise.resource.pool") && block.contains("State: WAITING")
                    || block.contains("State: TIMED_WAITING") && block.contains("ConnectionPool")) {
                kind = "waiting for a connection";
            } else if (!block.contains("org.microcare") && !block.contains("State: RUNNABLE")) {
                kind = "idle";
            } else {
                Matcher m = Pattern.compile("at (org\\.microcare\\.[\\w.$]+)\\.(\\w+)\\(").matcher(block);
                String top = m.find() ? m.group(1).replaceAll(".*\\.", "") + "." + m.group(2) : "server code";
                kind = "cpu:" + top;
            }
            into.merge(kind, 1, Integer::sum);
        }
    }

    static final Map<String, String> STATEMENTS = new ConcurrentHashMap<>();   // shape -> one full text
    static final Map<String, Integer> SEEN = new ConcurrentHashMap<>();

    /** Statements of the platform's schemas running now; counts them by kind and keeps one text of each shape. */
    static int processlist(String prefix, Map<String, Integer> byKind) throws Exception {
        int n = 0;
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW FULL PROCESSLIST")) {
            while (rs.next()) {
                String schema = rs.getString("db");
                String info = rs.getString("Info");
                if (schema == null || !schema.startsWith(prefix) || info == null || !"Query".equals(rs.getString("Command"))) {
                    continue;
                }
                n++;
                String shape = info.replaceAll("'[^']*'", "?").replaceAll("\\b\\d+\\b", "?");
                String kind = info.contains(" OVER (") ? "page with total" : info.startsWith("SELECT COUNT") ? "count"
                        : info.contains("micro_enterprise_id IN (") || info.contains("t0.ID IN (") ? "columns/codes/windows of a page's MEs"
                        : info.contains("ORDER BY") ? "page" : "other";
                byKind.merge(kind, 1, Integer::sum);
                STATEMENTS.putIfAbsent(shape, info);
                SEEN.merge(shape, 1, Integer::sum);
            }
        }
        return n;
    }

    /** EXPLAIN of the statement shapes seen most, and each one's median time run alone over JDBC. */
    static void explain(String bigSchema) throws Exception {
        List<Map.Entry<String, Integer>> top = SEEN.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(4).toList();
        if (top.isEmpty()) {
            return;
        }
        System.out.println("Statements seen most in the samples, as run alone against " + bigSchema + ":");
        try (Connection c = db.connect(bigSchema); Statement s = c.createStatement()) {
            for (Map.Entry<String, Integer> t : top) {
                String sql = STATEMENTS.get(t.getKey());
                if (!sql.contains(bigSchema + ".")) {
                    continue;
                }
                List<Long> nanos = new ArrayList<>();
                for (int i = 0; i < 21; i++) {
                    long st = System.nanoTime();
                    try (ResultSet rs = s.executeQuery(sql)) {
                        while (rs.next()) {
                            // read it all
                        }
                    }
                    nanos.add(System.nanoTime() - st);
                }
                System.out.printf("-- seen %d times; alone: median %.1f ms%n%s%n", t.getValue(), BenchPlatform.median(nanos) / 1e6, sql);
                try (ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
                    ResultSetMetaData md = rs.getMetaData();
                    StringBuilder header = new StringBuilder("|");
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        header.append(' ').append(md.getColumnLabel(i)).append(" |");
                    }
                    System.out.println(header);
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder("|");
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.append(' ').append(rs.getString(i)).append(" |");
                        }
                        System.out.println(row);
                    }
                }
            }
        }
    }
}
