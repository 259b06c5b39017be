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

/**
 * Cover through the pages: from the absence on the ME's page, the cover page lists the affected client
 * with its ranked candidates and why; a broker assigns cover, which then shows on the cover page, the
 * client's page, the covering ME's page and the arrangement's page; a refusal is named in the error
 * summary; an absence affecting nobody says so. axe (WCAG 2.2 AA) in English and, on a Welsh council, in Welsh.
 */
class CoverBrowserIT extends BrowserTest {

    private static final String BROKER = "bea.broker";
    private static final LocalDate TODAY = DirectoryFixture.TODAY;
    private static final LocalDate AWAY_FROM = TODAY.plusDays(3);
    private static final LocalDate AWAY_TO = TODAY.plusDays(9);

    private CouncilFixture council;
    private String away;
    private String cover;
    private String clientId;
    private String absence;

    private void onboard(RunningPlatform platform, String nation) {
        DirectoryFixture directory = DirectoryFixture.onboard(platform, "covb", nation).locality("TROON", "Troon");
        council = directory.council();
        council.addUser(BROKER, "BROKER");
        away = directory.listed("Away Care", b -> b.add("hourlyRate", "20.00").add("capacityHoursPerWeek", 30));
        cover = directory.listed("Ceri Cover", b -> b.add("hourlyRate", "19.00").add("capacityHoursPerWeek", 30));
        directory.listed("Zed Cover", b -> b.add("hourlyRate", "21.00").add("capacityHoursPerWeek", 30));
        CouncilFixture.Caller broker = council.as(BROKER);
        clientId = broker.create("clients", json("{'reference':'SW-C1','postcode':'KA10 6EP','locality':'TROON',"
                + "'servicesNeeded':['DOMESTIC_SUPPORT'],'hoursPerWeek':7,'fundingRoute':'DIRECT_PAYMENT','referredOn':'2024-02-20',"
                + "'consentGivenOn':'2024-02-20'}")).getString("id");
        broker.create("arrangements", json("{'clientId':'" + clientId + "','microEnterpriseId':'" + away + "','startsOn':'" + TODAY.minusDays(5)
                + "','hoursPerWeek':7,'hourlyRate':'20.00','funding':'DIRECT_PAYMENT'}"));
        absence = broker.create("micro-enterprises/" + away + "/absences", json("{'startsOn':'" + AWAY_FROM + "','endsOn':'" + AWAY_TO
                + "','planned':true}")).getString("id");
    }

    @Test
    void aBrokerFindsAndAssignsCoverFromTheAbsence(RunningPlatform platform) {
        onboard(platform, "SCOTLAND");
        signIn("/c/" + council.id() + "/sign-in", BROKER, CouncilFixture.USER_PASSWORD);
        browser.open("/c/" + council.id() + "/micro-enterprises/view?id=" + away);
        submit(driver.findElement(By.id("cover-" + absence)));
        assertHeading("Cover for an absence");
        assertEquals("Clients affected: 1", text("affected-heading"));
        assertTrue(text("affected-1-days").contains("to"), text("affected-1-days"));
        assertEquals(List.of("Ceri Cover", "Zed Cover"), candidates(1), "equal scores by trading name");
        assertTrue(text("affected-1-candidate-1").contains("No other clients yet"), text("affected-1-candidate-1"));
        browser.assertAccessible("cover");

        submit("assign-1-1");
        assertTrue(banner().startsWith("Cover arranged: Ceri Cover for SW-C1"), banner());
        assertTrue(text("affected-1-covers").startsWith("Ceri Cover, from"), text("affected-1-covers"));
        browser.assertAccessible("cover-assigned");

        submit(driver.findElement(By.cssSelector("#affected-1-covers a")));
        assertTrue(text("arrangement-cover").startsWith("Cover for Away Care during their absence from"), text("arrangement-cover"));
        assertEquals("£19.00", text("arrangement-rate"));
        browser.assertAccessible("cover-arrangement");

        browser.open("/c/" + council.id() + "/clients/view?id=" + clientId);
        assertTrue(driver.findElement(By.id("arrangements-table")).getText().contains("Cover for Away Care during their absence"));
        browser.open("/c/" + council.id() + "/micro-enterprises/view?id=" + cover);
        assertTrue(driver.findElement(By.id("arrangements-table")).getText().contains("Cover for Away Care during their absence"));
    }

    @Test
    void refusalsAndEmptyStatesInWelsh(RunningPlatform platform) {
        onboard(platform, "WALES");
        CouncilFixture.Caller broker = council.as(BROKER);
        // Ceri is away too from the last day of the absence, recorded after the page was read: refused on assignment
        signIn("/c/" + council.id() + "/sign-in", BROKER, CouncilFixture.USER_PASSWORD);
        browser.open("/c/" + council.id() + "/micro-enterprises/cover?id=" + away + "&absence=" + absence);
        assertHeading("Cover for an absence");
        broker.create("micro-enterprises/" + cover + "/absences", json("{'startsOn':'" + AWAY_TO + "','endsOn':'" + AWAY_TO.plusDays(2)
                + "','planned':true}"));
        submit("assign-1-1");
        browser.waitFor(By.className("govuk-error-summary"));
        assertTrue(errorSummary().contains("Ceri Cover is away itself"), errorSummary());
        assertEquals(List.of("Zed Cover"), candidates(1), "read again: Ceri is left out now");
        browser.assertAccessible("cover-refused");

        submit(driver.findElement(By.id("language-switch")));
        waitForLanguage("cy");
        assertHeading("Cyflenwi yn ystod absenoldeb");
        browser.assertAccessible("cover-cy");

        // an absence of an ME with no arrangements affects nobody
        String later = broker.create("micro-enterprises/" + cover + "/absences", json("{'startsOn':'" + TODAY.plusDays(30) + "','endsOn':'"
                + TODAY.plusDays(31) + "','planned':false}")).getString("id");
        browser.open("/c/" + council.id() + "/micro-enterprises/cover?id=" + cover + "&absence=" + later);
        assertTrue(text("no-affected").startsWith("Nid oes gan unrhyw gleient"), text("no-affected"));
        browser.assertAccessible("cover-none-cy");
    }

    private List<String> candidates(int affected) {
        return driver.findElements(By.cssSelector("#affected-" + affected + " .govuk-summary-card__title a")).stream()
                .map(WebElement::getText).toList();
    }
}
