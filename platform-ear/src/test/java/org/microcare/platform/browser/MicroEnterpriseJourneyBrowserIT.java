package org.microcare.platform.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcare.platform.Api;
import org.microcare.platform.RunningPlatform;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A broker's micro-enterprise journey through the pages only: enquiry, development, a listing refused
 * until every mandatory requirement has evidence, listed, paused, relisted and left, with the timeline;
 * a versioned edit someone else beats; evidence corrected, business support and a grant application;
 * the dashboard's figures following all of it; a viewer who may read but not write; the same pages in
 * Welsh; the navigation at 1280 and 320 pixels. Every page visited passes axe (WCAG 2.2 AA).
 */
class MicroEnterpriseJourneyBrowserIT extends BrowserTest {

    private static final String ADMIN_PASSWORD = "journey-admin-password";
    private static final String BROKER = "bryn.broker";
    private static final String BROKER_PASSWORD = "journey-broker-password";
    private static final String VIEWER = "vera.viewer";
    private static final String VIEWER_PASSWORD = "journey-viewer-password";
    /** The mandatory requirements of the Welsh framework that apply to a personal-care ME who gives no medication. */
    private static final List<String> MANDATORY = List.of("DBS_ENHANCED", "PUBLIC_LIABILITY", "HMRC_SELF_EMPLOYED", "SAFEGUARDING", "CODE_OF_CONDUCT");
    private static final List<String> NOT_APPLYING = List.of("FOOD_HYGIENE", "MEDICATION_TRAINING");
    private static final List<String> WRITE_PAGES = List.of("edit", "stage", "evidence", "session", "confirm", "grant", "absence",
            "absence-cancel");

    private final LocalDate today = LocalDate.now();
    private String council;
    private RunningPlatform platform;

    @BeforeEach
    void onboardAWelshCouncil(RunningPlatform platform) {
        this.platform = platform;
        council = onboardCouncil("me", "Cyngor Bwrdeistref Sirol Prawf", "WALES", "Gofal Bach", "admin", ADMIN_PASSWORD);
        assertEquals(201, api.post(path("/api/v1/localities"), "{\"code\":\"TROON\",\"name\":\"Troon\"}", "admin", ADMIN_PASSWORD).status());
        addUser(BROKER, BROKER_PASSWORD, "BROKER");
        addUser(VIEWER, VIEWER_PASSWORD, "VIEWER");
        Api.Answer scheme = api.post(path("/api/v1/grant-schemes"), "{\"name\":\"Start-up fund\",\"budget\":\"2000.00\",\"maxAward\":\"500.00\","
                + "\"opensOn\":\"2024-04-01\"}", "admin", ADMIN_PASSWORD);
        assertEquals(201, scheme.status(), scheme.toString());
    }

    // --- the journey ---

    @Test
    void aBrokerTakesAMicroEnterpriseFromEnquiryToListedAndOutAgain() {
        signInAs(BROKER, BROKER_PASSWORD);
        open("/dashboard");
        assertHeading("Dashboard");
        assertEquals(List.of(0, 0, 0, 0, 0, 0), figures());
        assertTrue(text("new-enquiries").contains("No new enquiries"));
        assertEquals("None this week.", text("removals"), "nothing taken off by the daily check yet, and the page says so");
        browser.assertAccessible("journey-dashboard-empty");

        driver.findElement(By.id("nav-micro-enterprises")).click();
        assertHeading("Micro-enterprises");
        driver.findElement(By.id("add-micro-enterprise")).click();
        assertHeading("Add a micro-enterprise");
        type("tradingName", "Troon Care Co");
        type("ownerName", "Morag Smith");
        type("postcode", "KA10 6EP");
        driver.findElement(By.cssSelector("input[name=localities][value=TROON]")).click();
        driver.findElement(By.cssSelector("input[name=services][value=PERSONAL_CARE]")).click();
        type("hourlyRate", "20.00");
        type("capacityHoursPerWeek", "30");
        type("enquiryDate", daysAgo(20));
        submit("create");
        assertHeading("Troon Care Co");
        assertTrue(banner().contains("Troon Care Co added"));
        assertEquals("Enquiry", text("stage"));
        assertTrue(text("timeline-table").contains("Enquiry recorded"));
        for (String code : MANDATORY) {
            assertTrue(row("compliance-table", code).getText().contains("Missing"), code);
        }
        for (String code : NOT_APPLYING) {
            assertFalse(text("compliance-table").contains(code), code + " does not apply to this ME");
        }
        browser.assertAccessible("journey-me-enquiry");
        String meId = meIdFromUrl();

        open("/dashboard");
        assertEquals(1, figure("figure-new-enquiries"));
        assertTrue(text("new-enquiries").contains("Troon Care Co"));
        assertTrue(row("stages-table", "Enquiry").getText().contains("1"));
        assertTrue(text("waiting-ENQUIRY").contains("Troon Care Co") && text("waiting-ENQUIRY").contains("20 days"), text("waiting-ENQUIRY"));
        browser.assertAccessible("journey-dashboard-enquiry");

        // to developing, with the keyboard alone
        openMe(meId);
        driver.findElement(By.id("move-stage")).click();
        assertHeading("Move to another stage");
        assertEquals(List.of("DEVELOPING", "LEFT"), stageChoices(), "only the moves the journey allows from an enquiry");
        browser.assertAccessible("journey-stage-enquiry");
        submit("move");
        assertTrue(errorSummary().contains("Choose the stage it is moving to"));
        assertTrue(text("stage-error").contains("Choose the stage"));
        browser.assertAccessible("journey-stage-errors");
        tabTo(e -> "stage-DEVELOPING".equals(e.getAttribute("id")), "the Developing radio").sendKeys(Keys.SPACE);
        WebElement on = tabToId("on");
        on.sendKeys(Keys.chord(Keys.CONTROL, "a"), daysAgo(15));
        WebElement page = driver.findElement(By.tagName("html"));
        tabToId("move").sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(page));
        assertHeading("Troon Care Co");
        assertTrue(banner().contains("now at the stage: Developing"), banner());
        assertEquals("Developing", text("stage"));

