package org.microcare.platform.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.CouncilFixture.json;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.microcare.platform.Api;
import org.microcare.platform.CouncilFixture;
import org.microcare.platform.RunningPlatform;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Clients through the pages: a broker adds one (every problem named first), sees it, changes it (also
 * after someone else did) and moves the case; each showing of the record is audited; a viewer has no
 * Clients in the navigation. axe (WCAG 2.2 AA) on every page visited, in English and on a Welsh council in Welsh.
 */
class ClientsBrowserIT extends BrowserTest {

    private static final String BROKER = "bea.broker";
    private static final String VIEWER = "vic.viewer";

    private CouncilFixture council;

    private void onboard(RunningPlatform platform, String nation) {
        council = CouncilFixture.onboard(platform, "cl", nation);
        council.asAdmin().create("localities", json("{'code':'TROON','name':'Troon'}"));
        council.addUser(BROKER, "BROKER");
        council.addUser(VIEWER, "VIEWER");
    }

    @Test
    void aBrokerAddsSeesAndChangesAClient(RunningPlatform platform) {
        onboard(platform, "SCOTLAND");
        signIn("/c/" + council.id() + "/sign-in", BROKER, CouncilFixture.USER_PASSWORD);
        submit(driver.findElement(By.id("nav-clients")));
        assertHeading("Clients");
        assertEquals("No clients yet.", text("no-clients"));
        browser.assertAccessible("clients-none");

        submit("add-client");
        assertHeading("Add a client");
        browser.assertAccessible("client-new");
        submit("create");
        List<String> summary = errorSummaryItems();
        assertTrue(summary.containsAll(List.of("Enter the reference: letters, digits, spaces and / . _ -, in 60 characters or fewer",
                "Enter a real UK postcode, for example KA10 6EP", "Choose the locality where the client lives",
                "Select at least one service the client needs", "Enter the hours a week as a whole number from 1 to 168",
                "Choose how the care is paid for")), summary.toString());
        assertTrue(text("postcode-error").contains("Enter a real UK postcode"), "inline too");
        assertEquals("#reference", driver.findElement(By.cssSelector(".govuk-error-summary__list li:first-child a")).getAttribute("href")
                .replaceAll("^.*#", "#"), "each summary entry links to its field");
        browser.assertAccessible("client-new-errors");

        fill("reference", "SW-1001");
        fill("name", "Morag Reid");
        fill("postcode", "ka10 6ep");
        choose("locality", "TROON");
        choose("servicesNeeded", "PERSONAL_CARE");
        fill("hoursPerWeek", "7");
        choose("fundingRoute", "DIRECT_PAYMENT");
        choose("preferences-carerGender", "FEMALE");
        fill("preferences-language", "cy");
        fill("from-TUE", "10:00");
        fill("to-TUE", "12:00");
        fill("referredOn", "2024-02-20");
        fill("consentGivenOn", "2024-02-20");
        submit("create");
        assertEquals("Client SW-1001 added: waiting for a micro-enterprise.", banner());
        assertHeading("SW-1001");
        assertEquals("Waiting", text("client-status"));
        assertEquals("KA10 6EP", text("client-postcode"));
        assertEquals("Tuesday 10:00–12:00", text("client-times"));
        browser.assertAccessible("client-page");
        String id = driver.getCurrentUrl().replaceAll("^.*[?&]id=([^&]+).*$", "$1");

        assertEquals("Female", text("client-carer-gender"));

        submit("change-record");
        assertHeading("Change the record");
        assertEquals("7", value("hoursPerWeek"));
        browser.assertAccessible("client-edit");
        fill("hoursPerWeek", "10");
        choose("preferences-carerGender", "NONE");
        submit("save");
        assertEquals("The record of SW-1001 has been changed.", banner());
        assertEquals("10", text("client-hours"));
        assertEquals("No preference", text("client-carer-gender"), "no preference can be chosen again");

        // someone else saves while the form is open: nothing is changed, the current values are shown
        submit("change-record");
        fill("hoursPerWeek", "12");
        CouncilFixture.Caller api = council.as(BROKER);
        long version = api.get("clients").array().getJsonObject(0).getJsonNumber("version").longValue();
        Api.Answer meanwhile = api.put("clients/" + id, json("{'reference':'SW-1001','postcode':'KA10 6EP','locality':'TROON',"
                + "'servicesNeeded':['PERSONAL_CARE'],'hoursPerWeek':14,'fundingRoute':'DIRECT_PAYMENT','referredOn':'2024-02-20',"
                + "'consentGivenOn':'2024-02-20','version':" + version + "}"));
        assertEquals(200, meanwhile.status(), meanwhile.toString());
        submit("save");
        assertEquals(List.of("Someone else changed this record while you were editing it. Here are the current values: check them and make "
                + "your change again."), errorSummaryItems());
        assertEquals("14", value("hoursPerWeek"));
        browser.assertAccessible("client-edit-stale");

        browser.open("/c/" + council.id() + "/clients/view?id=" + id);
        driver.findElement(By.cssSelector("label[for=status-MATCHED]")).click();
        submit("move");
        assertEquals("The status of SW-1001 is now Matched.", banner());
        assertEquals("Matched", text("client-status"));

        submit(driver.findElement(By.id("nav-clients")));
        assertEquals("SW-1001", driver.findElement(By.cssSelector("#clients-table tbody th")).getText());
        browser.assertAccessible("clients-list");

        List<JsonObject> views = council.asAdmin().get("clients/" + id + "/views").array().getValuesAs(JsonObject.class);
        assertTrue(views.stream().allMatch(v -> v.getString("viewer").equals(BROKER)), views.toString());
        assertTrue(views.stream().anyMatch(v -> v.getString("via").equals("page /clients/view")), views.toString());
        assertTrue(views.stream().anyMatch(v -> v.getString("via").equals("page /clients/edit")), views.toString());
    }

