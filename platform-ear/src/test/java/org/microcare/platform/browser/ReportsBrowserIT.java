package org.microcare.platform.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.CouncilFixture.json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.microcare.platform.Api;
import org.microcare.platform.CouncilFixture;
import org.microcare.platform.DirectoryFixture;
import org.microcare.platform.RunningPlatform;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * The reports page as a viewer (the steering group) sees it: reached from the navigation, a month that
 * is not one refused with the error summary, March 2024's measures beside February and January, targets
 * with their status and the rule, cost avoidance with the rates used, the print layout (no form, links or
 * navigation); the page's figures are the CSV's,
 * and the CSV downloaded from the page is the API's; a figure's link to the records behind it (a viewer told
 * client details are not shown), bad drill-down parameters in the error summary, a bad CSV month a 400; the workforce and
 * funding-mix pages with their SVG charts, data tables and CSVs; the journey flow (empty states, a bad period, then a year with a
 * first listing, a leaver and a grant); the trend and target-progress charts and the board pack of the month, on screen and on
 * paper. In English and in Welsh, axe (WCAG 2.2 AA) on every page visited.
 */
class ReportsBrowserIT extends BrowserTest {

    private CouncilFixture council;

    private void open(String path) {
        browser.open("/c/" + council.id() + path);
    }

    /** A Welsh council with a viewer, one enquiry in March 2024, a session, March's rates and a target for 2024. */
    private void onboard(RunningPlatform platform) {
        DirectoryFixture directory = DirectoryFixture.onboard(platform, "rb", "WALES").locality("TROON", "Troon");
        council = directory.council();
        council.addUser("vic.viewer", "VIEWER");
        CouncilFixture.Caller admin = council.asAdmin();
        String me = directory.enquiry("March Care", b -> b.add("enquiryDate", "2024-03-04"));
        admin.create("micro-enterprises/" + me + "/support-sessions", json("{'on':'2024-03-12','provider':'Business Wales','category':'FINANCIAL_MANAGEMENT','minutes':60}"));
        admin.create("rates", json("{'type':'DIRECT_PAYMENT','hourlyRate':'16.98','validFrom':'2023-04-01','validTo':'2024-03-31'}"));
        admin.create("rates", json("{'type':'AGENCY_HOME_CARE','hourlyRate':'24.00','validFrom':'2023-04-01'}"));
        admin.create("targets", json("{'metric':'NEW_MICRO_ENTERPRISES','value':12,'periodStart':'2024-01-01','periodEnd':'2024-12-31'}"));
        // for the workforce report (today): one ME listed, working evenings; one client waiting, asking for a man who speaks Welsh in the evening
        directory.listed("Evening Care", b -> b.add("enquiryDate", "2023-06-01").add("gender", "MALE").add("evenings", true)
                .add("languages", DirectoryFixture.list("en", "cy")));
        council.addUser("bea.broker", "BROKER");
        council.as("bea.broker").create("clients", json("{'reference':'SW-RB1','postcode':'KA10 6EP','locality':'TROON',"
                + "'servicesNeeded':['DOMESTIC_SUPPORT'],'hoursPerWeek':5,'fundingRoute':'DIRECT_PAYMENT','referredOn':'2024-03-01',"
                + "'consentGivenOn':'2024-03-01','preferences':{'carerGender':'MALE','language':'cy'},"
                + "'preferredTimes':[{'day':'TUE','from':'17:00','to':'19:00'}]}"));
        // for the journey flow (the year to today): Evening Care's first listing today and a grant of 300.00 for it; March Care retired today
        String scheme = admin.create("grant-schemes", json("{'name':'Start-up fund','budget':'10000.00','maxAward':'500.00','opensOn':'2023-01-01'}"))
                .getString("id");
        String application = admin.create("grant-schemes/" + scheme + "/applications", json("{'microEnterpriseId':'" + directory.idOf("Evening Care")
                + "','amount':'300.00','appliedOn':'" + DirectoryFixture.TODAY + "'}")).getString("id");
        assertEquals(200, admin.post("grant-applications/" + application + "/decision", json("{'decision':'APPROVED','amount':'300.00','decidedOn':'"
                + DirectoryFixture.TODAY + "'}")).status());
        assertEquals(200, admin.post("micro-enterprises/" + me + "/stage", json("{'stage':'LEFT','reason':'RETIRED'}")).status());
    }

    /** The journey flow's period of the year to today. */
    private static final String YEAR_TO_TODAY = "from=" + DirectoryFixture.TODAY.minusYears(1) + "&to=" + DirectoryFixture.TODAY;