        // listing is refused while evidence is missing, naming every missing requirement
        driver.findElement(By.id("move-stage")).click();
        assertEquals(List.of("ENQUIRY", "LISTED", "LEFT"), stageChoices());
        driver.findElement(By.id("stage-LISTED")).click();
        type("on", daysAgo(10));
        submit("move");
        String summary = errorSummary();
        assertTrue(summary.contains("cannot be listed until every mandatory requirement has valid evidence"), summary);
        for (String code : MANDATORY) {
            assertTrue(summary.contains("Record valid evidence for") && summary.contains("(" + code + ")"), code + " in " + summary);
            assertTrue(driver.findElement(By.id("missing-" + code)).isDisplayed());
        }
        for (String code : NOT_APPLYING) {
            assertFalse(summary.contains(code), code + " is not needed");
        }
        assertTrue(driver.findElement(By.id("stage-LISTED")).isSelected(), "the choice is kept");
        browser.assertAccessible("journey-stage-listing-refused");

        // evidence for each, the first from the refusal's own link
        driver.findElement(By.cssSelector("#missing-DBS_ENHANCED a")).click();
        assertHeading("Record evidence");
        assertEquals("DBS_ENHANCED", new Select(driver.findElement(By.id("requirement"))).getFirstSelectedOption().getAttribute("value"));
        assertTrue(text("expiresOn-hint").contains("the requirement's validity applies"));
        browser.assertAccessible("journey-evidence");
        type("checkedOn", "last week");
        submit("save-evidence");
        assertTrue(errorSummary().contains("Enter the day it was checked"));
        assertTrue(text("checkedOn-error").contains("Enter the day it was checked"));
        browser.assertAccessible("journey-evidence-errors");
        type("checkedOn", daysAgo(12));
        type("reference", "DBS-001");
        submit("save-evidence");
        assertTrue(banner().contains("Evidence recorded for Troon Care Co"));
        assertTrue(row("compliance-table", "DBS_ENHANCED").getText().contains("Valid"));
        assertTrue(row("compliance-table", "DBS_ENHANCED").getText().contains(longDate(today.minusDays(12).plusMonths(36))),
                "an empty expiry takes the requirement's 36 months");
        for (String code : MANDATORY.subList(1, MANDATORY.size())) {
            driver.findElement(By.id("record-evidence")).click();
            new Select(driver.findElement(By.id("requirement"))).selectByValue(code);
            type("checkedOn", daysAgo(12));
            if (code.equals("PUBLIC_LIABILITY")) {
                type("expiresOn", today.plusDays(20).toString());
            }
            type("reference", code + "-REF");
            submit("save-evidence");
            assertTrue(banner().contains("Evidence recorded"), code);
        }
        assertTrue(row("compliance-table", "PUBLIC_LIABILITY").getText().contains("Expiring soon"));
        assertTrue(row("compliance-table", "HMRC_SELF_EMPLOYED").getText().contains("Does not expire"));
        assertTrue(text("compliance-summary").contains("it can be listed"));
        browser.assertAccessible("journey-me-evidence");

        move("LISTED", daysAgo(10), null, null);
        assertEquals("Listed", text("stage"));
        assertTrue(text("last-confirmed").contains(longDate(today.minusDays(10))), "listing confirms it on the day it is listed");

        open("/dashboard");
        assertEquals(1, figure("figure-new-enquiries"));
        assertEquals(0, figure("figure-developing"));
        assertEquals(1, figure("figure-listed"));
        assertEquals(1, figure("figure-expiring"));
        assertTrue(row("expiring", "Troon Care Co").getText().contains("PUBLIC_LIABILITY")
                && row("expiring", "Troon Care Co").getText().contains("20 days"), text("expiring"));
        assertEquals(0, figure("figure-reconfirm"), "listed 10 days ago, within the default 90 days");
        assertTrue(text("hidden").contains("Every listed micro-enterprise is on the directory"));
        browser.assertAccessible("journey-dashboard-listed");

