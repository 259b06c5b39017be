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
import org.openqa.selenium.support.ui.Select;

/**
 * Introductions through the pages: a broker shortlists an ME for a client, introduces them, is told a
 * declined outcome needs a reason, records it, and sees the history on the client and on the ME. axe
 * (WCAG 2.2 AA) on every page visited.
 */
class IntroductionsBrowserIT extends BrowserTest {

    private static final String BROKER = "bea.broker";
    private static final String ME_BODY = json("{'tradingName':'Troon Home Help','ownerName':'Morag Reid','gender':'FEMALE',"
            + "'postcode':'KA10 6EP','localities':['TROON'],'services':['PERSONAL_CARE'],'hourlyRate':'20.00','capacityHoursPerWeek':30,"
            + "'personalCare':true,'medication':false,'petsOk':true,'languages':['en'],'specialisms':[],"
            + "'availability':[{'day':'MON','from':'09:00','to':'15:00'}],'referralSource':'JOB_CLUB','enquiryDate':'2024-03-04'}");

    @Test
    void aBrokerShortlistsIntroducesAndRecordsADeclinedOutcome(RunningPlatform platform) {
        CouncilFixture council = CouncilFixture.onboard(platform, "in", "SCOTLAND");
        council.asAdmin().create("localities", json("{'code':'TROON','name':'Troon'}"));
        council.addUser(BROKER, "BROKER");
        String meId = council.asAdmin().create("micro-enterprises", ME_BODY).getString("id");
        String clientId = council.as(BROKER).create("clients", json("{'reference':'SW-1001','postcode':'KA10 6EP','locality':'TROON',"
                + "'servicesNeeded':['PERSONAL_CARE'],'hoursPerWeek':7,'fundingRoute':'DIRECT_PAYMENT','referredOn':'2024-02-20',"
                + "'consentGivenOn':'2024-02-20'}")).getString("id");
        signIn("/c/" + council.id() + "/sign-in", BROKER, CouncilFixture.USER_PASSWORD);

        browser.open("/c/" + council.id() + "/clients/view?id=" + clientId);
        assertTrue(driver.findElements(By.id("no-introductions")).size() == 1, "no introductions yet");
        browser.open("/c/" + council.id() + "/clients/introduction-shortlist?id=" + clientId + "&me=" + meId);
        assertHeading("Shortlist a micro-enterprise");
        assertTrue(text("shortlist-me").contains("Troon Home Help"));
        browser.assertAccessible("introduction-shortlist");
        driver.findElement(By.id("note")).sendKeys("Speaks Welsh");
        submit("shortlist");
        assertEquals("A micro-enterprise has been shortlisted for SW-1001.", banner());
        assertTrue(rows().get(0).getText().contains("Shortlisted"), rows().get(0).getText());
        browser.assertAccessible("client-introductions");

        submit(rows().get(0).findElements(By.tagName("a")).get(0));
        assertHeading("Introduce the client");
        browser.assertAccessible("introduce");
        submit("introduce");
        assertEquals("The introduction for SW-1001 has been recorded.", banner());
        assertTrue(rows().get(0).getText().contains("Introduced"), rows().get(0).getText());

        submit(rows().get(0).findElements(By.tagName("a")).get(0));
        assertHeading("Record the outcome of an introduction");
        new Select(driver.findElement(By.id("outcome"))).selectByValue("DECLINED");
        submit("record-outcome");
        browser.waitFor(By.className("govuk-error-summary"));
        assertEquals(List.of("Choose why the introduction was declined"), driver.findElements(By.cssSelector(".govuk-error-summary__list li"))
                .stream().map(WebElement::getText).toList());
        browser.assertAccessible("introduction-outcome-errors");
        new Select(driver.findElement(By.id("outcome"))).selectByValue("DECLINED");
        new Select(driver.findElement(By.id("reason"))).selectByValue("NOT_AVAILABLE");
        submit("record-outcome");
        assertEquals("The outcome of the introduction for SW-1001 has been recorded.", banner());
        String row = rows().get(0).getText();
        assertTrue(row.contains("Declined") && row.contains("Not available"), row);
        assertTrue(rows().get(0).findElements(By.tagName("a")).isEmpty(), "decided once: no actions");

        browser.open("/c/" + council.id() + "/micro-enterprises/view?id=" + meId);
        assertTrue(rows().get(0).getText().contains("SW-1001") && rows().get(0).getText().contains("Declined"), rows().get(0).getText());
        browser.assertAccessible("me-introductions");
        assertEquals(1, council.asAdmin().get("audit?action=INTRODUCTION_DECLINED&recordId=" + clientId).array().size());
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#introductions-table tbody tr"));
    }
}