    @Test
    void aViewerReadsTheMonthsReportAndItsCsvInEnglishAndWelsh(RunningPlatform platform) throws Exception {
        onboard(platform);
        signIn("/c/" + council.id() + "/sign-in", "vic.viewer", CouncilFixture.USER_PASSWORD);
        submit(driver.findElement(By.id("nav-reports")));
        assertTrue(headingStartsWith("Reports: "), heading());
        assertEquals("page", driver.findElement(By.id("nav-reports")).getAttribute("aria-current"));
        browser.assertAccessible("reports-last-month");

        WebElement month = driver.findElement(By.id("month"));
        month.clear();
        month.sendKeys("2024-13");
        submit("reports-show");
        assertTrue(errorSummary().contains("Enter a real month written year-month, for example 2024-03"), errorSummary());
        assertTrue(driver.findElements(By.id("measures-table")).isEmpty(), "no figures for a month that is not one");
        browser.assertAccessible("reports-bad-month");

        month = driver.findElement(By.id("month"));
        month.clear();
        month.sendKeys("2024-03");
        submit("reports-show");
        assertHeading("Reports: March 2024");
        assertEquals(List.of("Measure", "March 2024", "February 2024", "January 2024", "What it counts"),
                driver.findElements(By.cssSelector("#measures-table thead th")).stream().map(WebElement::getText).toList());
        assertEquals(List.of("1", "0", "0"), figures("newReferrals"));
        assertEquals(List.of("1", "0", "0"), figures("engagedAndSupported"));
        assertEquals(List.of("0.00", "0.00", "0.00"), figures("clientHours"));
        WebElement target = driver.findElement(By.id("target-NEW_MICRO_ENTERPRISES"));
        assertTrue(target.getText().contains("Off track"), target.getText());
        assertTrue(driver.findElement(By.id("targets-rule")).getText().contains("At risk: at this pace the figure reaches at least 90% of the target"));
        assertEquals("£0.00", text("cost-saving"));
        assertEquals("£24.00", text("cost-agency-rate"));
        assertEquals("£16.98", text("cost-dp-rate"));
        assertEquals(1, driver.findElements(By.cssSelector("link[rel=stylesheet][media=print][href='/assets/reports-print.css']")).size());
        browser.assertAccessible("reports-march");
        screenshotWholePage("reports-march");

        // on paper: the form, links and navigation left out, the figures kept
        ChromiumDriver chromium = (ChromiumDriver) driver;
        chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertFalse(driver.findElement(By.id("reports-month")).isDisplayed());
            assertFalse(driver.findElement(By.id("reports-csv")).isDisplayed());
            assertFalse(driver.findElement(By.id("navigation")).isDisplayed());
            assertTrue(driver.findElement(By.id("measures-table")).isDisplayed());
            assertTrue(driver.findElement(By.id("targets-rule")).isDisplayed());
            screenshotWholePage("reports-march-print");
        } finally {
            chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }

        // the twelve-month trend and target progress as SVG charts with their data tables
        assertEquals("img", driver.findElement(By.id("trend-counts-chart")).getAttribute("role"));
        assertEquals("img", driver.findElement(By.id("progress-chart")).getAttribute("role"));
        assertEquals(12, driver.findElements(By.cssSelector("#trend-table tbody tr")).size());
        assertEquals("April 2023", driver.findElement(By.cssSelector("#trend-table tbody tr th")).getText());
        assertEquals("0", text("trend-2024-03-totalOnDirectory"), "Evening Care is listed only today");

