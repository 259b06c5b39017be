package org.microcare.platform.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The programme configuration pages of a new Welsh council, through the browser only: settings,
 * localities, services, effective-dated rates with the look-up and change history, targets on the
 * dashboard, a stale edit, and what a broker may see. Every page must pass axe (WCAG 2.2 AA), in
 * English and, for the main pages, in Welsh.
 */
class ProgrammeConfigurationBrowserIT extends BrowserTest {

    private static final String ADMIN = "rct.admin";
    private static final String ADMIN_PASSWORD = "rct-admin-password";

    private String council;

    @BeforeEach
    void onboardANewWelshCouncil() {
        council = onboardCouncil("x", "Rhondda Cynon Taf", "WALES", "Gofal Bach", ADMIN, ADMIN_PASSWORD);
    }

    @Test
    void anAdminConfiguresTheProgrammeThroughThePages() {
        signIn("/c/" + council + "/sign-in", ADMIN, ADMIN_PASSWORD);
        assertTrue(headingStartsWith("Welcome"));

        changeTheSettings();
        addRenameAndRetireLocalities();
        renameAService();
        addRatesAndLookThemUp();
        addAndChangeTargets();
        aStaleRateEditIsRefusedWithTheCurrentValues();

        open("/rates/edit?id=no-such-rate");
        assertEquals("Page not found", heading(), "an unknown rate answers 404");
        open("/targets/edit?id=no-such-target");
        assertEquals("Page not found", heading(), "an unknown target answers 404");

        theMainPagesInWelsh();
    }

    private void changeTheSettings() {
        open("/programme");
        driver.findElement(By.id("change-settings")).click();
        assertHeading("Change the programme settings");
        assertEquals("Gofal Bach", value("programmeName"));
        assertEquals("12", value("employmentRiskWeeks"));
        browser.assertAccessible("config-settings");

        fill("employmentRiskWeeks", "twelve");
        fill("evidenceWarningDays", "");
        fill("contactEmail", "not an email");
        submit("save-settings");
        String summary = errorSummary();
        assertTrue(summary.contains("whole number of weeks from 1 to 104"), summary);
        assertTrue(summary.contains("whole number of days from 1 to 365"), summary);
        assertTrue(summary.contains("Enter an email address"), summary);
        assertTrue(driver.findElement(By.id("employmentRiskWeeks-error")).getText().contains("whole number of weeks"));
        assertEquals("twelve", value("employmentRiskWeeks"), "what was typed is kept");
        browser.assertAccessible("config-settings-errors");
        assertEquals("Gofal Bach", header(), "nothing changed on bad input");

        fill("programmeName", "Cwtch Care RCT");
        fill("contactName", "Gwen Jones");
        fill("contactEmail", "cwtch@rctcbc.gov.uk");
        fill("contactPhone", "01443 425000");
        fill("employmentRiskWeeks", "10");
        fill("evidenceWarningDays", "45");
        submit("save-settings");
        assertTrue(driver.getCurrentUrl().endsWith("/c/" + council + "/programme?saved=true"), driver.getCurrentUrl());
        assertEquals("Programme settings saved.", browser.waitFor(By.className("govuk-notification-banner__title")).getText());
        assertEquals("Cwtch Care RCT", header(), "the header shows the new programme name");
        String settings = driver.findElement(By.id("settings-summary")).getText();
        assertTrue(settings.contains("Gwen Jones") && settings.contains("cwtch@rctcbc.gov.uk") && settings.contains("10 weeks")
                && settings.contains("45 days"), settings);
        browser.assertAccessible("config-programme-saved");

        // someone else saves the settings while the form is open
        open("/settings");
        JsonObject programme = api.get(apiPath("/programme"), ADMIN, ADMIN_PASSWORD).json();
        assertEquals(200, api.put(apiPath("/programme"), Json.createObjectBuilder()
                .add("programmeName", "Cwtch Care").add("contactName", "Gwen Jones").add("contactEmail", "cwtch@rctcbc.gov.uk")
                .add("contactPhone", "01443 425000").add("employmentRiskWeeks", 11).add("evidenceWarningDays", 45)
                .add("version", programme.getJsonNumber("version").longValue()).build().toString(), ADMIN, ADMIN_PASSWORD).status());
        fill("programmeName", "Cwtch Care Rhondda");
        submit("save-settings");
        assertTrue(errorSummary().contains("Someone else changed the settings"));
        assertEquals("Cwtch Care", value("programmeName"), "the form shows the current values");
        assertEquals("11", value("employmentRiskWeeks"));
        browser.assertAccessible("config-settings-stale");
        submit("save-settings");
        assertEquals("Programme settings saved.", browser.waitFor(By.className("govuk-notification-banner__title")).getText());
        assertEquals("Cwtch Care", header());
    }

