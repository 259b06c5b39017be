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
 * and the CSV downloaded from the page is the API's. In English and in Welsh, axe (WCAG 2.2 AA) on every
 * page visited.
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
    }

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
    }

    private List<String> figures(String measure) {
        return driver.findElements(By.cssSelector("#measure-" + measure + " td.govuk-table__cell--numeric")).stream().map(WebElement::getText).toList();
    }

    /** The CSV the page's link downloads, fetched with the browser's session. */
    private String pageCsv(String href) throws Exception {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        return r.body();
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
