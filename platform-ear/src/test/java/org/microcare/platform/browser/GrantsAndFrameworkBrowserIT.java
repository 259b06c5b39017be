package org.microcare.platform.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcare.platform.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The framework, grant and micro-enterprise pages of a new Welsh council, through the pages only:
 * the versioned framework (add, change from a later date, retire, past dates, history), recording a
 * micro-enterprise, a grant scheme whose approvals never pass its budget, what a broker may and may
 * not do, and axe (WCAG 2.2 AA) on every page in English and on the main ones in Welsh.
 */
class GrantsAndFrameworkBrowserIT extends BrowserTest {

    private static final String ADMIN_PASSWORD = "framework-admin-password";
    private static final String BROKER_PASSWORD = "framework-broker-password";

    private String council;

    @BeforeEach
    void onboardAWelshCouncil() {
        council = onboardCouncil("gf", "Cyngor Sir Prawf", "WALES", "Gofal Cymunedol", "admin", ADMIN_PASSWORD);
    }

    private String path(String page) {
        return "/c/" + council + page;
    }

    private void signIn(String username, String password) {
        signIn(path("/sign-in"), username, password);
        assertTrue(headingStartsWith("Welcome"), "signed in as " + username);
    }

    private void open(String page) {
        browser.open(path(page));
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private WebElement row(String tableId, String text) {
        return driver.findElement(By.id(tableId)).findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text + " in #" + tableId + ":\n" + text(tableId)));
    }

    private void addLocality(String code, String name) {
        assertEquals(201, api.post(path("/api/v1/localities"), "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}", "admin", ADMIN_PASSWORD).status());
    }

    private void switchToWelsh() {
        driver.findElement(By.id("language-switch")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "cy"));
    }

    @Test
    void anAdminChangesTheFrameworkAndEveryChangeIsAVersion() {
        String tomorrow = LocalDate.now().plusDays(1).toString();
        signIn("admin", ADMIN_PASSWORD);
        open("/framework");
        assertHeading("Framework");
        assertTrue(row("in-force", "DBS_ENHANCED").getText().contains("36 months"));
        assertTrue(row("in-force", "DBS_ENHANCED").getText().contains("Every micro-enterprise"));
        assertTrue(row("in-force", "MEDICATION_TRAINING").getText().contains("Only micro-enterprises who give medication"));
        assertFalse(row("in-force", "DBS_ENHANCED").getText().contains("give medication"));
        assertTrue(row("in-force", "FOOD_HYGIENE").getText().contains("Meal preparation"));
        assertTrue(row("in-force", "HMRC_SELF_EMPLOYED").getText().contains("Does not expire"));
        assertTrue(row("history-table", "Started").getText().contains("From the start"));
        assertTrue(text("nothing-coming").contains("No changes"));
        browser.assertAccessible("framework");

        driver.findElement(By.id("add-requirement")).click();
        assertHeading("Add a requirement");
        browser.assertAccessible("framework-new");
        submit("add");
        String summary = errorSummary();
        assertTrue(summary.contains("Enter a code") && summary.contains("Enter the requirement's name")
                && summary.contains("Say whether the requirement is mandatory"), summary);
        browser.assertAccessible("framework-new-errors");

        type("code", "first_aid");
        type("name", "First aid certificate");
        type("guidance", "A first aid at work or emergency first aid certificate.");
        driver.findElement(By.cssSelector("input[name=mandatory][value=false]")).click();
        type("validityMonths", "three years");
        driver.findElement(By.cssSelector("input[name=appliesToServices][value=PERSONAL_CARE]")).click();
        submit("add");
        assertTrue(errorSummary().contains("whole number of months"));
        assertTrue(text("validityMonths-error").contains("whole number of months"));
        assertEquals("First aid certificate", driver.findElement(By.id("name")).getAttribute("value"), "what was typed is kept");
        assertTrue(driver.findElement(By.cssSelector("input[name=appliesToServices][value=PERSONAL_CARE]")).isSelected());
        assertTrue(driver.findElement(By.cssSelector("input[name=mandatory][value=false]")).isSelected());
        type("validityMonths", "36");
        submit("add");
        assertTrue(banner().contains("FIRST_AID added"));
        WebElement firstAid = row("in-force", "FIRST_AID");
        assertTrue(firstAid.getText().contains("Optional") && firstAid.getText().contains("36 months")
                && firstAid.getText().contains("Personal care"), firstAid.getText());
        browser.assertAccessible("framework-added");

        driver.findElement(By.id("add-requirement")).click();
        type("code", "FIRST_AID");
        type("name", "Another first aid");
        driver.findElement(By.cssSelector("input[name=mandatory][value=true]")).click();
        submit("add");
        assertTrue(errorSummary().contains("already has a requirement with the code FIRST_AID"));
        assertTrue(text("code-error").contains("FIRST_AID"));

        open("/framework");
        driver.findElement(By.id("in-force-change-FIRST_AID")).click();
        assertHeading("Change a requirement");
        assertEquals("First aid certificate", driver.findElement(By.id("name")).getAttribute("value"));
        assertEquals("36", driver.findElement(By.id("validityMonths")).getAttribute("value"));
        assertTrue(driver.findElement(By.cssSelector("input[name=mandatory][value=false]")).isSelected());
        assertTrue(driver.findElement(By.cssSelector("input[name=appliesToServices][value=PERSONAL_CARE]")).isSelected());
        browser.assertAccessible("framework-edit");
        driver.findElement(By.cssSelector("input[name=mandatory][value=true]")).click();
        type("effectiveFrom", LocalDate.now().toString());
        submit("save");
        assertTrue(errorSummary().contains("must take effect after"), "a change cannot start the day the current terms began");
        assertTrue(driver.findElement(By.cssSelector("input[name=mandatory][value=true]")).isSelected(), "the choice is kept");
        browser.assertAccessible("framework-edit-errors");
        type("effectiveFrom", tomorrow);
        submit("save");
        assertTrue(banner().contains("FIRST_AID changed"));
        assertTrue(row("in-force", "FIRST_AID").getText().contains("Optional"), "today the old terms still apply");
        assertTrue(row("coming", "FIRST_AID").getText().contains("Mandatory"), "the new terms are coming");
        List<WebElement> history = driver.findElements(By.cssSelector("#history-table tbody tr"));
        assertTrue(history.get(0).getText().contains("Changed") && history.get(0).getText().contains("FIRST_AID")
                && history.get(0).getText().contains("now mandatory") && history.get(0).getText().contains("admin"), history.get(0).getText());
        assertTrue(history.get(1).getText().contains("Added") && history.get(1).getText().contains("FIRST_AID"), history.get(1).getText());
        browser.assertAccessible("framework-changed");

        driver.findElement(By.id("in-force-change-CODE_OF_CONDUCT")).click();
        type("retireFrom", tomorrow);
        submit("retire");
        assertTrue(banner().contains("CODE_OF_CONDUCT retired"));
        assertTrue(driver.findElements(By.cssSelector("#history-table tbody tr")).get(0).getText().contains("Retired"));
        assertTrue(row("in-force", "CODE_OF_CONDUCT").getText().contains("until"), "retired from tomorrow, so in force until then");

        open("/framework?on=2020-06-01");
        assertTrue(text("on-date").contains("DBS_ENHANCED"));
        assertFalse(text("on-date").contains("FIRST_AID"), "FIRST_AID did not exist in 2020");
        browser.assertAccessible("framework-on-date");
        open("/framework?on=last-tuesday");
        assertTrue(errorSummary().contains("Enter a real date"));
        assertTrue(text("on-error").contains("Enter a real date"));
        browser.assertAccessible("framework-on-date-error");

        open("/framework/edit?code=NO_SUCH_THING");
        assertHeading("Page not found");
    }

    @Test
    void anAdminRecordsAMicroEnterpriseAndItsGrantsNeverPassTheBudget() {
        signIn("admin", ADMIN_PASSWORD);
        open("/micro-enterprises");
        assertHeading("Micro-enterprises");
        assertTrue(text("no-micro-enterprises").contains("No micro-enterprises yet"));
        browser.assertAccessible("micro-enterprises-empty");
        driver.findElement(By.id("add-micro-enterprise")).click();
        assertHeading("Add a micro-enterprise");
        assertTrue(text("localities").contains("no localities yet"));
        assertTrue(driver.findElement(By.id("add-localities")).getAttribute("href").endsWith("/localities"));
        browser.assertAccessible("micro-enterprise-new-no-localities");

        addLocality("TROON", "Troon");
        open("/micro-enterprises/new");
        type("enquiryDate", "");
        submit("create");
        String summary = errorSummary();
        for (String problem : List.of("Enter the trading name", "Enter the owner's name", "Enter a real UK postcode", "Select at least one locality",
                "Select at least one service", "Enter the hourly rate", "Enter the hours a week", "Enter the enquiry date")) {
            assertTrue(summary.contains(problem), problem + " in " + summary);
        }
        assertTrue(text("postcode-error").contains("postcode"));
        browser.assertAccessible("micro-enterprise-new-errors");

        type("tradingName", "Troon Care Co");
        type("ownerName", "Morag Smith");
        driver.findElement(By.cssSelector("input[name=gender][value=FEMALE]")).click();
        type("postcode", "ka10 6ep");
        driver.findElement(By.cssSelector("input[name=localities][value=TROON]")).click();
        driver.findElement(By.cssSelector("input[name=services][value=PERSONAL_CARE]")).click();
        driver.findElement(By.cssSelector("input[name=services][value=COMPANIONSHIP]")).click();
        driver.findElement(By.cssSelector("input[name=can][value=personalCare]")).click();
        driver.findElement(By.cssSelector("input[name=can][value=petsOk]")).click();
        type("hourlyRate", "20.00");
        type("capacityHoursPerWeek", "30");
        type("languages", "en, cy");
        type("specialisms", "dementia");
        type("from-MON", "09:00");
        type("to-MON", "15:00");
        type("from-WED", "10:00");
        submit("create");
        assertTrue(errorSummary().contains("Enter both times"), "a day with only a start is refused");
        assertEquals("Troon Care Co", driver.findElement(By.id("tradingName")).getAttribute("value"));
        assertTrue(driver.findElement(By.cssSelector("input[name=localities][value=TROON]")).isSelected());
        type("to-WED", "14:30");
        type("referralSource", "JOB_CLUB");
        type("enquiryDate", LocalDate.now().minusDays(3).toString());
        submit("create");
        assertHeading("Troon Care Co");
        assertTrue(banner().contains("Troon Care Co added"));
        assertEquals("KA10 6EP", text("me-postcode"));
        assertTrue(text("me-localities").contains("Troon (TROON)"));
        assertTrue(text("me-services").contains("Personal care (PERSONAL_CARE)") && text("me-services").contains("Companionship"));
        assertEquals("£20.00", text("me-rate"));
        assertTrue(text("me-availability").contains("Monday 09:00–15:00") && text("me-availability").contains("Wednesday 10:00–14:30"),
                text("me-availability"));
        assertEquals("cy, en", text("me-languages"), "codes are kept as rows and read back in order");
        assertEquals("DEMENTIA", text("me-specialisms"));
        assertEquals("Enquiry", text("stage"));
        assertTrue(text("no-grant-applications").contains("No grant applications"));
        browser.assertAccessible("micro-enterprise");
        String meUrl = driver.getCurrentUrl();

        open("/micro-enterprises");
        assertTrue(row("micro-enterprises-table", "Troon Care Co").getText().contains("Morag Smith"));
        assertTrue(row("micro-enterprises-table", "Troon Care Co").getText().contains("Enquiry"));
        browser.assertAccessible("micro-enterprises");

        open("/grants");
        assertHeading("Grant schemes");
        assertTrue(text("no-schemes").contains("No grant schemes yet"));
        browser.assertAccessible("grants-empty");
        driver.findElement(By.id("add-scheme")).click();
        assertHeading("Add a grant scheme");
        browser.assertAccessible("grant-new");
        submit("add");
        assertTrue(errorSummary().contains("Enter the budget"));
        browser.assertAccessible("grant-new-errors");
        type("name", "Start-up fund");
        type("budget", "1000.00");
        type("maxAward", "600.00");
        type("opensOn", "2024-04-01");
        type("eligibility", "New micro-enterprises in their first year.");
        submit("add");
        assertTrue(banner().contains("Start-up fund added"));
        WebElement scheme = row("schemes-table", "Start-up fund");
        assertTrue(scheme.getText().contains("£1,000.00") && scheme.getText().contains("From 1 April 2024"), scheme.getText());
        browser.assertAccessible("grants");

        scheme.findElement(By.linkText("Start-up fund")).click();
        assertHeading("Start-up fund");
        assertEquals("£1,000.00", text("ledger-budget"));
        assertEquals("£0.00", text("ledger-approved"));
        assertTrue(text("applications-table").contains("No applications yet"));
        browser.assertAccessible("grant-scheme-empty");

        new Select(driver.findElement(By.id("microEnterpriseId"))).selectByVisibleText("Troon Care Co");
        type("amount", "700.00");
        submit("apply");
        assertTrue(errorSummary().contains("maximum award of £600.00"));
        browser.assertAccessible("grant-scheme-apply-errors");
        type("amount", "600.00");
        submit("apply");
        assertTrue(banner().contains("Application added"));
        new Select(driver.findElement(By.id("microEnterpriseId"))).selectByVisibleText("Troon Care Co");
        type("amount", "500.00");
        submit("apply");
        assertTrue(banner().contains("Application added"));
        assertEquals("£1,100.00", text("ledger-pending"));
        browser.assertAccessible("grant-scheme-pending");

        decide("£600.00", "APPROVED");
        assertTrue(banner().contains("Application approved"));
        assertEquals("£600.00", text("ledger-approved"));
        assertEquals("£400.00", text("ledger-remaining"));
        assertTrue(row("applications-table", "£600.00").getText().contains("Approved"));

        decide("£500.00", "APPROVED");
        summary = errorSummary();
        assertTrue(summary.contains("only £400.00 is left") && summary.contains("Approving £500.00"), summary);
        assertEquals("£600.00", text("ledger-approved"), "nothing changed");
        assertEquals("£400.00", text("ledger-remaining"));
        assertEquals("£500.00", text("ledger-pending"));
        assertTrue(driver.findElements(org.openqa.selenium.By.className("govuk-notification-banner--success")).isEmpty(),
                "the earlier approval's banner is not shown again with the refusal");
        browser.assertAccessible("grant-scheme-over-budget");
        decide("£500.00", "REJECTED");
        assertTrue(banner().contains("Application rejected"));
        assertTrue(row("applications-table", "£500.00").getText().contains("Rejected"));
        assertEquals("£0.00", text("ledger-pending"));

        driver.findElement(By.id("change-scheme")).click();
        assertHeading("Change a grant scheme");
        assertEquals("1000.00", driver.findElement(By.id("budget")).getAttribute("value"));
        browser.assertAccessible("grant-edit");
        type("budget", "500.00");
        type("maxAward", "500.00");
        submit("save");
        assertTrue(errorSummary().contains("cannot be less than the £600.00 already approved"));
        browser.assertAccessible("grant-edit-errors");
        type("budget", "1200.00");
        submit("save");
        assertTrue(banner().contains("Start-up fund updated"));
        assertTrue(row("schemes-table", "Start-up fund").getText().contains("£1,200.00"));

        driver.get(meUrl);
        assertTrue(row("grant-applications-table", "£600.00").getText().contains("Approved"));
        assertTrue(row("grant-applications-table", "£500.00").getText().contains("Rejected"));
        assertTrue(text("grant-applications-table").contains("Start-up fund"));

        open("/grants/scheme?id=no-such-scheme");
        assertHeading("Page not found");
        open("/micro-enterprises/view?id=no-such-me");
        assertHeading("Page not found");

        open("/framework");
        switchToWelsh();
        assertHeading("Fframwaith");
        browser.assertAccessible("framework-cy");
        for (String page : List.of("/grants", "/micro-enterprises", "/micro-enterprises/new")) {
            open(page);
            assertEquals("cy", driver.findElement(By.tagName("html")).getAttribute("lang"));
            browser.assertAccessible(page.substring(1).replace('/', '-') + "-cy");
        }
        open("/grants");
        driver.findElement(By.linkText("Start-up fund")).click();
        assertEquals("Cyfriflyfr y gyllideb", driver.findElement(By.id("ledger-heading")).getText());
        browser.assertAccessible("grant-scheme-cy");
        open("/micro-enterprises/new");
        submit("create");
        assertTrue(errorSummary().contains("Dewiswch o leiaf un ardal"), "errors in Welsh");
        browser.assertAccessible("micro-enterprise-new-errors-cy");
    }

    /** Approves or rejects the pending application for this amount, through its decision form. */
    private void decide(String amount, String decision) {
        WebElement form = driver.findElement(By.xpath("//h3[contains(., '" + amount + " applied')]/following-sibling::form[1]"));
        form.findElement(By.cssSelector("input[name=decision][value=" + decision + "]")).click();
        submit(form.findElement(By.cssSelector("input[type=submit]")));
    }

    @Test
    void aBrokerRecordsMicroEnterprisesButCannotChangeTheProgramme() {
        addLocality("TROON", "Troon");
        assertEquals(201, api.post(path("/api/v1/users"), "{\"username\":\"bethan.broker\",\"password\":\"" + BROKER_PASSWORD
                + "\",\"displayName\":\"Bethan Broker\",\"roles\":[\"BROKER\"]}", "admin", ADMIN_PASSWORD).status());
        Api.Answer scheme = api.post(path("/api/v1/grant-schemes"), "{\"name\":\"Bursary\",\"budget\":\"2000.00\",\"maxAward\":\"400.00\","
                + "\"opensOn\":\"2024-04-01\"}", "admin", ADMIN_PASSWORD);
        assertEquals(201, scheme.status(), scheme.toString());
        String schemeId = scheme.json().getString("id");

        signIn("bethan.broker", BROKER_PASSWORD);
        open("/micro-enterprises");
        driver.findElement(By.id("add-micro-enterprise")).click();
        assertHeading("Add a micro-enterprise");
        browser.assertAccessible("micro-enterprise-new-broker");
        type("tradingName", "Barassie Helpers");
        type("ownerName", "Iain Broon");
        type("postcode", "KA10 6EP");
        driver.findElement(By.cssSelector("input[name=localities][value=TROON]")).click();
        driver.findElement(By.cssSelector("input[name=services][value=GARDENING]")).click();
        type("hourlyRate", "18.50");
        type("capacityHoursPerWeek", "12");
        submit("create");
        assertHeading("Barassie Helpers");
        String meId = driver.getCurrentUrl().replaceAll(".*[?&]id=([^&]+).*", "$1");
        assertEquals(1, viewsOf(meId), "opening the ME's page is audited once");
        assertEquals(201, api.post(path("/api/v1/grant-schemes/" + schemeId + "/applications"), "{\"microEnterpriseId\":\"" + meId
                + "\",\"amount\":\"300.00\",\"appliedOn\":\"" + LocalDate.now() + "\"}", "admin", ADMIN_PASSWORD).status());

        open("/grants");
        assertTrue(driver.findElements(By.id("add-scheme")).isEmpty(), "brokers cannot add schemes");
        assertTrue(row("schemes-table", "Bursary").findElements(By.cssSelector("a[href*='/grants/edit']")).isEmpty());
        browser.assertAccessible("grants-broker");
        driver.findElement(By.linkText("Bursary")).click();
        assertHeading("Bursary");
        assertTrue(row("applications-table", "Barassie Helpers").getText().contains("Waiting"));
        assertTrue(driver.findElements(By.id("apply-form")).isEmpty(), "no application form for brokers");
        assertTrue(driver.findElements(By.cssSelector("input[name=decision]")).isEmpty(), "no decision forms for brokers");
        assertTrue(driver.findElements(By.id("change-scheme")).isEmpty());
        browser.assertAccessible("grant-scheme-broker");

        open("/framework");
        assertTrue(driver.findElements(By.id("add-requirement")).isEmpty(), "brokers cannot add requirements");
        assertTrue(driver.findElements(By.cssSelector("a[href*='/framework/edit']")).isEmpty(), "nor change them");
        browser.assertAccessible("framework-broker");

        for (String page : List.of("/grants/new", "/grants/edit?id=" + schemeId, "/framework/new", "/framework/edit?code=DBS_ENHANCED")) {
            open(page);
            assertEquals("You cannot see this page", heading(), page);
        }

        open("/micro-enterprises/view?id=" + meId);
        assertHeading("Barassie Helpers");
        assertTrue(row("grant-applications-table", "Bursary").getText().contains("Waiting"));
        browser.assertAccessible("micro-enterprise-broker");
        assertEquals(2, viewsOf(meId));
        submit("sign-out-button");
        assertTrue(banner().contains("signed out"), "signing out works from a page opened with ?id=");
        assertEquals(2, viewsOf(meId), "signing out is not a view of the record");
    }

    private int viewsOf(String meId) {
        Api.Answer audit = api.get(path("/api/v1/audit?action=MICRO_ENTERPRISE_VIEWED&recordId=" + meId), "admin", ADMIN_PASSWORD);
        assertEquals(200, audit.status(), audit.toString());
        return audit.array().size();
    }
}
