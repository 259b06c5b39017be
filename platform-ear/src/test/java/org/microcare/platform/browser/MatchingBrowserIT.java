package org.microcare.platform.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.CouncilFixture.json;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.microcare.platform.CouncilFixture;
import org.microcare.platform.MatchingIT;
import org.microcare.platform.RunningPlatform;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A broker finds matches for a client on a Welsh council: the ranked MEs with their reasons, a day with
 * none, why one ME is left out; in English and in Welsh, axe (WCAG 2.2 AA) on every page.
 */
class MatchingBrowserIT extends BrowserTest {

    private static final String BROKER = "bea.broker";

    @Test
    void aBrokerSeesRankedMatchesWithReasonsAndWhyAnMeIsLeftOut(RunningPlatform platform) {
        CouncilFixture council = CouncilFixture.onboard(platform, "mb", "WALES");
        CouncilFixture.Caller admin = council.asAdmin();
        admin.create("localities", json("{'code':'TENBY','name':'Tenby'}"));
        council.addUser(BROKER, "BROKER");
        CouncilFixture.Caller broker = council.as(BROKER);
        String ceri = MatchingIT.list(admin, broker, me(broker, "Ceri Cares", "FEMALE", 20, "'cy','en'"));
        MatchingIT.list(admin, broker, me(broker, "Dai Helps", "MALE", 20, "'en'"));
        String small = MatchingIT.list(admin, broker, me(broker, "Two Hours", "FEMALE", 2, "'cy'"));
        String client = broker.create("clients", json("{'reference':'CY-7','postcode':'SA70 7AA','locality':'TENBY',"
                + "'servicesNeeded':['PERSONAL_CARE'],'hoursPerWeek':7,'fundingRoute':'DIRECT_PAYMENT',"
                + "'preferences':{'carerGender':'FEMALE','language':'cy','hasPets':false,'specialisms':[]},"
                + "'preferredTimes':[{'day':'MON','from':'09:00','to':'12:00'}],'referredOn':'2024-02-20','consentGivenOn':'2024-02-20'}"))
                .getString("id");

        signIn("/c/" + council.id() + "/sign-in", BROKER, CouncilFixture.USER_PASSWORD);
        browser.open("/c/" + council.id() + "/clients/view?id=" + client);
        submit(driver.findElement(By.id("find-matches")));
        assertHeading("Matches");
        assertTrue(text("matches-heading").startsWith("2 matches on"), text("matches-heading"));
        List<String> names = driver.findElements(By.cssSelector("#matches .govuk-summary-card__title a")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Ceri Cares", "Dai Helps"), names);
        String first = text("match-1");
        assertTrue(first.contains("100 out of 100") && first.contains("Speaks Welsh") && first.contains("Free Monday 09:00–12:00")
                && first.contains("Every preference"), first);
        assertTrue(text("match-2").contains("Not a woman (preferred)"), text("match-2"));
        browser.assertAccessible("matches");
        browser.screenshot("matches");

        new Select(driver.findElement(By.id("me"))).selectByVisibleText("Two Hours");
        submit("ask-why");
        assertTrue(text("why-answer").contains("Two Hours is not matched") && text("why-answer").contains("2 hours a week spare, 7 needed"),
                text("why-answer"));
        browser.assertAccessible("matches-why");
        new Select(driver.findElement(By.id("me"))).selectByVisibleText("Ceri Cares");
        submit("ask-why");
        assertTrue(text("why-answer").contains("Ceri Cares is among the matches"), text("why-answer"));
        // an enquiry working elsewhere: the place is said by the council's name for it
        admin.create("localities", json("{'code':'PEMBROKE','name':'Pembroke'}"));
        String elsewhere = broker.create("micro-enterprises", json("{'tradingName':'Pembroke Care','ownerName':'Owner','gender':'FEMALE',"
                + "'postcode':'SA71 4AA','localities':['PEMBROKE'],'services':['PERSONAL_CARE'],'hourlyRate':'20.00','capacityHoursPerWeek':20,"
                + "'personalCare':true,'medication':false,'petsOk':true,'languages':['cy'],'specialisms':[],'availability':[],"
                + "'enquiryDate':'2024-01-10'}")).getString("id");
        browser.open("/c/" + council.id() + "/clients/matches?id=" + client + "&me=" + elsewhere);
        assertTrue(text("why-answer").contains("Does not work in Tenby"), text("why-answer"));

        driver.findElement(By.id("on")).clear();
        driver.findElement(By.id("on")).sendKeys("2020-01-01");
        submit("show-matches");
        assertTrue(text("matches-heading").startsWith("No matches on"), text("matches-heading"));
        assertTrue(text("no-matches").contains("No micro-enterprise meets every need"));
        driver.findElement(By.id("on")).clear();
        driver.findElement(By.id("on")).sendKeys("someday");
        submit("show-matches");
        assertTrue(errorSummary().contains("Enter the day as year-month-day"));
        browser.assertAccessible("matches-errors");

        browser.open("/c/" + council.id() + "/clients/matches?id=" + client + "&me=" + small);
        submit(driver.findElement(By.id("language-switch")));
        waitForLanguage("cy");
        assertHeading("Parau");
        assertTrue(text("match-1").contains("Yn siarad Cymraeg") && text("match-1").contains("Ar gael Dydd Llun 09:00–12:00"), text("match-1"));
        assertTrue(text("why-answer").contains("awr yr wythnos yn sbâr"), text("why-answer"));
        browser.assertAccessible("matches-cy");
        browser.screenshot("matches-cy");
        browser.open("/c/" + council.id() + "/clients/matches?id=nobody");
        assertHeading("Heb ddod o hyd i'r dudalen");
        browser.open("/c/" + council.id() + "/clients/matches?id=" + ceri);
        assertHeading("Heb ddod o hyd i'r dudalen");
    }

    private static String me(CouncilFixture.Caller broker, String name, String gender, int capacity, String languages) {
        return broker.create("micro-enterprises", json("{'tradingName':'" + name + "','ownerName':'Owner','gender':'" + gender
                + "','postcode':'SA70 7AA','localities':['TENBY'],'services':['PERSONAL_CARE'],'hourlyRate':'20.00','capacityHoursPerWeek':"
                + capacity + ",'personalCare':true,'medication':false,'petsOk':true,'languages':[" + languages + "],'specialisms':[],"
                + "'availability':[{'day':'MON','from':'08:00','to':'17:00'}],'enquiryDate':'2024-01-10'}")).getString("id");
    }
}