        // the council shortens its freshness window: the listing is due to be re-confirmed
        setListingFreshness(7);
        open("/dashboard");
        assertEquals(1, figure("figure-reconfirm"));
        assertTrue(text("reconfirm-heading").contains("last 7 days"));
        WebElement due = row("reconfirm", "Troon Care Co");
        assertTrue(due.getText().contains("10 days"), due.getText());
        due.findElement(By.partialLinkText("Confirm")).click();
        assertHeading("Confirm the listing is current");
        browser.assertAccessible("journey-confirm");
        submit("confirm");
        assertTrue(banner().contains("confirmed as current"));
        assertTrue(text("last-confirmed").contains(longDate(today)));
        open("/dashboard");
        assertEquals(0, figure("figure-reconfirm"));

        // paused, relisted, then leaves with a reason
        openMe(meId);
        move("PAUSED", today.toString(), null, "On holiday for two weeks");
        assertEquals("Paused", text("stage"));
        driver.findElement(By.id("move-stage")).click();
        assertEquals(List.of("LISTED", "LEFT"), stageChoices());
        submitMove("LISTED", today.toString());
        assertEquals("Listed", text("stage"));
        driver.findElement(By.id("move-stage")).click();
        assertEquals(List.of("PAUSED", "LEFT"), stageChoices());
        driver.findElement(By.id("stage-LEFT")).click();
        assertTrue(driver.findElement(By.id("reason")).isDisplayed(), "the reason is asked for with Left");
        submit("move");
        assertTrue(errorSummary().contains("Choose why they left"));
        assertTrue(driver.findElement(By.id("reason")).isDisplayed(), "the reason stays open with its error");
        browser.assertAccessible("journey-stage-left-errors");
        new Select(driver.findElement(By.id("reason"))).selectByValue("OTHER");
        submit("move");
        assertTrue(errorSummary().contains("Say in the note why they left"));
        new Select(driver.findElement(By.id("reason"))).selectByValue("RETIRED");
        type("note", "Retiring to Arran");
        submit("move");
        assertTrue(banner().contains("now at the stage: Left"));
        assertEquals("Left", text("stage"));

        List<WebElement> timeline = driver.findElements(By.cssSelector("#timeline-table tbody tr"));
        List<String> moves = List.of("Enquiry recorded", "Enquiry → Developing", "Developing → Listed", "Listed → Paused", "Paused → Listed",
                "Listed → Left");
        assertEquals(moves.size(), timeline.size(), text("timeline-table"));
        for (int i = 0; i < moves.size(); i++) {
            assertTrue(timeline.get(i).getText().contains(moves.get(i)), moves.get(i) + " in " + timeline.get(i).getText());
        }
        assertTrue(timeline.get(0).getText().contains(longDate(today.minusDays(20))), timeline.get(0).getText());
        assertTrue(timeline.get(1).getText().contains(longDate(today.minusDays(15))) && timeline.get(1).getText().contains(BROKER));
        assertTrue(timeline.get(3).getText().contains("On holiday for two weeks"));
        assertTrue(timeline.get(5).getText().contains("Retired") && timeline.get(5).getText().contains("Retiring to Arran"));
        browser.assertAccessible("journey-me-left");
        screenshotAt("timeline-heading", "journey-me-timeline");
        screenshotAt("evidence-heading", "journey-me-evidence-history");

        open("/dashboard");
        assertEquals(2, figure("figure-left"), "paused and left this week");
        assertTrue(row("left-directory", "Retired").getText().contains("Troon Care Co"));
        assertTrue(row("left-directory", "Paused").getText().contains("On holiday"));
        assertEquals(0, figure("figure-listed"));
        assertEquals(0, figure("figure-expiring"), "evidence of an ME who left is not chased");
        browser.assertAccessible("journey-dashboard-left");
        screenshotAt("waiting-heading", "journey-dashboard-waiting");
        screenshotAt("left-heading", "journey-dashboard-left-directory");