    private void addRenameAndRetireLocalities() {
        open("/programme");
        driver.findElement(By.linkText("Localities the programme covers")).click();
        assertHeading("Localities");
        assertEquals("No localities yet: add the towns and areas your programme covers.", driver.findElement(By.id("none")).getText());
        browser.assertAccessible("config-localities-none");

        addEntry("pontypridd", "Pontypridd");
        assertEquals("Locality PONTYPRIDD added.", banner());
        addEntry("ABERDARE", "Aberdare");
        String table = driver.findElement(By.id("localities-table")).getText();
        assertTrue(table.contains("PONTYPRIDD") && table.contains("Aberdare"), table);

        addEntry("Pontypridd", "Pontypridd again");
        assertTrue(driver.findElement(By.id("code-error")).getText().contains("There is already a locality with the code PONTYPRIDD"));
        assertEquals("Pontypridd again", value("name"), "what was typed is kept");
        browser.assertAccessible("config-localities-duplicate");
        addEntry("", "");
        assertTrue(errorSummary().contains("Enter a code"));

        driver.findElement(By.id("rename-ABERDARE")).click();
        assertEquals("Change the name of ABERDARE", browser.waitFor(By.id("rename-heading")).getText());
        assertEquals("Aberdare", value("newName"));
        browser.assertAccessible("config-localities-rename");
        fill("newName", "");
        submit("save-name");
        assertTrue(driver.findElement(By.id("newName-error")).getText().contains("Enter the new name"));
        fill("newName", "Aberdâr");
        submit("save-name");
        assertEquals("Locality ABERDARE renamed.", banner());
        assertTrue(driver.findElement(By.id("localities-table")).getText().contains("Aberdâr"));

        submit(By.cssSelector("input[data-code=PONTYPRIDD]"));
        assertTrue(banner().startsWith("Locality PONTYPRIDD retired."));
        assertEquals("Retired", row("localities-table", "PONTYPRIDD").findElement(By.className("govuk-tag")).getText());
        assertEquals("Active", row("localities-table", "ABERDARE").findElement(By.className("govuk-tag")).getText());
        assertEquals("Reinstate", driver.findElement(By.cssSelector("input[data-code=PONTYPRIDD]")).getAttribute("value"));
        assertTrue(driver.findElement(By.id("retire-explained")).getText().contains("keep it"));
        browser.assertAccessible("config-localities");
    }

    private void renameAService() {
        open("/services");
        assertHeading("Services");
        assertTrue(driver.findElement(By.id("services-table")).getText().contains("PERSONAL_CARE"), "the nation template seeds services");
        browser.assertAccessible("config-services");
        driver.findElement(By.id("rename-COMPANIONSHIP")).click();
        fill("newName", "Companionship");
        submit("save-name");
        assertEquals("Service COMPANIONSHIP renamed.", banner());
        assertTrue(row("services-table", "COMPANIONSHIP").getText().contains("Companionship"));
        assertFalse(driver.findElement(By.id("services-table")).getText().contains("Companionship and social support"));
    }

