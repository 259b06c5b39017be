package org.microcare.platform.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.CouncilFixture.json;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.microcare.platform.CouncilFixture;
import org.microcare.platform.RunningPlatform;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An admin answers a subject access request and an erasure request through the pages: the client
 * page's Export (JSON) and Printable record, then Erase personal details with a reason (a missing
 * reason named first); the erased record says when and by whom. axe (WCAG 2.2 AA) on every page, in
 * English and on a Welsh council in Welsh.
 */
class ClientPrivacyBrowserIT extends BrowserTest {

    private static final String BROKER = "bea.broker";

    private CouncilFixture council;

    /** A closed client of a new council of the nation; its id. */
    private String closedClient(RunningPlatform platform, String nation, String reference) {
        council = CouncilFixture.onboard(platform, "priv", nation);
        council.asAdmin().create("localities", json("{'code':'TROON','name':'Troon'}"));
        council.addUser(BROKER, "BROKER");
        CouncilFixture.Caller broker = council.as(BROKER);
        String id = broker.create("clients", json("{'reference':'" + reference + "','name':'Morag Reid','postcode':'KA10 6EP',"
                + "'locality':'TROON','servicesNeeded':['PERSONAL_CARE'],'hoursPerWeek':7,'fundingRoute':'DIRECT_PAYMENT',"
                + "'referredOn':'2024-02-20','consentGivenOn':'2024-02-20'}")).getString("id");
        assertEquals(200, broker.post("clients/" + id + "/status", json("{'status':'CLOSED','reason':'Moved away'}")).status());
        return id;
    }

    @Test
    void anAdminExportsPrintsAndErasesAClosedClient(RunningPlatform platform) {
        String id = closedClient(platform, "SCOTLAND", "SW-77");
        signIn("/c/" + council.id() + "/sign-in", CouncilFixture.ADMIN, CouncilFixture.ADMIN_PASSWORD);
        browser.open("/c/" + council.id() + "/clients/view?id=" + id);
        assertHeading("SW-77");
        assertEquals("Export (JSON)", text("export-json"));
        assertTrue(driver.findElement(By.id("export-json")).getAttribute("href").endsWith("/clients/export-json?id=" + id));
        browser.assertAccessible("client-page-admin");

        submit("export-print");
        assertHeading("Everything held about client SW-77");
        assertEquals("Morag Reid", text("export-name"));
        assertTrue(text("export-statusHistory").contains("WAITING -> CLOSED"), text("export-statusHistory"));
        assertTrue(text("export-auditEntries").contains("CLIENT_EXPORTED"), "the export lists itself");
        assertTrue(driver.getPageSource().contains("/assets/client-print.css"));
        browser.assertAccessible("client-export");

        browser.open("/c/" + council.id() + "/clients/view?id=" + id);
        submit("erase-record");
        assertHeading("Erase personal details");
        browser.assertAccessible("client-erase");
        submit("erase");
        assertEquals(List.of("Enter why you are erasing these details, in 500 characters or fewer"), errorSummaryItems());
        browser.assertAccessible("client-erase-errors");
        WebElement reason = driver.findElement(By.id("reason"));
        reason.sendKeys("Erasure request ER-17");
        submit("erase");
        assertEquals("The personal details of this client have been erased.", banner());
        assertTrue(text("erased").contains("by " + CouncilFixture.ADMIN), text("erased"));
        assertEquals("Not given", text("client-name"));
        assertEquals("Not given", text("client-postcode"));
        assertTrue(driver.findElements(By.id("erase-record")).isEmpty(), "erased once");
        browser.assertAccessible("client-erased");

        browser.open("/c/" + council.id() + "/settings");
        WebElement years = driver.findElement(By.id("clientRetentionYears"));
        assertEquals("6", years.getAttribute("value"));
        years.clear();
        years.sendKeys("0");
        submit("save-settings");
        assertEquals(List.of("Enter the client retention as a whole number of years from 1 to 100"), errorSummaryItems());
        browser.assertAccessible("settings-retention-errors");
        years = driver.findElement(By.id("clientRetentionYears"));
        years.clear();
        years.sendKeys("8");
        submit("save-settings");
        assertEquals("Erase closed clients’ personal details 8 years after closure", text("settings-retention"));
    }

    @Test
    void aWelshCouncilsAdminDoesItInWelsh(RunningPlatform platform) {
        String id = closedClient(platform, "WALES", "CY-77");
        signIn("/c/" + council.id() + "/sign-in", CouncilFixture.ADMIN, CouncilFixture.ADMIN_PASSWORD);
        browser.open("/c/" + council.id() + "/clients/view?id=" + id);
        submit(driver.findElement(By.id("language-switch")));
        waitForLanguage("cy");
        assertEquals("Allforio (JSON)", text("export-json"));
        browser.assertAccessible("client-page-admin-cy");

        submit("export-print");
        assertHeading("Popeth a gedwir am y cleient CY-77");
        browser.assertAccessible("client-export-cy");

        browser.open("/c/" + council.id() + "/clients/view?id=" + id);
        submit("erase-record");
        assertHeading("Dileu manylion personol");
        browser.assertAccessible("client-erase-cy");
        submit("erase");
        assertEquals(List.of("Rhowch pam rydych chi’n dileu’r manylion hyn, mewn 500 nod neu lai"), errorSummaryItems());
        browser.assertAccessible("client-erase-errors-cy");
        driver.findElement(By.id("reason")).sendKeys("Cais ER-18");
        submit("erase");
        assertEquals("Mae manylion personol y cleient hwn wedi’u dileu.", banner());
        browser.assertAccessible("client-erased-cy");

        browser.open("/c/" + council.id() + "/settings");
        assertEquals("6", driver.findElement(By.id("clientRetentionYears")).getAttribute("value"));
        assertTrue(driver.findElement(By.cssSelector("label[for=clientRetentionYears]")).getText().contains("Cadw cofnodion cleientiaid"));
        browser.assertAccessible("settings-cy");
    }

}