        // the board pack of the month: one printable document, nothing about any client
        submit(driver.findElement(By.id("reports-board-pack")));
        assertHeading("Board pack: March 2024");
        assertEquals("March 2024", text("board-month"));
        assertEquals(List.of("1", "0", "0"), figures("newReferrals"));
        assertEquals("0.00", text("trend-2024-03-clientHours"));
        assertTrue(driver.findElement(By.id("target-NEW_MICRO_ENTERPRISES")).getText().contains("Off track"));
        assertEquals("£24.00", text("cost-2024-03-agencyRate"));
        assertEquals("£16.98", text("cost-2024-03-directPaymentRate"));
        assertEquals("0", text("funding-total-clients"));
        assertTrue(text("board-print-hint").contains("print command"), text("board-print-hint"));
        assertFalse(driver.getPageSource().contains("SW-RB1"), "no client reference in the board pack");
        browser.assertAccessible("board-pack-march");
        screenshotWholePage("board-pack-march");
        chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertFalse(driver.findElement(By.id("board-month-form")).isDisplayed());
            assertFalse(driver.findElement(By.id("board-print-hint")).isDisplayed());
            assertFalse(driver.findElement(By.id("navigation")).isDisplayed());
            assertTrue(driver.findElement(By.id("board-cover")).isDisplayed());
            assertTrue(driver.findElement(By.id("progress-chart")).isDisplayed());
            assertEquals("none", ((JavascriptExecutor) driver).executeScript(
                    "return getComputedStyle(document.querySelector('#measure-newReferrals a'), '::after').content"), "no link prints its address");
            assertEquals("page", ((JavascriptExecutor) driver).executeScript(
                    "return getComputedStyle(document.querySelector('section[aria-labelledby=trend-heading]')).breakBefore"));
            screenshotWholePage("board-pack-march-print");
        } finally {
            chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        assertEquals(400, fetch("/c/" + council.id() + "/reports/board-pack?month=2024-13").statusCode());
        open("/reports?month=2024-03");

        // the page's figures are the CSV's, and the CSV from the page is the API's
        String csv = pageCsv(driver.findElement(By.id("reports-csv")).getAttribute("href"));
        Api.Answer fromApi = council.as("vic.viewer").get("reports/month.csv?month=2024-03");
        assertEquals(fromApi.body(), csv);
        List<String> shown = new ArrayList<>();
        for (WebElement row : driver.findElements(By.cssSelector("#measures-table tbody tr"))) {
            String name = row.getAttribute("id").substring("measure-".length());
            List<String> cells = row.findElements(By.cssSelector("td.govuk-table__cell--numeric")).stream().map(WebElement::getText).toList();
            String[] months = {"2024-03", "2024-02", "2024-01"};
            for (int i = 0; i < months.length; i++) {
                shown.add("monthlyMeasures," + months[i] + "," + name + "," + cells.get(i));
            }
        }
        List<String> measures = csv.lines().filter(l -> l.startsWith("monthlyMeasures,")).toList();
        assertEquals(measures.stream().sorted().toList(), shown.stream().sorted().toList());

        // each figure links to the records behind it: March's referral is March Care, with its enquiry date
        submit(driver.findElement(By.cssSelector("#measure-newReferrals td a")));
        assertHeading("New micro-enterprise referrals: March 2024");
        assertEquals("1", text("measure-figure"));
        assertEquals("1", text("measure-count"));
        assertEquals(List.of("March Care", "4 March 2024"), driver.findElements(By.cssSelector("#measure-records tbody td")).stream()
                .map(WebElement::getText).toList());
        assertTrue(driver.findElement(By.cssSelector("#measure-records tbody td a")).getAttribute("href").contains("/micro-enterprises/view?id="));
        browser.assertAccessible("reports-records-referrals");
        screenshotWholePage("reports-records-referrals");
        // a viewer sees how many clients, not which
        open("/reports/measure?month=2024-03&measure=clientsSupported");
        assertHeading("Clients supported: March 2024");
        assertEquals("0", text("measure-count"));
        assertTrue(text("measure-no-client-details").startsWith("Client details are not shown to viewers"));
        assertTrue(driver.findElements(By.id("measure-records")).isEmpty());
        browser.assertAccessible("reports-records-clients-viewer");
        // a measure or month that is not one: the error summary, no records
        open("/reports/measure?month=2024-13&measure=everything");
        assertTrue(errorSummary().contains("Choose one of the monthly measures"), errorSummary());
        assertTrue(errorSummary().contains("Enter a real month written year-month, for example 2024-03"), errorSummary());
        assertTrue(driver.findElements(By.id("measure-summary")).isEmpty());
        browser.assertAccessible("reports-records-bad");
        // the CSV of a month that is not one is a 400, not a 404
        assertEquals(400, fetch("/c/" + council.id() + "/reports/csv?month=2024-13").statusCode());

        // workforce and demand (today): the chart with its title and description, then the table with the same figures
        open("/reports");
        submit(driver.findElement(By.id("reports-workforce")));
        assertTrue(headingStartsWith("Workforce and demand: "), heading());
        assertEquals("1", text("workforce-listed"));
        assertEquals("1", text("workforce-waiting"));
        WebElement chart = driver.findElement(By.id("supply-chart"));
        assertEquals("img", chart.getAttribute("role"));
        assertFalse(driver.findElements(By.cssSelector("#supply-chart rect")).isEmpty());
        List<String> rows = driver.findElements(By.cssSelector("#supply-table tbody tr")).stream().map(WebElement::getText).toList();
        assertTrue(rows.contains("Gender Male 1 1"), rows.toString());
        assertTrue(rows.contains("Availability Evenings 1 1"), rows.toString());
        assertTrue(rows.contains("Language cy 1 1"), rows.toString());
        assertTrue(driver.findElement(By.id("waiting-table")).getText().contains("Troon"), driver.findElement(By.id("waiting-table")).getText());
        assertFalse(driver.getPageSource().contains("SW-RB1"), "no client reference on a report");
        browser.assertAccessible("reports-workforce");
        screenshotWholePage("reports-workforce");
        String workforceCsv = pageCsv(driver.findElement(By.id("workforce-csv")).getAttribute("href"));
        assertTrue(workforceCsv.contains("GENDER,MALE,waitingClients,1"), workforceCsv);
        assertEquals(400, fetch("/c/" + council.id() + "/reports/workforce/csv?on=2024-02-30").statusCode());
        WebElement on = driver.findElement(By.id("on"));
        on.clear();
        on.sendKeys("2024-02-30");
        submit("workforce-show");
        assertTrue(errorSummary().contains("Enter a real date written year-month-day"), errorSummary());
        browser.assertAccessible("reports-workforce-bad-day");

        // funding mix: twelve months to March 2024, the chart then its table, the CSV the API's
        open("/reports");
        submit(driver.findElement(By.id("reports-funding")));
        WebElement to = driver.findElement(By.id("to"));
        to.clear();
        to.sendKeys("2024-03");
        submit("funding-show");
        assertHeading("Funding mix: April 2023 – March 2024");
        assertEquals("img", driver.findElement(By.id("funding-chart")).getAttribute("role"));
        assertEquals(12, driver.findElements(By.cssSelector("#funding-table tbody tr")).size());
        assertEquals(7, driver.findElements(By.cssSelector("#funding-clients tbody tr")).size());
        browser.assertAccessible("reports-funding");
        screenshotWholePage("reports-funding");
        assertEquals(council.as("vic.viewer").get("reports/funding-mix.csv?to=2024-03").body(),
                pageCsv(driver.findElement(By.id("funding-csv")).getAttribute("href")));
        assertEquals(400, fetch("/c/" + council.id() + "/reports/funding-mix/csv?to=2024-13").statusCode());
        to = driver.findElement(By.id("to"));
        to.clear();
        to.sendKeys("March");
        submit("funding-show");
        assertTrue(errorSummary().contains("Enter a real month written year-month, for example 2024-03"), errorSummary());
        browser.assertAccessible("reports-funding-bad-month");

        // journey flow: the last twelve whole months by default, in which nothing happened (empty states), then the year to today
        open("/reports");
        submit(driver.findElement(By.id("reports-journey")));
        assertTrue(headingStartsWith("Journey flow: "), heading());
        assertTrue(text("listed-none").startsWith("No micro-enterprise was listed for the first time"), text("listed-none"));
        assertTrue(text("left-none").startsWith("No micro-enterprise left"), text("left-none"));
        assertFalse(text("months-none").isEmpty());
        assertEquals("£0.00", text("grants-committed"));
        assertEquals("None: no micro-enterprise to share it", text("grants-per-listed"));
        assertEquals(1, driver.findElements(By.cssSelector("link[rel=stylesheet][media=print][href='/assets/reports-print.css']")).size());
        browser.assertAccessible("reports-journey-empty");
        WebElement from = driver.findElement(By.id("from"));
        from.clear();
        from.sendKeys("2024-03-31");
        WebElement last = driver.findElement(By.id("to"));
        last.clear();
        last.sendKeys("2024-03-01");
        submit("journey-show");
        assertTrue(errorSummary().contains("The last day must not be before the first day"), errorSummary());
        browser.assertAccessible("reports-journey-bad-period");
        from = driver.findElement(By.id("from"));
        from.clear();
        from.sendKeys(DirectoryFixture.TODAY.minusYears(1).toString());
        last = driver.findElement(By.id("to"));
        last.clear();
        last.sendKeys(DirectoryFixture.TODAY.toString());
        submit("journey-show");
        assertEquals("1", text("listed-count"));
        String days = String.valueOf(java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse("2023-06-01"), DirectoryFixture.TODAY));
        assertEquals(days + ".0", text("listed-median"), "Evening Care: enquiry on 1 June 2023, listed today");
        assertEquals(days, text("listed-longest"));
        assertEquals("img", driver.findElement(By.id("bands-chart")).getAttribute("role"));
        assertEquals("img", driver.findElement(By.id("months-chart")).getAttribute("role"));
        assertEquals(List.of("0 to 30 days 0", "31 to 60 days 0", "61 to 90 days 0", "91 to 180 days 0", "Over 180 days 1"),
                driver.findElements(By.cssSelector("#bands-table tbody tr")).stream().map(WebElement::getText).toList());
        assertTrue(driver.findElements(By.cssSelector("#left-table tbody tr")).stream().map(WebElement::getText).toList().contains("Retired 1"));
        assertEquals("1", text("left-total"));
        assertEquals("£300.00", text("grants-committed"));
        assertEquals("£300.00", text("grants-per-listed"));
        assertEquals(13, driver.findElements(By.cssSelector("#months-table tbody tr")).size(), "every month the period touches");
        browser.assertAccessible("reports-journey");
        screenshotWholePage("reports-journey");
        assertEquals(council.as("vic.viewer").get("reports/journey-flow.csv?" + YEAR_TO_TODAY).body(),
                pageCsv(driver.findElement(By.id("journey-csv")).getAttribute("href")));
        assertEquals(400, fetch("/c/" + council.id() + "/reports/journey-flow/csv?from=2024-01-01&to=2030-01-01").statusCode());
        open("/reports?month=2024-03");

        submit(driver.findElement(By.id("language-switch")));
        waitForLanguage("cy");
        assertHeading("Adroddiadau: Mawrth 2024");
        assertEquals("Mesur", driver.findElement(By.cssSelector("#measures-table thead th")).getText());
        assertTrue(driver.findElement(By.id("target-NEW_MICRO_ENTERPRISES")).getText().contains("Oddi ar y trywydd"));
        assertEquals(List.of("1", "0", "0"), figures("newReferrals"));
        browser.assertAccessible("reports-march-cy");
        screenshotWholePage("reports-march-cy");
        month = driver.findElement(By.id("month"));
        month.clear();
        month.sendKeys("Mawrth");
        submit("reports-show");
        assertTrue(errorSummary().contains("Rhowch fis go iawn"), errorSummary());
        browser.assertAccessible("reports-bad-month-cy");
        open("/reports/measure?month=2024-03&measure=engagedAndSupported");
        assertEquals(List.of("March Care", "12 Mawrth 2024"), driver.findElements(By.cssSelector("#measure-records tbody td")).stream()
                .map(WebElement::getText).toList());
        assertTrue(heading().startsWith("Micro-fentrau"), heading());
        browser.assertAccessible("reports-records-cy");
        screenshotWholePage("reports-records-cy");
        open("/reports/workforce");
        assertTrue(headingStartsWith("Gweithlu a galw: "), heading());
        assertTrue(driver.findElements(By.cssSelector("#supply-table tbody tr")).stream().map(WebElement::getText).toList()
                .contains("Argaeledd Gyda'r nos 1 1"));
        browser.assertAccessible("reports-workforce-cy");
        screenshotWholePage("reports-workforce-cy");
        open("/reports/funding-mix?to=2024-03");
        assertHeading("Cymysgedd cyllid: Ebrill 2023 – Mawrth 2024");
        browser.assertAccessible("reports-funding-cy");
        screenshotWholePage("reports-funding-cy");
        open("/reports/journey-flow?" + YEAR_TO_TODAY);
        assertTrue(headingStartsWith("Llif y daith: "), heading());
        assertTrue(driver.findElements(By.cssSelector("#left-table tbody tr")).stream().map(WebElement::getText).toList().contains("Wedi ymddeol 1"));
        assertEquals("Dros 180 diwrnod 1", driver.findElements(By.cssSelector("#bands-table tbody tr")).get(4).getText());
        browser.assertAccessible("reports-journey-cy");
        screenshotWholePage("reports-journey-cy");
        open("/reports/board-pack?month=2024-03");
        assertHeading("Pecyn bwrdd: Mawrth 2024");
        assertEquals(List.of("1", "0", "0"), figures("newReferrals"));
        browser.assertAccessible("board-pack-march-cy");
        screenshotWholePage("board-pack-march-cy");
    }

    private List<String> figures(String measure) {
        return driver.findElements(By.cssSelector("#measure-" + measure + " td.govuk-table__cell--numeric")).stream().map(WebElement::getText).toList();
    }

    /** The CSV the page's link downloads, fetched with the browser's session. */
    private String pageCsv(String href) throws Exception {
        HttpResponse<String> r = fetchUrl(href);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        return r.body();
    }

    /** A page of this platform fetched with the browser's session. */
    private HttpResponse<String> fetch(String path) throws Exception {
        return fetchUrl(driver.getCurrentUrl().replaceAll("^(https?://[^/]+).*$", "$1") + path);
    }

    private HttpResponse<String> fetchUrl(String href) throws Exception {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void screenshotWholePage(String name) {
        Dimension window = driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 140, 8000)));
        try {
            browser.screenshot(name + "-full");
        } finally {
            driver.manage().window().setSize(window);
        }
    }
}
