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
 * Concerns through the pages: a broker raises a safeguarding concern from an ME's page (every problem
 * named first), sees it first and marked on the dashboard, and closes it with an outcome. axe (WCAG 2.2 AA)
 * on every page visited, in English and on a Welsh council in Welsh.
 */
class ConcernsBrowserIT extends BrowserTest {

    private static final String BROKER = "bea.broker";
    private static final String ME_BODY = json("{'tradingName':'Troon Home Help','ownerName':'Morag Reid','gender':'FEMALE',"
            + "'postcode':'KA10 6EP','localities':['TROON'],'services':['PERSONAL_CARE'],'hourlyRate':'20.00','capacityHoursPerWeek':30,"
            + "'personalCare':true,'medication':false,'petsOk':true,'languages':['en'],'specialisms':[],"
            + "'availability':[{'day':'MON','from':'09:00','to':'15:00'}],'referralSource':'JOB_CLUB','enquiryDate':'2024-03-04'}");

    private CouncilFixture council;
    private String meId;

    private void onboard(RunningPlatform platform, String nation) {
        council = CouncilFixture.onboard(platform, "co", nation);
        council.asAdmin().create("localities", json("{'code':'TROON','name':'Troon'}"));
        council.addUser(BROKER, "BROKER");
        meId = council.asAdmin().create("micro-enterprises", ME_BODY).getString("id");
    }

    @Test
    void aBrokerRaisesASafeguardingConcernFromAnMePageSeesItOnTheDashboardAndClosesIt(RunningPlatform platform) {
        onboard(platform, "SCOTLAND");
        council.as(BROKER).create("concerns", json("{'kind':'CONCERN','microEnterpriseId':'" + meId + "','raisedBy':'Broker',"
                + "'source':'BROKER','category':'MISSED_VISIT','description':'Late twice'}"));
        signIn("/c/" + council.id() + "/sign-in", BROKER, CouncilFixture.USER_PASSWORD);
        browser.open("/c/" + council.id() + "/micro-enterprises/view?id=" + meId);
        assertEquals(1, driver.findElements(By.cssSelector("#concerns-table tbody tr")).size(), "the ME's concerns are on its page");

        submit("raise-concern");
        assertHeading("Raise a concern or complaint");
        assertEquals("Troon Home Help", text("concern-about"));
        browser.assertAccessible("concern-new");
        fill("raisedOn", "");
        submit("raise-concern");
        List<String> summary = errorSummaryItems();
        assertEquals(List.of("Choose whether it is a concern or a complaint", "Enter who raised it, in 200 characters or fewer",
                "Choose where the concern came from", "Choose what the concern is about",
                "Describe what happened, in 4000 characters or fewer"), summary);
        assertTrue(text("raisedBy-error").contains("Enter who raised it"), "inline too");
        browser.assertAccessible("concern-new-errors");

        choose("kind", "COMPLAINT");
        fill("raisedBy", "Client's neighbour");
        new Select(driver.findElement(By.id("source"))).selectByValue("OTHER");
        new Select(driver.findElement(By.id("category"))).selectByValue("SAFEGUARDING");
        fill("description", "Heard shouting during a visit");
        submit("raise-concern");
        assertEquals("The concern has been raised.", banner());
        assertEquals("Complaint: Safeguarding", heading());
        assertEquals("Safeguarding", text("concern-safeguarding"));
        assertEquals("Open", text("concern-status"));
        assertEquals("Client's neighbour (Someone else)", text("concern-raised-by"));
        browser.assertAccessible("concern-page");

        submit(driver.findElement(By.id("nav-dashboard")));
        List<WebElement> rows = driver.findElements(By.cssSelector("#open-concerns tbody tr"));
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).getText().contains("Safeguarding") && rows.get(0).getText().contains("Troon Home Help"),
                "the safeguarding one comes first, marked: " + rows.get(0).getText());
        assertTrue(!rows.get(1).getText().contains("Safeguarding"), rows.get(1).getText());
        browser.assertAccessible("dashboard-concerns");

        submit(rows.get(0).findElement(By.tagName("a")));
        submit("close-concern");
        assertEquals(List.of("Choose the outcome"), errorSummaryItems());
        browser.assertAccessible("concern-close-errors");
        choose("outcome", "REFERRED_TO_SAFEGUARDING");
        fill("outcomeNote", "Referred to the adult protection team");
        submit("close-concern");
        assertEquals("The concern has been closed.", banner());
        assertEquals("Closed", text("concern-status"));
        assertEquals("Referred to safeguarding", text("concern-outcome"));
        assertTrue(driver.findElements(By.id("close-concern")).isEmpty(), "closed once: no form");
        browser.assertAccessible("concern-closed");

        submit(driver.findElement(By.id("nav-dashboard")));
        assertEquals(1, driver.findElements(By.cssSelector("#open-concerns tbody tr")).size());
        assertEquals(1, council.asAdmin().get("audit?action=CONCERN_CLOSED&recordId=" + meId).array().size());
    }

    @Test
    void aWelshCouncilShowsTheConcernPagesInWelsh(RunningPlatform platform) {
        onboard(platform, "WALES");
        String id = council.as(BROKER).create("concerns", json("{'kind':'CONCERN','microEnterpriseId':'" + meId + "','raisedBy':'Brocer',"
                + "'source':'BROKER','category':'SAFEGUARDING','description':'Pryder'}")).getString("id");
        signIn("/c/" + council.id() + "/sign-in", BROKER, CouncilFixture.USER_PASSWORD);
        browser.open("/c/" + council.id() + "/concerns/new?me=" + meId);
        assertHeading("Raise a concern or complaint");
        browser.assertAccessible("concern-new-welsh-council-en");
        submit(driver.findElement(By.id("language-switch")));
        waitForLanguage("cy");
        assertHeading("Codi pryder neu gwyn");
        submit("raise-concern");
        assertTrue(errorSummaryItems().contains("Dewiswch am beth mae'r pryder"));
        browser.assertAccessible("concern-new-errors-cy");

        browser.open("/c/" + council.id() + "/concerns/view?id=" + id);
        assertEquals("Diogelu", text("concern-safeguarding"));
        browser.assertAccessible("concern-page-cy");
        browser.open("/c/" + council.id() + "/dashboard");
        assertTrue(driver.findElement(By.id("open-concerns")).getText().contains("Diogelu"));
        browser.assertAccessible("dashboard-cy");
    }


    /** Ticks the radio of {@code name} with {@code value}, by its label, as a person would. */

    private void fill(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
    }
}