        // the full record and the dashboard reflow on a 320 px screen: wide tables scroll on their own
        width(320);
        assertNoHorizontalScroll(320);
        browser.screenshot("journey-dashboard-320");
        browser.assertAccessible("journey-dashboard-320");
        openMe(meId);
        assertNoHorizontalScroll(320);
        browser.screenshot("journey-me-320");
        browser.assertAccessible("journey-me-320");
        width(1280);
    }

    @Test
    void aBrokerEditsTheRecordCorrectsEvidenceLogsSupportAndAppliesForAGrant() {
        String meId = createMe("Barassie Helpers", daysAgo(5));
        JsonObject dbs = api.post(path("/api/v1/micro-enterprises/" + meId + "/evidence"),
                "{\"requirement\":\"DBS_ENHANCED\",\"checkedOn\":\"" + daysAgo(3) + "\",\"reference\":\"DBS-TYPO\"}", BROKER, BROKER_PASSWORD).json();
        signInAs(BROKER, BROKER_PASSWORD);
        openMe(meId);
        assertHeading("Barassie Helpers");
        assertTrue(text("me-description").contains("None given"));

        driver.findElement(By.id("change-record")).click();
        assertHeading("Change the record");
        assertEquals("Iain Broon", value("ownerName"));
        assertTrue(driver.findElement(By.cssSelector("input[name=localities][value=TROON]")).isSelected(), "the stored choices are ticked");
        assertTrue(driver.findElement(By.cssSelector("input[name=services][value=GARDENING]")).isSelected());
        browser.assertAccessible("journey-edit");
        type("website", "barassie-helpers");
        submit("save");
        assertTrue(errorSummary().contains("Enter a web address starting https://"));
        assertTrue(text("website-error").contains("https://"));
        browser.assertAccessible("journey-edit-errors");
        type("website", "https://barassie.example");
        type("phone", "01292 300300");
        type("description", "Gardening and companionship\naround Barassie.");
        driver.findElement(By.cssSelector("input[name=when][value=weekends]")).click();
        driver.findElement(By.cssSelector("input[name=ageBand][value=FROM_50_TO_64]")).click();
        type("hourlyRate", "19.50");
        submit("save");
        assertTrue(banner().contains("The record of Barassie Helpers is saved"));
        assertEquals("£19.50", text("me-rate"));
        assertEquals("01292 300300", text("me-phone"));
        assertEquals("https://barassie.example", text("me-website"));
        assertTrue(text("me-description").contains("around Barassie"));
        assertEquals("Weekends", text("me-when"));
        assertEquals("50 to 64", text("me-age-band"));
        browser.assertAccessible("journey-me-edited");

        // a stale edit: someone else saves first
        driver.findElement(By.id("change-record")).click();
        assertTrue(driver.findElement(By.cssSelector("input[name=when][value=weekends]")).isSelected());
        JsonObject stored = api.get(path("/api/v1/micro-enterprises/" + meId), BROKER, BROKER_PASSWORD).json();
        Api.Answer theirs = api.put(path("/api/v1/micro-enterprises/" + meId), Json.createObjectBuilder(stored).remove("id").remove("stage")
                .remove("stageSince").remove("lastConfirmedOn").remove("createdAt").add("ownerName", "Iain Broon-Smith").add("weekends", false)
                .build().toString(), "admin", ADMIN_PASSWORD);
        assertEquals(200, theirs.status(), theirs.toString());
        type("ownerName", "Iain B.");
        submit("save");
        assertTrue(errorSummary().contains("Someone else changed this record"), "a stale edit is refused");
        assertEquals("Iain Broon-Smith", value("ownerName"), "the form shows the current values");
        assertFalse(driver.findElement(By.cssSelector("input[name=when][value=weekends]")).isSelected(), "checkboxes too");
        assertEquals("https://barassie.example", value("website"));
        browser.assertAccessible("journey-edit-stale");
        type("ownerName", "Iain B.");
        submit("save");
        assertTrue(banner().contains("is saved"));
        assertEquals("Iain B.", text("me-owner"));

        // evidence is corrected, never deleted
        driver.findElement(By.id("correct-" + dbs.getString("id"))).click();
        assertHeading("Correct evidence");
        assertTrue(text("corrected-evidence").contains("DBS-TYPO"));
        assertEquals("DBS-TYPO", value("reference"), "the form starts from the record being corrected");
        browser.assertAccessible("journey-evidence-correct");
        type("reference", "DBS-123456");
        submit("save-evidence");
        assertTrue(errorSummary().contains("Say why the earlier evidence is being corrected"));
        browser.assertAccessible("journey-evidence-correct-errors");
        type("reason", "The certificate number was mistyped");
        submit("save-evidence");
        assertTrue(banner().contains("Evidence corrected"));
        WebElement old = row("evidence-table", "DBS-TYPO");
        assertTrue(old.getText().contains("Corrected") && old.getText().contains("The certificate number was mistyped"), old.getText());
        assertTrue(old.findElements(By.linkText("Correct")).isEmpty(), "a corrected record is not corrected again");
        assertTrue(row("evidence-table", "DBS-123456").getText().contains("Current"));
        assertTrue(row("compliance-table", "DBS_ENHANCED").getText().contains("Valid"));

        // business support
        driver.findElement(By.id("add-session")).click();
        assertHeading("Add a support session");
        browser.assertAccessible("journey-session");
        type("minutes", "an hour");
        submit("save-session");
        summary("Enter who gave the session", "Choose what the session was about", "whole number of minutes");
        browser.assertAccessible("journey-session-errors");
        type("provider", "GrowBiz");
        driver.findElement(By.cssSelector("input[name=category][value=FINANCIAL_MANAGEMENT]")).click();
        type("minutes", "90");
        type("on", daysAgo(1));
        type("note", "Pricing and tax returns");
        submit("save-session");
        assertTrue(banner().contains("Support session recorded"));
        WebElement session = row("sessions-table", "GrowBiz");
        assertTrue(session.getText().contains("Money and tax") && session.getText().contains("90") && session.getText().contains("Pricing"),
                session.getText());

        // a start-up grant from the ME's page; the decision stays on the scheme's page
        driver.findElement(By.id("apply-grant")).click();
        assertHeading("Apply for a grant");
        browser.assertAccessible("journey-grant");
        type("amount", "600.00");
        submit("apply");
        assertTrue(errorSummary().contains("maximum award of £500.00"));
        browser.assertAccessible("journey-grant-errors");
        type("amount", "450.00");
        submit("apply");
        assertTrue(banner().contains("Grant application recorded"));
        WebElement application = row("grant-applications-table", "Start-up fund");
        assertTrue(application.getText().contains("£450.00") && application.getText().contains("Waiting"), application.getText());
        browser.assertAccessible("journey-me-supported");

        // a holiday, then a second absence that overlaps it is refused; the holiday is called off
        assertTrue(text("no-absences").contains("No absences recorded"));
        driver.findElement(By.id("record-absence")).click();
        assertHeading("Record an absence");
        browser.assertAccessible("journey-absence");
        type("startsOn", "2024-06-14");
        type("endsOn", "3 June");
        submit("save-absence");
        summary("Enter the last day away", "Choose whether the absence was planned");
        browser.assertAccessible("journey-absence-errors");
        type("endsOn", "2024-06-03");
        driver.findElement(By.cssSelector("input[name=planned][value=true]")).click();
        submit("save-absence");
        summary("on or after the first day");
        type("startsOn", "2024-06-03");
        type("endsOn", "2024-06-14");
        type("note", "Holiday in Tenby");
        submit("save-absence");
        assertTrue(banner().contains("Absence recorded"), banner());
        assertTrue(row("absences-table", "Tenby").getText().contains("Planned"));
        driver.findElement(By.id("record-absence")).click();
        type("startsOn", "2024-06-10");
        type("endsOn", "2024-06-20");
        driver.findElement(By.cssSelector("input[name=planned][value=false]")).click();
        submit("save-absence");
        summary("already away from 3 June 2024 to 14 June 2024");
        driver.findElement(By.linkText("Back to the micro-enterprise")).click();
        row("absences-table", "Tenby").findElement(By.partialLinkText("Cancel")).click();
        assertHeading("Cancel an absence");
        browser.assertAccessible("journey-absence-cancel");
        submit("cancel-absence");
        summary("Say why the absence is cancelled");
        type("reason", "Holiday called off");
        submit("cancel-absence");
        assertTrue(banner().contains("cancelled"), banner());
        assertTrue(row("absences-table", "Tenby").getText().contains("Cancelled Holiday called off"), text("absences-table"));
        browser.assertAccessible("journey-me-absences");
        screenshotAt("absences-heading", "journey-me-absences");
        screenshotAt("profile-heading", "journey-me-profile");
        screenshotAt("evidence-heading", "journey-me-corrected");
        screenshotAt("sessions-heading", "journey-me-sessions-grants");

        // an enquiry has no listing to confirm; unknown records answer 404
        open("/micro-enterprises/confirm?id=" + meId);
        assertTrue(text("confirm-form").contains("Only a listed or paused micro-enterprise"));
        assertTrue(driver.findElements(By.id("confirm")).isEmpty());
        browser.assertAccessible("journey-confirm-not-listed");
        for (String page : WRITE_PAGES) {
            open("/micro-enterprises/" + page + "?id=no-such-me");
            assertHeading("Page not found");
            open("/micro-enterprises/" + page);
            assertHeading("Page not found");
        }
        open("/micro-enterprises/evidence?id=" + meId + "&correcting=no-such-evidence");
        assertHeading("Page not found");
        open("/micro-enterprises/view?id=no-such-me");
        assertHeading("Page not found");
        browser.assertAccessible("journey-not-found");
    }

    @Test
    void aViewerReadsEverythingButHasNoFormsAndIsRefusedTheWritePages() throws Exception {
        String meId = createMe("Prestwick Pals", daysAgo(2));
        String evidence = api.post(path("/api/v1/micro-enterprises/" + meId + "/evidence"),
                "{\"requirement\":\"SAFEGUARDING\",\"checkedOn\":\"" + daysAgo(1) + "\"}", BROKER, BROKER_PASSWORD).json().getString("id");
        signInAs(VIEWER, VIEWER_PASSWORD);
        open("/dashboard");
        assertEquals(1, figure("figure-new-enquiries"));
        browser.assertAccessible("journey-dashboard-viewer");
        openMe(meId);
        assertHeading("Prestwick Pals");
        assertTrue(row("compliance-table", "SAFEGUARDING").getText().contains("Valid"));
        assertTrue(driver.findElements(By.id("me-actions")).isEmpty(), "no links to the forms");
        assertTrue(driver.findElements(By.id("correct-" + evidence)).isEmpty());
        assertTrue(driver.findElements(By.tagName("form")).stream().allMatch(f -> "sign-out".equals(f.getAttribute("id"))),
                "the only form is signing out");
        browser.assertAccessible("journey-me-viewer");

        for (String page : WRITE_PAGES) {
            open("/micro-enterprises/" + page + "?id=" + meId);
            assertHeading("You cannot see this page");
            assertEquals(403, statusOf("/micro-enterprises/" + page + "?id=" + meId), page);
        }
        browser.assertAccessible("journey-forbidden");
        assertEquals(200, statusOf("/micro-enterprises/view?id=" + meId));
        assertEquals(200, statusOf("/dashboard"));
    }

    @Test
    void aWelshCouncilShowsTheJourneyInWelsh() {
        String meId = createMe("Gofal Cwm Cynon", daysAgo(4));
        String evidence = api.post(path("/api/v1/micro-enterprises/" + meId + "/evidence"),
                "{\"requirement\":\"DBS_ENHANCED\",\"checkedOn\":\"" + daysAgo(2) + "\"}", BROKER, BROKER_PASSWORD).json().getString("id");
        assertEquals(200, api.post(path("/api/v1/micro-enterprises/" + meId + "/stage"), "{\"stage\":\"DEVELOPING\",\"on\":\"" + daysAgo(3) + "\"}",
                BROKER, BROKER_PASSWORD).status());
        signInAs("admin", ADMIN_PASSWORD);
        open("/dashboard");
        switchLanguage("cy");
        assertHeading("Dangosfwrdd");
        assertEquals("Dangosfwrdd", text("nav-dashboard"));
        assertTrue(text("stages-table").contains("Yn datblygu"));
        browser.assertAccessible("journey-dashboard-cy");

        openMe(meId);
        assertTrue(text("timeline-table").contains("Ymholiad → Yn datblygu"));
        assertTrue(text("compliance-table").contains("Ar goll") && text("compliance-table").contains("Dilys"));
        browser.assertAccessible("journey-me-cy");

        driver.findElement(By.id("move-stage")).click();
        assertHeading("Symud i gam arall");
        browser.assertAccessible("journey-stage-cy");
        submit("move");
        assertTrue(errorSummary().contains("Dewiswch y cam y mae'n symud iddo"));
        driver.findElement(By.id("stage-LISTED")).click();
        submit("move");
        String summary = errorSummary();
        assertTrue(summary.contains("Cofnodwch dystiolaeth ddilys ar gyfer") && summary.contains("(PUBLIC_LIABILITY)"), summary);
        assertFalse(summary.contains("(DBS_ENHANCED)"), "DBS has valid evidence");
        browser.assertAccessible("journey-stage-refused-cy");
        driver.findElement(By.id("stage-LEFT")).click();
        assertTrue(new Select(driver.findElement(By.id("reason"))).getOptions().stream().anyMatch(o -> o.getText().equals("Wedi ymddeol")),
                "leave reasons in Welsh");
        browser.assertAccessible("journey-stage-left-cy");

        for (String[] page : new String[][] {{"edit", "Newid y cofnod"}, {"evidence", "Cofnodi tystiolaeth"},
                {"session", "Ychwanegu sesiwn gymorth"}, {"confirm", "Cadarnhau bod y rhestriad yn gyfredol"}, {"grant", "Gwneud cais am grant"}}) {
            open("/micro-enterprises/" + page[0] + "?id=" + meId);
            assertHeading(page[1]);
            assertEquals("cy", driver.findElement(By.tagName("html")).getAttribute("lang"));
            browser.assertAccessible("journey-" + page[0] + "-cy");
        }
        open("/micro-enterprises/evidence?id=" + meId + "&correcting=" + evidence);
        assertHeading("Cywiro tystiolaeth");
        submit("save-evidence");
        assertTrue(errorSummary().contains("Dywedwch pam mae'r dystiolaeth gynharach yn cael ei chywiro"));
        browser.assertAccessible("journey-evidence-correct-errors-cy");
        open("/micro-enterprises/session?id=" + meId);
        submit("save-session");
        assertTrue(errorSummary().contains("Dewiswch beth oedd testun y sesiwn"));
        browser.assertAccessible("journey-session-errors-cy");

        open("/settings");
        assertEquals("90", value("listingFreshnessDays"));
        assertTrue(driver.findElement(By.cssSelector("label[for=listingFreshnessDays]")).getText().contains("Pa mor gyfredol yw rhestriadau"));
        browser.assertAccessible("journey-settings-cy");
        switchLanguage("en");
    }

    // --- the navigation ---

    @Test
    void theNavigationFitsOneLineAt1280AndReflowsAt320() {
        signInAs("admin", ADMIN_PASSWORD);
        open("/dashboard");
        assertEquals(List.of("Dashboard", "Micro-enterprises", "Clients", "Grants", "Programme", "Reports", "Users", "Audit log"),
                driver.findElements(By.cssSelector("#navigation a")).stream().map(WebElement::getText).toList(), "work areas, the dashboard first");
        assertEquals("page", driver.findElement(By.id("nav-dashboard")).getAttribute("aria-current"));
        assertTrue(driver.findElements(By.cssSelector("#navigation")).get(0).getText().indexOf("Sign out") < 0, "account links are in the header");
        assertTrue(driver.findElement(By.cssSelector("header #sign-out-button")).isDisplayed());
        assertTrue(driver.findElement(By.cssSelector("header #language-switch")).isDisplayed());
        assertTrue(driver.findElement(By.cssSelector("header #change-password-link")).isDisplayed());
        for (String lang : List.of("en", "cy")) {
            if (lang.equals("cy")) {
                switchLanguage("cy");
            }
            width(1280);
            assertOneLine("#navigation > li", "the service navigation at 1280 px (" + lang + ")");
            assertOneLine(".mc-header__account-item", "the account links at 1280 px (" + lang + ")");
            assertNoHorizontalScroll(1280);
            browser.screenshot("navigation-1280-" + lang);
            browser.assertAccessible("navigation-1280-" + lang);

            width(320);
            assertNoHorizontalScroll(320);
            WebElement menu = driver.findElement(By.cssSelector(".govuk-service-navigation__toggle"));
            assertTrue(menu.isDisplayed(), "a menu button instead of the list at 320 px");
            assertFalse(driver.findElement(By.id("nav-dashboard")).isDisplayed());
            browser.screenshot("navigation-320-" + lang);
            browser.assertAccessible("navigation-320-" + lang);
            menu.click();
            browser.waitFor(By.id("nav-dashboard"));
            assertNoHorizontalScroll(320);
            browser.screenshot("navigation-320-open-" + lang);
            browser.assertAccessible("navigation-320-open-" + lang);

            open("/micro-enterprises");
            assertNoHorizontalScroll(320);
            browser.screenshot("micro-enterprises-320-" + lang);
            open("/dashboard");
        }
        width(1280);
        switchLanguage("en");
        open("/micro-enterprises");
        assertEquals("page", driver.findElement(By.id("nav-micro-enterprises")).getAttribute("aria-current"));
        open("/settings");
        assertEquals("true", driver.findElement(By.id("nav-programme")).getAttribute("aria-current"), "settings belong to the programme area");
        submit("sign-out-button");
        assertTrue(banner().contains("signed out"), "signing out from the header");
        assertTrue(driver.findElements(By.id("navigation")).isEmpty(), "no work areas for a signed-out visitor");
        assertTrue(driver.findElement(By.id("language-switch")).isDisplayed(), "the language stays on offer");
        browser.screenshot("navigation-signed-out-1280");
        width(320);
        browser.screenshot("navigation-signed-out-320");
        assertNoHorizontalScroll(320);
        browser.assertAccessible("navigation-signed-out-320");
        width(1280);
    }

    // --- helpers ---

    private String path(String page) {
        return "/c/" + council + page;
    }

    private void open(String page) {
        browser.open(path(page));
    }

    private void openMe(String id) {
        open("/micro-enterprises/view?id=" + id);
    }

    private void signInAs(String username, String password) {
        signIn(path("/sign-in"), username, password);
        assertTrue(headingStartsWith("Welcome"), "signed in as " + username);
    }

    private void addUser(String username, String password, String role) {
        assertEquals(201, api.post(path("/api/v1/users"), "{\"username\":\"" + username + "\",\"password\":\"" + password
                + "\",\"displayName\":\"" + username + "\",\"roles\":[\"" + role + "\"]}", "admin", ADMIN_PASSWORD).status());
    }

    /** Records an ME at the enquiry stage through the API, as the broker: Iain Broon's, gardening in Troon. */
    private String createMe(String tradingName, String enquiryDate) {
        Api.Answer created = api.post(path("/api/v1/micro-enterprises"), "{\"tradingName\":\"" + tradingName + "\",\"ownerName\":\"Iain Broon\","
                + "\"postcode\":\"KA10 6EP\",\"localities\":[\"TROON\"],\"services\":[\"GARDENING\",\"PERSONAL_CARE\"],\"hourlyRate\":\"18.50\","
                + "\"capacityHoursPerWeek\":12,\"enquiryDate\":\"" + enquiryDate + "\"}", BROKER, BROKER_PASSWORD);
        assertEquals(201, created.status(), created.toString());
        return created.json().getString("id");
    }

    private void setListingFreshness(int days) {
        JsonObject programme = api.get(path("/api/v1/programme"), "admin", ADMIN_PASSWORD).json();
        Api.Answer saved = api.put(path("/api/v1/programme"), Json.createObjectBuilder().add("programmeName", programme.getString("programmeName"))
                .add("employmentRiskWeeks", programme.getInt("employmentRiskWeeks")).add("evidenceWarningDays", programme.getInt("evidenceWarningDays"))
                .add("listingFreshnessDays", days).add("version", programme.getJsonNumber("version").longValue()).build().toString(),
                "admin", ADMIN_PASSWORD);
        assertEquals(200, saved.status(), saved.toString());
    }

    /** Moves the ME whose page is open through the stage form, and waits for its page. */
    private void move(String stage, String on, String reason, String note) {
        driver.findElement(By.id("move-stage")).click();
        assertHeading("Move to another stage");
        driver.findElement(By.id("stage-" + stage)).click();
        if (reason != null) {
            new Select(driver.findElement(By.id("reason"))).selectByValue(reason);
        }
        if (note != null) {
            type("note", note);
        }
        type("on", on);
        submit("move");
        assertTrue(banner().contains("now at the stage"), banner());
    }

    private void submitMove(String stage, String on) {
        driver.findElement(By.id("stage-" + stage)).click();
        type("on", on);
        submit("move");
        assertTrue(banner().contains("now at the stage"), banner());
    }

    private List<String> stageChoices() {
        return driver.findElements(By.cssSelector("input[name=stage]")).stream().map(e -> e.getAttribute("value")).toList();
    }

    private String meIdFromUrl() {
        return driver.getCurrentUrl().replaceAll(".*[?&]id=([^&]+).*", "$1");
    }

    private String daysAgo(int days) {
        return today.minusDays(days).toString();
    }

    private static String longDate(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH));
    }

    private List<Integer> figures() {
        return List.of(figure("figure-new-enquiries"), figure("figure-developing"), figure("figure-listed"), figure("figure-expiring"),
                figure("figure-left"), figure("figure-reconfirm"));
    }

    private int figure(String id) {
        return Integer.parseInt(driver.findElement(By.cssSelector("#" + id + " .mc-figures__number")).getText().trim());
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    private void summary(String... problems) {
        String summary = errorSummary();
        for (String problem : problems) {
            assertTrue(summary.contains(problem), problem + " in " + summary);
        }
    }

    private WebElement row(String tableId, String text) {
        return driver.findElement(By.id(tableId)).findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text + " in #" + tableId + ":\n" + text(tableId)));
    }

    private void switchLanguage(String lang) {
        if (!lang.equals(driver.findElement(By.tagName("html")).getAttribute("lang"))) {
            driver.findElement(By.id("language-switch")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", lang));
        }
    }

    /** Resizes the window so the page is {@code px} CSS pixels wide, and waits for the layout to follow. */
    private void width(int px) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().window().setSize(new Dimension(px, 900));
        long inner = ((Number) js.executeScript("return window.innerWidth;")).longValue();
        if (inner != px) {
            // the window has a frame: widen it by the difference so the viewport is exactly px
            driver.manage().window().setSize(new Dimension((int) (2 * px - inner), 900));
        }
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> ((Number) js.executeScript("return window.innerWidth;")).longValue() == px);
    }

    private void assertNoHorizontalScroll(int px) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
        if (scroll > px) {
            browser.screenshot("too-wide-" + px);
            Object wide = js.executeScript("return Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 || e.scrollWidth > window.innerWidth).slice(0, 8)"
                    + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ' right ' + Math.round(e.getBoundingClientRect().right)"
                    + " + ' scroll ' + e.scrollWidth).join('; ');");
            throw new AssertionError("the page is " + scroll + " px wide at a " + px + " px viewport, so it scrolls sideways: " + wide);
        }
    }

    /** Every element matched sits on the same line (the same top), so nothing wrapped. */
    private void assertOneLine(String css, String what) {
        List<WebElement> items = driver.findElements(By.cssSelector(css));
        assertFalse(items.isEmpty(), what);
        int top = items.get(0).getRect().getY();
        for (WebElement item : items) {
            assertEquals(top, item.getRect().getY(), what + ": '" + item.getText() + "' wrapped to another line");
        }
    }

    /** Scrolls a section to the top of the window and saves a screenshot of it, to look at. */
    private void screenshotAt(String id, String name) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
        browser.screenshot(name);
    }

    /** The HTTP status of a page for this browser's session (a browser does not show it). */
    private int statusOf(String page) throws Exception {
        Cookie session = driver.manage().getCookies().stream().filter(c -> c.getName().toUpperCase().contains("SESSION")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + driver.manage().getCookies()));
        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(platform.baseUrl() + path(page)))
                .header("Cookie", session.getName() + "=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.discarding());
        return response.statusCode();
    }
}