    private void addRatesAndLookThemUp() {
        open("/rates");
        assertHeading("Hourly rates");
        assertEquals("No Direct Payment rates yet.", driver.findElement(By.id("direct-payment-none")).getText());
        assertEquals("No rate has been added or changed yet.", driver.findElement(By.id("no-changes")).getText());
        browser.assertAccessible("config-rates-none");

        driver.findElement(By.id("add-rate")).click();
        assertHeading("Add a rate");
        browser.assertAccessible("config-rate-new");
        addRate("DIRECT_PAYMENT", "16.98", "2023-04-01", "2024-03-31");
        assertEquals("Added the Direct Payment rate of £16.98 from 1 April 2023 to 31 March 2024.", banner());
        driver.findElement(By.id("add-rate")).click();
        addRate("DIRECT_PAYMENT", "18.64", "2024-04-01", "");
        assertEquals("Added the Direct Payment rate of £18.64 from 1 April 2024, open-ended.", banner());

        driver.findElement(By.id("add-rate")).click();
        addRate("DIRECT_PAYMENT", "17.50", "2024-01-01", "2024-02-29");
        String overlap = errorSummary();
        assertTrue(overlap.contains("These dates overlap the Direct Payment rate of £16.98 from 1 April 2023 to 31 March 2024"), overlap);
        assertEquals("17.50", value("hourlyRate"), "what was typed is kept");
        browser.assertAccessible("config-rate-new-overlap");

        fill("hourlyRate", "16.985");
        fill("validFrom", "2022-04-01");
        fill("validTo", "2023-03-31");
        submit("save-rate");
        assertTrue(driver.findElement(By.id("hourlyRate-error")).getText().contains("no more than two decimal places"));
        fill("hourlyRate", "-1");
        fill("validFrom", "1 April 2022");
        submit("save-rate");
        assertTrue(driver.findElement(By.id("hourlyRate-error")).getText().contains("more than £0.00"));
        assertTrue(driver.findElement(By.id("validFrom-error")).getText().contains("real date"));
        browser.assertAccessible("config-rate-new-errors");

        open("/rates");
        List<WebElement> rows = driver.findElements(By.cssSelector("#rates-direct-payment tbody tr"));
        assertEquals(2, rows.size(), "nothing was added by the refused forms");
        assertTrue(rows.get(0).getText().contains("£18.64") && rows.get(0).getText().contains("Open-ended")
                && rows.get(0).getText().contains("In effect today"), rows.get(0).getText());
        assertTrue(rows.get(1).getText().contains("£16.98") && rows.get(1).getText().contains("31 March 2024")
                && !rows.get(1).getText().contains("In effect today"), rows.get(1).getText());
        assertEquals("No Agency home care rates yet.", driver.findElement(By.id("agency-home-care-none")).getText());
        String changes = driver.findElement(By.id("rate-changes")).getText();
        assertEquals(2, driver.findElements(By.cssSelector("#rate-changes tbody tr")).size(), changes);
        assertTrue(changes.contains(ADMIN) && changes.contains("Added") && changes.contains("DIRECT_PAYMENT 16.98 from 2023-04-01 to 2024-03-31")
                && changes.contains("DIRECT_PAYMENT 18.64 from 2024-04-01"), changes);
        browser.assertAccessible("config-rates");

        lookUp("DIRECT_PAYMENT", "2024-03-31");
        assertTrue(lookupResult().contains("The Direct Payment rate on 31 March 2024 is £16.98 an hour."), lookupResult());
        browser.assertAccessible("config-rates-lookup");
        lookUp("DIRECT_PAYMENT", "2024-04-01");
        assertTrue(lookupResult().contains("£18.64"), lookupResult());
        assertTrue(lookupResult().contains("It applies from 1 April 2024, with no end date yet."), lookupResult());
        lookUp("DIRECT_PAYMENT", "2023-03-31");
        assertTrue(lookupResult().contains("No Direct Payment rate is in effect on that day"), lookupResult());
        lookUp("AGENCY_HOME_CARE", "2024-04-01");
        assertTrue(lookupResult().contains("No Agency home care rate"), lookupResult());
        lookUp("DIRECT_PAYMENT", "31/03/2024");
        assertTrue(driver.findElement(By.id("lookup-on-error")).getText().contains("real date"));
        assertTrue(driver.findElements(By.id("lookup-result")).isEmpty());
        browser.assertAccessible("config-rates-lookup-error");
    }

    private void addAndChangeTargets() {
        open("/targets");
        assertHeading("Targets");
        assertEquals("No targets yet: add the first one below.", driver.findElement(By.id("no-targets")).getText());
        browser.assertAccessible("config-targets-none");

        addTarget("NEW_MICRO_ENTERPRISES", "thirty", "2024-04-01", "31 March 2025");
        String summary = errorSummary();
        assertTrue(summary.contains("whole number from 1 to 1,000,000") && summary.contains("real date"), summary);
        browser.assertAccessible("config-targets-errors");
        addTarget("NEW_MICRO_ENTERPRISES", "30", "2024-04-01", "2025-03-31");
        assertEquals("Target for New micro-enterprises added.", banner());
        WebElement target = row("targets-table", "New micro-enterprises");
        assertTrue(target.getText().contains("30") && target.getText().contains("1 April 2024 to 31 March 2025"), target.getText());

        addTarget("NEW_MICRO_ENTERPRISES", "40", "2024-10-01", "2025-09-30");
        assertTrue(errorSummary().contains("There is already a target for New micro-enterprises (30) from 1 April 2024 to 31 March 2025"));
        addTarget("CLIENTS_SUPPORTED", "50", "2025-04-01", "2026-03-31");
        assertEquals("Target for People supported added.", banner());
        browser.assertAccessible("config-targets");

        open("/");
        String dashboard = browser.waitFor(By.id("targets-table")).getText();
        assertTrue(dashboard.contains("New micro-enterprises") && dashboard.contains("30"), dashboard);

        open("/targets");
        row("targets-table", "New micro-enterprises").findElement(By.cssSelector("a[href*='/targets/edit']")).click();
        assertHeading("Change a target");
        assertEquals("30", value("value"));
        browser.assertAccessible("config-target-edit");
        fill("value", "35");
        fill("periodEnd", "2024-01-01");
        submit("save-target");
        assertTrue(driver.findElement(By.id("periodEnd-error")).getText().contains("must not be before"));
        fill("periodEnd", "2025-03-31");
        submit("save-target");
        assertEquals("Target for New micro-enterprises changed.", banner());
        assertTrue(row("targets-table", "New micro-enterprises").getText().contains("35"));

        row("targets-table", "People supported").findElement(By.cssSelector("a[href*='/targets/edit']")).click();
        submit("remove-target");
        assertEquals("Target for People supported removed.", banner());
        assertFalse(driver.findElement(By.id("targets-table")).getText().contains("People supported"));
    }