    @Test
    void aViewerHasNoClients(RunningPlatform platform) {
        onboard(platform, "ENGLAND");
        signIn("/c/" + council.id() + "/sign-in", VIEWER, CouncilFixture.USER_PASSWORD);
        assertTrue(driver.findElements(By.id("nav-clients")).isEmpty());
        browser.open("/c/" + council.id() + "/clients");
        assertFalse(driver.getPageSource().contains("add-client"));
        assertTrue(driver.findElements(By.id("clients-table")).isEmpty() && driver.findElements(By.id("no-clients")).isEmpty());
    }

    @Test
    void aWelshCouncilShowsTheClientPagesInWelsh(RunningPlatform platform) {
        onboard(platform, "WALES");
        String id = council.as(BROKER).create("clients", json("{'reference':'CY-1','postcode':'SA1 1AA','locality':'TROON',"
                + "'servicesNeeded':['PERSONAL_CARE'],'hoursPerWeek':7,'fundingRoute':'DIRECT_PAYMENT','referredOn':'2024-02-20'}"))
                .getString("id");
        signIn("/c/" + council.id() + "/sign-in", BROKER, CouncilFixture.USER_PASSWORD);
        browser.open("/c/" + council.id() + "/clients");
        assertHeading("Clients");
        browser.assertAccessible("clients-welsh-council-en");
        submit(driver.findElement(By.id("language-switch")));
        waitForLanguage("cy");
        assertHeading("Cleientiaid");
        assertEquals("Ychwanegu cleient", text("add-client"));
        browser.assertAccessible("clients-cy");

        submit("add-client");
        assertHeading("Ychwanegu cleient");
        submit("create");
        assertTrue(errorSummaryItems().contains("Dewiswch sut y telir am y gofal"));
        browser.assertAccessible("client-new-errors-cy");

        browser.open("/c/" + council.id() + "/clients/view?id=" + id);
        assertHeading("CY-1");
        assertEquals("Yn aros", text("client-status"));
        assertTrue(text("no-consent").contains("Nid yw'r cleient wedi cytuno eto"));
        browser.assertAccessible("client-page-cy");
    }


    /** Ticks the radio or checkbox of {@code name} with {@code value}, by its label, as a person would. */

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
}
