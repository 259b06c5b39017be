package org.microcare.platform.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.CouncilFixture.json;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.microcare.platform.CouncilFixture;
import org.microcare.platform.DirectoryFixture;
import org.microcare.platform.RunningPlatform;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Arrangements through the pages: a broker arranges care from the client's page (every problem named
 * first), sees the person's top-up against the Direct Payment rate and records the month's hours. axe
 * (WCAG 2.2 AA) on every page visited, in English and on a Welsh council in Welsh.
 */
class ArrangementsBrowserIT extends BrowserTest {

    private static final String BROKER = "bea.broker";
    private static final LocalDate TODAY = DirectoryFixture.TODAY;

    private CouncilFixture council;
    private String clientId;
    private String meId;

    private void onboard(RunningPlatform platform, String nation) {
        DirectoryFixture directory = DirectoryFixture.onboard(platform, "arrb", nation).locality("TROON", "Troon");
        council = directory.council();
        council.addUser(BROKER, "BROKER");
        meId = directory.listed("Troon Care Co", b -> b.add("hourlyRate", "20.00").add("capacityHoursPerWeek", 30));
        council.asAdmin().create("rates", json("{'type':'DIRECT_PAYMENT','hourlyRate':'16.98','validFrom':'" + TODAY.minusDays(30) + "'}"));
        clientId = council.as(BROKER).create("clients", json("{'reference':'SW-B1','postcode':'KA10 6EP','locality':'TROON',"
                + "'servicesNeeded':['DOMESTIC_SUPPORT'],'hoursPerWeek':7,'fundingRoute':'DIRECT_PAYMENT','referredOn':'2024-02-20',"
                + "'consentGivenOn':'2024-02-20'}")).getString("id");
    }

    @Test
    void aBrokerArrangesCareSeesTheTopUpAndRecordsHours(RunningPlatform platform) {
        onboard(platform, "SCOTLAND");
        signIn("/c/" + council.id() + "/sign-in", BROKER, CouncilFixture.USER_PASSWORD);
        browser.open("/c/" + council.id() + "/clients/view?id=" + clientId);
        assertEquals("No care arranged yet.", text("no-arrangements"));
        submit("arrange-care");
        assertHeading("Arrange care");
        browser.assertAccessible("arrangement-new");

        submit("save-arrangement");
        List<String> summary = errorSummaryItems();
        assertTrue(summary.containsAll(List.of("Choose a micro-enterprise", "Enter the first day as year-month-day, for example 2024-03-04",
                "Enter the hours per week as a whole number from 1 to 168")), summary.toString());
        assertTrue(text("startsOn-error").contains("Enter the first day"), "inline too");
        browser.assertAccessible("arrangement-new-errors");

        new Select(driver.findElement(By.id("microEnterpriseId"))).selectByValue(meId);
        fill("startsOn", TODAY.toString());
        fill("hoursPerWeek", "7");
        submit("save-arrangement");
        assertEquals("Care arranged for SW-B1 with Troon Care Co.", banner());
        assertEquals("£20.00", text("arrangement-rate"), "the ME's rate, as the rate was left blank");
        assertEquals("£3.02", text("top-up-per-hour"));
        assertEquals("£21.14", text("top-up-per-week"));
        assertTrue(text("top-up-dp-rate").startsWith("£16.98"), text("top-up-dp-rate"));
        assertEquals("No hours recorded yet.", text("no-hours"));
        browser.assertAccessible("arrangement-page");

        fill("month", TODAY.toString().substring(0, 7));
        fill("hoursText", "-3");
        submit("record-hours");
        assertTrue(errorSummaryItems().get(0).startsWith("Enter the hours as a number from 0"), errorSummaryItems().toString());
        browser.assertAccessible("arrangement-hours-error");
        fill("month", TODAY.toString().substring(0, 7));
        fill("hoursText", "20.5"); // the arrangement starts today: on a month's last day, one day of it (at most 24 hours) is in the month
        submit("record-hours");
        assertEquals("Hours recorded for SW-B1 with Troon Care Co.", banner());
        assertEquals("20.50", driver.findElement(By.cssSelector("#hours-table tbody td.govuk-table__cell--numeric")).getText());
        browser.assertAccessible("arrangement-hours");

        browser.open("/c/" + council.id() + "/clients/view?id=" + clientId);
        assertEquals("Troon Care Co", driver.findElement(By.cssSelector("#arrangements-table tbody a")).getText());
    }

    @Test
    void aWelshCouncilShowsTheArrangementPagesInWelsh(RunningPlatform platform) {
        onboard(platform, "WALES");
        String id = council.as(BROKER).create("arrangements", json("{'clientId':'" + clientId + "','microEnterpriseId':'" + meId
                + "','startsOn':'" + TODAY + "','hoursPerWeek':7,'hourlyRate':'20.00','funding':'DIRECT_PAYMENT'}")).getString("id");
        signIn("/c/" + council.id() + "/sign-in", BROKER, CouncilFixture.USER_PASSWORD);
        browser.open("/c/" + council.id() + "/arrangements/new?id=" + clientId);
        assertHeading("Arrange care");
        submit(driver.findElement(By.id("language-switch")));
        waitForLanguage("cy");
        assertHeading("Trefnu gofal");
        browser.assertAccessible("arrangement-new-cy");
        submit("save-arrangement");
        assertTrue(errorSummaryItems().contains("Dewiswch ficro-fenter"), errorSummaryItems().toString());
        browser.assertAccessible("arrangement-new-errors-cy");

        browser.open("/c/" + council.id() + "/arrangements/view?id=" + id);
        assertEquals("Ychwanegiad", text("top-up-heading"));
        assertEquals("£3.02", text("top-up-per-hour"));
        browser.assertAccessible("arrangement-page-cy");
    }


    private void fill(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
    }
}
