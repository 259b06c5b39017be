import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reports for a council of 2,000 MEs, 10,000 clients and three years of records (issue 11's goal: monthly
 * measures and targets in ≤ 500 ms server time, the board pack in ≤ 2 s).
 *
 * <p>Loads the records straight into the council's schema: the MEs with their stage timeline ({@link DirectoryBenchmark#load},
 * then a share of them leaving), business-support sessions, grant applications and decisions, clients with their
 * services, arrangements over the three years and the hours recorded for every month of each. Rates and targets go
 * through the API. Then, one request at a time over loopback, timed at the client: the monthly measures of months
 * spread over the three years, targets on days spread over them, the reports page and the board pack (pages, signed
 * in as a viewer), each against a baseline measured in the same run: an authenticated {@code GET /programme}, the
 * smallest signed-in API request.
 */
public final class ReportingBenchmark {

    static final String COUNCIL = "report";
    static final String VIEWER = "bench.viewer";
    static final String VIEWER_PASSWORD = "bench-viewer-password";
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate TODAY = DirectoryBenchmark.TODAY;
    static final String[] FUNDING = {"DIRECT_PAYMENT", "DIRECT_PAYMENT", "DIRECT_PAYMENT", "SDS_OPTION_1", "SDS_OPTION_2", "SDS_OPTION_2",
            "SDS_OPTION_3", "SDS_OPTION_4", "PRIVATE", "MIXED"};
    static final String[] LEAVE = {"RETIRED", "FOUND_EMPLOYMENT", "MOVED_AWAY", "ILL_HEALTH", "CARING_RESPONSIBILITIES", "NOT_VIABLE", "OTHER"};
    static final String[] CATEGORY = {"BUSINESS_CONCEPT", "GENERAL_OPERATIONS", "FINANCIAL_MANAGEMENT", "FUNDING_AND_AWARDS", "DIGITAL_AND_MARKETING"};
    static int mes = 2_000;
    static int clients = 10_000;
    static int requests = 60;
    static int warmup = 20;

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--mes" -> mes = Integer.parseInt(v);
                case "--clients" -> clients = Integer.parseInt(v);
                case "--requests" -> requests = Integer.parseInt(v);
                case "--warmup" -> warmup = Integer.parseInt(v);
                default -> {
                    if (!DirectoryBenchmark.db.option(args[i], v)) {
                        throw new IllegalArgumentException("Unknown option " + args[i]);
                    }
                }
            }
        }
        if (mes < 10 || mes > 20_000 || clients < 10 || clients > 100_000 || requests < 1 || requests > 2_000 || warmup > 1_000) {
            throw new IllegalArgumentException("Out of bounds: 10 to 20000 MEs, 10 to 100000 clients, 1 to 2000 requests, at most 1000 warm-up requests");
        }
        System.out.printf("mes=%d clients=%d requests=%d warmup=%d db=%s%n", mes, clients, requests, warmup, DirectoryBenchmark.db.where());
        try (BenchPlatform platform = BenchPlatform.start(DirectoryBenchmark.db, "-Xmx1g", "-XX:+UseSerialGC")) {
            System.out.println("platform schema " + platform.schema + ", port " + platform.port + ", pid " + platform.process.pid());
            run(platform);
        }
    }

    static void run(BenchPlatform platform) throws Exception {
        platform.onboard(COUNCIL, "SCOTLAND");
        for (String place : DirectoryBenchmark.places(8, COUNCIL.hashCode())) {
            platform.councilPost(COUNCIL, "localities", "{\"code\":\"" + MatchingBenchmark.code(place) + "\",\"name\":\"" + place + "\"}");
        }
        platform.councilPost(COUNCIL, "users", "{\"username\":\"" + VIEWER + "\",\"password\":\"" + VIEWER_PASSWORD
                + "\",\"displayName\":\"Steering group\",\"roles\":[\"VIEWER\"]}");
        LocalDate start = TODAY.minusYears(3).withDayOfMonth(1);
        // A Direct Payment and an agency rate for each year from April, and the five targets for each year.
        for (int y = start.getYear() - 1; y <= TODAY.getYear(); y++) {
            String from = y + "-04-01";
            String to = (y + 1) + "-03-31";
            platform.councilPost(COUNCIL, "rates", "{\"type\":\"DIRECT_PAYMENT\",\"hourlyRate\":\"" + money(16 + (y - 2020) * 0.5) + "\",\"validFrom\":\"" + from
                    + "\",\"validTo\":\"" + to + "\"}");
            platform.councilPost(COUNCIL, "rates", "{\"type\":\"AGENCY_HOME_CARE\",\"hourlyRate\":\"" + money(24 + (y - 2020) * 0.75) + "\",\"validFrom\":\""
                    + from + "\",\"validTo\":\"" + to + "\"}");
            String[][] targets = {{"NEW_MICRO_ENTERPRISES", "600"}, {"LISTED_MICRO_ENTERPRISES", "1500"}, {"WEEKLY_SUPPORT_HOURS", "40000"},
                    {"CLIENTS_SUPPORTED", "5000"}, {"SDS_OPTION_2_CLIENTS", "800"}};
            for (String[] t : targets) {
                platform.councilPost(COUNCIL, "targets", "{\"metric\":\"" + t[0] + "\",\"value\":" + t[1] + ",\"periodStart\":\"" + from
                        + "\",\"periodEnd\":\"" + to + "\"}");
            }
        }
        long t0 = System.nanoTime();
        DirectoryBenchmark.load(platform.councilSchema(COUNCIL), mes, COUNCIL.hashCode());
        long[] loaded = loadRecords(platform.councilSchema(COUNCIL), start);
        System.out.printf("loaded %d MEs (%d left), %d support sessions, %d grant decisions, %d clients, %d arrangements, %d months of hours"
                + " over JDBC in %.1f s%n", mes, loaded[0], loaded[1], loaded[2], clients, loaded[3], loaded[4], (System.nanoTime() - t0) / 1e9);

        Session viewer = new Session(platform.base + "/c/" + COUNCIL, VIEWER, VIEWER_PASSWORD);
        YearMonth last = YearMonth.from(TODAY).minusMonths(1);
        IntFunction<String> month = i -> last.minusMonths(i % 36).toString();
        IntFunction<String> day = i -> TODAY.minusDays((i * 29L) % (3 * 365)).toString();
        String api = "/api/v1";
        String boardPack = "/reports/board-pack?month=" + last;
        boolean hasBoardPack = viewer.get(boardPack).statusCode() == 200;
        for (int i = 0; i < warmup; i++) {
            viewer.api(api + "/programme");
            viewer.api(api + "/reports/monthly-measures?month=" + month.apply(i));
            viewer.api(api + "/reports/targets?on=" + day.apply(i));
            viewer.page("/reports?month=" + month.apply(i));
            if (hasBoardPack) {
                viewer.page("/reports/board-pack?month=" + month.apply(i));
            }
        }
        List<Long> baseline = new ArrayList<>();
        List<Long> measures = new ArrayList<>();
        List<Long> targets = new ArrayList<>();
        List<Long> page = new ArrayList<>();
        List<Long> pack = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            baseline.add(viewer.api(api + "/programme"));
            measures.add(viewer.api(api + "/reports/monthly-measures?month=" + month.apply(i)));
            targets.add(viewer.api(api + "/reports/targets?on=" + day.apply(i)));
            page.add(viewer.page("/reports?month=" + month.apply(i)));
            if (hasBoardPack) {
                pack.add(viewer.page("/reports/board-pack?month=" + month.apply(i)));
            }
        }
        double base50 = BenchPlatform.percentile(baseline, 50) / 1e6;
        double base95 = BenchPlatform.percentile(baseline, 95) / 1e6;
        System.out.printf(Locale.ROOT, "baseline GET /programme (viewer): p50 %.1f ms, p95 %.1f ms (%d requests, one at a time)%n", base50, base95, requests);
        report("GET /reports/monthly-measures (36 months in turn)", measures, base50, base95, 500);
        report("GET /reports/targets (days over 3 years)", targets, base50, base95, 500);
        report("reports page /reports?month= (HTML)", page, base50, base95, 0);
        if (hasBoardPack) {
            report("board pack /reports/board-pack?month= (HTML)", pack, base50, base95, 2000);
        } else {
            System.out.println("board pack: not built in this runnable (404), not measured");
        }
    }

    static String money(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    static void report(String what, List<Long> times, double base50, double base95, int goalMs) {
        double p50 = BenchPlatform.percentile(times, 50) / 1e6;
        double p95 = BenchPlatform.percentile(times, 95) / 1e6;
        System.out.printf(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms; ratio to baseline p50 %.1f, p95 %.1f%s%n", what, p50, p95, p50 / base50,
                p95 / base95, goalMs == 0 ? "" : "; goal p95 ≤ " + goalMs + " ms: " + (p95 <= goalMs ? "met" : "not met"));
    }

    /**
     * Three years of records around the loaded MEs: 15 % of them leave, sessions, grants, clients, arrangements and
     * hours. Returns {left, sessions, grant decisions, arrangements, hour rows}.
     */
    static long[] loadRecords(String schema, LocalDate start) throws Exception {
        Random r = new Random(11);
        long left = 0;
        long sessions = 0;
        long grants = 0;
        long arrangements = 0;
        long hourRows = 0;
        try (Connection c = DirectoryBenchmark.db.connect(schema)) {
            List<String[]> all = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT m.id, m.enquiry_date, m.stage_since FROM micro_enterprise m ORDER BY m.id")) {
                while (rs.next()) {
                    all.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            List<String> localities = DirectoryBenchmark.strings(c, "SELECT code FROM locality ORDER BY code");
            List<String> services = DirectoryBenchmark.strings(c, "SELECT code FROM care_service WHERE retired = FALSE ORDER BY code");
            c.setAutoCommit(false);
            List<String> schemes = new ArrayList<>();
            try (PreparedStatement scheme = c.prepareStatement("INSERT INTO grant_scheme (id, name, budget, max_award, opens_on, closes_on, approved_total, version)"
                    + " VALUES (?,?,?,?,?,?,?,0)")) {
                for (int y = start.getYear() - 3; y <= TODAY.getYear(); y++) {
                    String id = UUID.randomUUID().toString();
                    schemes.add(id);
                    scheme.setString(1, id);
                    scheme.setString(2, "Start-up fund " + y);
                    scheme.setBigDecimal(3, new BigDecimal("500000.00"));
                    scheme.setBigDecimal(4, new BigDecimal("500.00"));
                    scheme.setDate(5, Date.valueOf(LocalDate.of(y, 1, 1)));
                    scheme.setDate(6, Date.valueOf(LocalDate.of(y, 12, 31)));
                    scheme.setBigDecimal(7, BigDecimal.ZERO);
                    scheme.addBatch();
                }
                scheme.executeBatch();
            }
            List<String> stillListed = new ArrayList<>();
            try (PreparedStatement move = c.prepareStatement("INSERT INTO micro_enterprise_stage_change (id, micro_enterprise_id, position, from_stage, to_stage,"
                    + " changed_on, reason, note, changed_by, changed_at) VALUES (?,?,3,'LISTED','LEFT',?,?,NULL,'bench',?)");
                 PreparedStatement leave = c.prepareStatement("UPDATE micro_enterprise SET stage = 'LEFT', stage_since = ? WHERE id = ?");
                 PreparedStatement session = c.prepareStatement("INSERT INTO support_session (id, micro_enterprise_id, held_on, provider, category, minutes,"
                         + " note, recorded_by, recorded_at) VALUES (?,?,?,?,?,?,NULL,'bench',?)");
                 PreparedStatement grant = c.prepareStatement("INSERT INTO grant_application (id, scheme_id, micro_enterprise_id, amount, applied_on, status,"
                         + " decided_amount, decided_on, decided_by, version) VALUES (?,?,?,?,?,?,?,?,'bench',0)")) {
                for (String[] me : all) {
                    String id = me[0];
                    LocalDate enquiry = LocalDate.parse(me[1]);
                    LocalDate listed = LocalDate.parse(me[2]);
                    if (r.nextInt(100) < 15) {
                        LocalDate out = listed.plusDays(30 + r.nextInt(600));
                        if (out.isBefore(TODAY)) {
                            move.setString(1, UUID.randomUUID().toString());
                            move.setString(2, id);
                            move.setDate(3, Date.valueOf(out));
                            move.setString(4, LEAVE[r.nextInt(LEAVE.length)]);
                            move.setTimestamp(5, Timestamp.from(out.atTime(11, 0).atZone(LONDON).toInstant()));
                            move.addBatch();
                            leave.setDate(1, Date.valueOf(out));
                            leave.setString(2, id);
                            leave.addBatch();
                            left++;
                        } else {
                            stillListed.add(id);
                        }
                    } else {
                        stillListed.add(id);
                    }
                    for (int k = 2 + r.nextInt(7); k > 0; k--) {
                        LocalDate on = enquiry.plusDays(r.nextInt(400));
                        if (on.isAfter(TODAY)) {
                            continue;
                        }
                        session.setString(1, UUID.randomUUID().toString());
                        session.setString(2, id);
                        session.setDate(3, Date.valueOf(on));
                        session.setString(4, r.nextBoolean() ? "GrowBiz" : "Business Gateway");
                        session.setString(5, CATEGORY[r.nextInt(CATEGORY.length)]);
                        session.setInt(6, 30 + 15 * r.nextInt(7));
                        session.setTimestamp(7, Timestamp.from(on.atTime(15, 0).atZone(LONDON).toInstant()));
                        session.addBatch();
                        sessions++;
                    }
                    if (r.nextInt(100) < 60) {
                        LocalDate applied = enquiry.plusDays(20 + r.nextInt(60));
                        if (applied.isBefore(TODAY) && applied.getYear() >= start.getYear() - 3) {
                            boolean approved = r.nextInt(100) < 80;
                            BigDecimal amount = BigDecimal.valueOf(200 + 50L * r.nextInt(7)).setScale(2);
                            grant.setString(1, UUID.randomUUID().toString());
                            grant.setString(2, schemes.get(applied.getYear() - (start.getYear() - 3)));
                            grant.setString(3, id);
                            grant.setBigDecimal(4, amount);
                            grant.setDate(5, Date.valueOf(applied));
                            grant.setString(6, approved ? "APPROVED" : "REJECTED");
                            grant.setBigDecimal(7, approved ? amount : null);
                            grant.setDate(8, Date.valueOf(applied.plusDays(7 + r.nextInt(21))));
                            grant.addBatch();
                            grants++;
                        }
                    }
                }
                move.executeBatch();
                leave.executeBatch();
                session.executeBatch();
                grant.executeBatch();
                c.commit();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE grant_scheme g SET approved_total = (SELECT COALESCE(SUM(a.decided_amount), 0) FROM grant_application a"
                        + " WHERE a.scheme_id = g.id AND a.status = 'APPROVED')");
            }
            c.commit();

            try (PreparedStatement client = c.prepareStatement("INSERT INTO client (id, reference, postcode, locality_code, hours_per_week, funding_route,"
                    + " personal_care_needed, medication_needed, carer_gender, language, has_pets, referred_on, referral_source, consent_given_on, status,"
                    + " status_since, closed_on, closed_reason, version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,FALSE,?,?,?,?,'SOCIAL_WORK',?,?,?,?,?,0,?,?)");
                 PreparedStatement need = c.prepareStatement("INSERT INTO client_service (id, client_id, code) VALUES (?,?,?)");
                 PreparedStatement arrangement = c.prepareStatement("INSERT INTO arrangement (id, client_id, micro_enterprise_id, starts_on, ends_on,"
                         + " hours_per_week, hourly_rate, funding, recorded_by, created_at, version) VALUES (?,?,?,?,?,?,?,?,'bench',?,0)");
                 PreparedStatement hours = c.prepareStatement("INSERT INTO arrangement_hours (id, arrangement_id, month, hours, recorded_by, recorded_at)"
                         + " VALUES (?,?,?,?,'bench',?)")) {
                long span = java.time.temporal.ChronoUnit.DAYS.between(start, TODAY);
                for (int n = 0; n < clients; n++) {
                    String id = UUID.randomUUID().toString();
                    LocalDate referred = start.plusDays(r.nextLong(span));
                    int weekly = 2 + r.nextInt(14);
                    String funding = FUNDING[r.nextInt(FUNDING.length)];
                    String service = services.get(r.nextInt(services.size()));
                    boolean placed = r.nextInt(100) < 75 && referred.plusDays(40).isBefore(TODAY);
                    LocalDate starts = referred.plusDays(10 + r.nextInt(30));
                    LocalDate ends = r.nextInt(100) < 45 ? starts.plusDays(60 + r.nextInt(500)) : null;
                    if (ends != null && !ends.isBefore(TODAY)) {
                        ends = null;
                    }
                    String status = !placed ? (r.nextInt(10) == 0 ? "CLOSED" : "WAITING") : ends == null ? "SUPPORTED" : "CLOSED";
                    Timestamp created = Timestamp.from(referred.atTime(9, 0).atZone(LONDON).toInstant());
                    int i = 1;
                    client.setString(i++, id);
                    client.setString(i++, "RPT-" + (n + 1));
                    client.setString(i++, "KA" + (1 + r.nextInt(30)) + " " + r.nextInt(10) + "CD");
                    client.setString(i++, localities.get(r.nextInt(localities.size())));
                    client.setInt(i++, weekly);
                    client.setString(i++, funding);
                    client.setBoolean(i++, service.equals("PERSONAL_CARE"));
                    client.setString(i++, r.nextInt(3) == 0 ? null : r.nextBoolean() ? "FEMALE" : "MALE");
                    client.setString(i++, r.nextInt(6) == 0 ? "gd" : null);
                    client.setBoolean(i++, r.nextBoolean());
                    client.setDate(i++, Date.valueOf(referred));
                    client.setDate(i++, Date.valueOf(referred));
                    client.setString(i++, status);
                    client.setDate(i++, Date.valueOf(!placed ? referred : ends == null ? starts : ends));
                    client.setDate(i++, status.equals("CLOSED") ? Date.valueOf(ends == null ? referred.plusDays(30) : ends) : null);
                    client.setString(i++, status.equals("CLOSED") ? "Care ended" : null);
                    client.setTimestamp(i++, created);
                    client.setTimestamp(i++, created);
                    client.addBatch();
                    need.setString(1, UUID.randomUUID().toString());
                    need.setString(2, id);
                    need.setString(3, service);
                    need.addBatch();
                    if (placed) {
                        String arrangementId = UUID.randomUUID().toString();
                        arrangement.setString(1, arrangementId);
                        arrangement.setString(2, id);
                        arrangement.setString(3, stillListed.get(r.nextInt(stillListed.size())));
                        arrangement.setDate(4, Date.valueOf(starts));
                        arrangement.setDate(5, ends == null ? null : Date.valueOf(ends));
                        arrangement.setInt(6, weekly);
                        arrangement.setBigDecimal(7, BigDecimal.valueOf(1800 + r.nextInt(600), 2));
                        arrangement.setString(8, funding);
                        arrangement.setTimestamp(9, created);
                        arrangement.addBatch();
                        arrangements++;
                        LocalDate through = ends == null ? TODAY.withDayOfMonth(1).minusMonths(1) : ends.withDayOfMonth(1);
                        for (LocalDate m = starts.withDayOfMonth(1); !m.isAfter(through); m = m.plusMonths(1)) {
                            hours.setString(1, UUID.randomUUID().toString());
                            hours.setString(2, arrangementId);
                            hours.setDate(3, Date.valueOf(m));
                            hours.setBigDecimal(4, BigDecimal.valueOf(Math.round(weekly * (400 + r.nextInt(60)) / 10.0), 1));
                            hours.setTimestamp(5, Timestamp.from(m.plusMonths(1).atTime(9, 0).atZone(LONDON).toInstant()));
                            hours.addBatch();
                            hourRows++;
                        }
                    }
                    if ((n + 1) % 500 == 0 || n == clients - 1) {
                        client.executeBatch();
                        need.executeBatch();
                        arrangement.executeBatch();
                        hours.executeBatch();
                        c.commit();
                    }
                }
            }
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                for (String t : List.of("micro_enterprise", "micro_enterprise_stage_change", "support_session", "grant_application", "client",
                        "client_service", "arrangement", "arrangement_hours")) {
                    s.execute("ANALYZE TABLE " + t);
                }
            }
        }
        return new long[] {left, sessions, grants, arrangements, hourRows};
    }

    /** A signed-in session (as a browser keeps one): pages read with its cookie, the API with HTTP Basic. */
    static final class Session {

        private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        private final String base;
        private final String authorization;

        Session(String base, String username, String password) throws Exception {
            this.base = base;
            this.authorization = BenchPlatform.basic(username, password);
            String form = get("/sign-in").body();
            Matcher state = VIEW_STATE.matcher(form);
            if (!state.find()) {
                throw new IllegalStateException("no view state on the sign-in page");
            }
            String body = "sign-in=sign-in&username=" + enc(username) + "&password=" + enc(password) + "&sign-in-button=Sign+in"
                    + "&jakarta.faces.ViewState=" + enc(state.group(1));
            HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (signedIn.statusCode() != 302) {
                throw new IllegalStateException("sign-in answered " + signedIn.statusCode());
            }
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Nanoseconds to read a page, which must answer 200. */
        long page(String path) throws Exception {
            long s = System.nanoTime();
            HttpResponse<String> answer = get(path);
            long t = System.nanoTime() - s;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + answer.statusCode());
            }
            return t;
        }

        /** Nanoseconds to answer an API request, which must answer 200. */
        long api(String path) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).header("Authorization", authorization)
                    .GET().build();
            long s = System.nanoTime();
            HttpResponse<String> answer = BenchPlatform.send(request);
            long t = System.nanoTime() - s;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return t;
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