    private void aStaleRateEditIsRefusedWithTheCurrentValues() {
        JsonObject rate = api.get(apiPath("/rates"), ADMIN, ADMIN_PASSWORD).array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("hourlyRate").equals("16.98")).findFirst().orElseThrow();
        open("/rates");
        driver.findElement(By.id("change-rate-" + rate.getString("id"))).click();
        assertHeading("Change a rate");
        assertEquals("16.98", value("hourlyRate"));
        assertEquals("2024-03-31", value("validTo"));
        browser.assertAccessible("config-rate-edit");

        assertEquals(200, api.put(apiPath("/rates/" + rate.getString("id")), Json.createObjectBuilder()
                .add("hourlyRate", "17.00").add("validFrom", "2023-04-01").add("validTo", "2024-03-31")
                .add("version", rate.getJsonNumber("version").longValue()).build().toString(), ADMIN, ADMIN_PASSWORD).status());
        fill("hourlyRate", "16.99");
        submit("save-rate");
        String summary = errorSummary();
        assertTrue(summary.contains("Someone else changed this rate while you were editing it")
                && summary.contains("£17.00"), summary);
        assertEquals("17.00", value("hourlyRate"), "the form now shows the current values");
        browser.assertAccessible("config-rate-edit-stale");

        fill("validTo", "2024-04-30");
        submit("save-rate");
        assertTrue(errorSummary().contains("These dates overlap the Direct Payment rate of £18.64 from 1 April 2024, open-ended"));
        fill("validTo", "2024-03-31");
        fill("hourlyRate", "16.99");
        submit("save-rate");
        assertEquals("Saved: the Direct Payment rate of £16.99 from 1 April 2023 to 31 March 2024.", banner());
        String changes = driver.findElement(By.id("rate-changes")).getText();
        assertTrue(changes.contains("Changed") && changes.contains("DIRECT_PAYMENT 17.00 from 2023-04-01 to 2024-03-31 -> DIRECT_PAYMENT 16.99"),
                changes);
    }

    private void theMainPagesInWelsh() {
        open("/rates");
        driver.findElement(By.id("language-switch")).click();
        waitForLanguage("cy");
        assertHeading("Cyfraddau fesul awr");
        browser.assertAccessible("config-rates-cy");
        lookUp("DIRECT_PAYMENT", "2024-04-01");
        assertTrue(lookupResult().contains("Y gyfradd Taliad Uniongyrchol ar 1 Ebrill 2024 yw £18.64 yr awr."), lookupResult());
        for (String[] page : new String[][] {{"/settings", "Newid gosodiadau'r rhaglen"}, {"/services", "Gwasanaethau"},
                {"/localities", "Ardaloedd"}, {"/targets", "Targedau"}, {"/programme", "Rhaglen"}, {"/rates/new", "Ychwanegu cyfradd"}}) {
            open(page[0]);
            assertEquals("cy", driver.findElement(By.tagName("html")).getAttribute("lang"));
            assertHeading(page[1]);
            browser.assertAccessible("config" + page[0].replace('/', '-') + "-cy");
        }
        open("/settings");
        fill("employmentRiskWeeks", "deuddeg");
        submit("save-settings");
        assertTrue(errorSummary().contains("Rhowch y trothwy risg statws cyflogaeth fel rhif cyfan"), "Welsh messages");
        browser.assertAccessible("config-settings-errors-cy");
        open("/rates/new");
        addRate("DIRECT_PAYMENT", "16.985", "2022-04-01", "");
        assertTrue(driver.findElement(By.id("hourlyRate-error")).getText().contains("dau le degol"));
        browser.assertAccessible("config-rate-new-errors-cy");
        driver.findElement(By.id("language-switch")).click();
        waitForLanguage("en");
    }

    @Test
    void aBrokerSeesRatesAndTargetsWithoutTheAdminForms() {
        assertEquals(201, api.post(apiPath("/rates"), "{\"type\":\"DIRECT_PAYMENT\",\"hourlyRate\":\"16.98\",\"validFrom\":\"2023-04-01\"}",
                ADMIN, ADMIN_PASSWORD).status());
        assertEquals(201, api.post(apiPath("/targets"),
                "{\"metric\":\"NEW_MICRO_ENTERPRISES\",\"value\":30,\"periodStart\":\"2024-04-01\",\"periodEnd\":\"2025-03-31\"}",
                ADMIN, ADMIN_PASSWORD).status());
        assertEquals(201, api.post(apiPath("/users"), "{\"username\":\"bea.broker\",\"password\":\"bea-broker-password\","
                + "\"displayName\":\"Bea Broker\",\"roles\":[\"BROKER\"]}", ADMIN, ADMIN_PASSWORD).status());

        signIn("/c/" + council + "/sign-in", "bea.broker", "bea-broker-password");
        assertTrue(headingStartsWith("Welcome"));

        open("/rates");
        assertHeading("Hourly rates");
        assertTrue(driver.findElement(By.id("rates-direct-payment")).getText().contains("£16.98"));
        assertTrue(driver.findElements(By.id("add-rate")).isEmpty(), "no add button");
        assertTrue(driver.findElements(By.cssSelector("main a[href*='/edit']")).isEmpty(), "no change links");
        assertTrue(driver.findElements(By.id("rate-changes")).isEmpty(), "the change history is for admins");
        lookUp("DIRECT_PAYMENT", "2024-04-01");
        assertTrue(lookupResult().contains("£16.98"), "anyone signed in may look a rate up");
        browser.assertAccessible("config-rates-broker");

        open("/targets");
        assertTrue(driver.findElement(By.id("targets-table")).getText().contains("New micro-enterprises"));
        assertTrue(driver.findElements(By.id("add-target")).isEmpty(), "no add form");
        assertTrue(driver.findElements(By.cssSelector("main a[href*='/edit']")).isEmpty(), "no change links");
        browser.assertAccessible("config-targets-broker");

        for (String page : new String[] {"/services", "/localities"}) {
            open(page);
            assertTrue(driver.findElements(By.id("add-form")).isEmpty(), "no add form on " + page);
            assertTrue(driver.findElements(By.cssSelector("input[data-code]")).isEmpty(), "no retire buttons on " + page);
            browser.assertAccessible("config" + page.replace('/', '-') + "-broker");
        }
        assertEquals("No localities yet.", driver.findElement(By.id("none")).getText());

        open("/programme");
        assertTrue(driver.findElements(By.id("change-settings")).isEmpty());
        for (String page : new String[] {"/settings", "/rates/new", "/targets/edit?id=x"}) {
            open(page);
            assertEquals("You cannot see this page", heading(), page + " is for admins");
        }
        browser.assertAccessible("config-forbidden-broker");
    }

    // --- helpers: everything goes through the pages as a person would use them

    private String apiPath(String path) {
        return "/c/" + council + "/api/v1" + path;
    }

    private void open(String path) {
        browser.open("/c/" + council + path);
    }

    private String header() {
        return driver.findElement(By.className("mc-header__programme")).getText();
    }

    private String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    private void fill(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
    }

    /** The row of a table whose header cell (first column) is {@code key}. */
    private WebElement row(String table, String key) {
        return driver.findElements(By.cssSelector("#" + table + " tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key + " in " + table));
    }

    private void addEntry(String code, String name) {
        fill("code", code);
        fill("name", name);
        submit("add");
    }

    private void addRate(String type, String hourlyRate, String from, String to) {
        assertTrue(driver.getCurrentUrl().contains("/rates/new"), driver.getCurrentUrl());
        new Select(driver.findElement(By.id("type"))).selectByValue(type);
        fill("hourlyRate", hourlyRate);
        fill("validFrom", from);
        fill("validTo", to);
        submit("save-rate");
    }

    private void addTarget(String metric, String value, String start, String end) {
        new Select(driver.findElement(By.id("metric"))).selectByValue(metric);
        fill("value", value);
        fill("periodStart", start);
        fill("periodEnd", end);
        submit("add-target-button");
    }

    private void lookUp(String type, String day) {
        new Select(driver.findElement(By.id("lookup-type"))).selectByValue(type);
        fill("lookup-on", day);
        submit("lookup-button");
    }

    private String lookupResult() {
        return browser.waitFor(By.id("lookup-result")).getText();
    }
}
