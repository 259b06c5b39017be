package org.microcare.platform.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.CouncilFixture.json;

import java.time.Duration;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.microcare.platform.CouncilFixture;
import org.microcare.platform.RunningPlatform;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Community activities through the pages: a broker adds, changes (also after someone else did),
 * retires and reinstates them; a viewer reads the list and cannot change it; the public directory
 * shows the public activities in use only, ten at most with a page of them all, narrowed by the area
 * searched; a Welsh council's pages in Welsh. axe (WCAG 2.2 AA) runs on every page visited, in English
 * and Welsh. Each test has its own council, made through the API.
 */
class CommunityActivitiesBrowserIT extends BrowserTest {

    private static final String BROKER = "bea.broker";
    private static final String VIEWER = "vic.viewer";

    private CouncilFixture council;

    /** A council with two localities, a broker and a viewer. */
    private void onboard(RunningPlatform platform, String nation) {
        council = CouncilFixture.onboard(platform, "ca", nation);
        council.asAdmin().create("localities", json("{'code':'TROON','name':'Troon'}"));
        council.asAdmin().create("localities", json("{'code':'AYR','name':'Ayr'}"));
        council.addUser(BROKER, "BROKER");
        council.addUser(VIEWER, "VIEWER");
    }

    @Test
    void aBrokerAddsChangesRetiresAndReinstatesActivities(RunningPlatform platform) {
        onboard(platform, "ENGLAND");
        signIn("/c/" + council.id() + "/sign-in", BROKER, CouncilFixture.USER_PASSWORD);
        assertTrue(headingStartsWith("Welcome"));

        open("/programme");
        submit(driver.findElement(By.id("community-link")));
        assertHeading("Community activities");
        assertEquals("No community activities yet. Add the local groups and activities people can go to.",
                driver.findElement(By.id("no-activities")).getText());
        assertTrue(driver.findElements(By.id("area-filter")).isEmpty(), "nothing to filter yet");
        browser.assertAccessible("community-none");

        submit(driver.findElement(By.id("add-activity")));
        assertHeading("Add a community activity");
        assertTrue(driver.findElements(By.cssSelector("input[name=publicListing]:checked")).isEmpty(), "the public question is not answered for them");
        browser.assertAccessible("community-new");

        fill("cost", "£" + "9".repeat(100));
        submit("save-activity");
        List<String> summary = errorSummaryItems();
        assertEquals(List.of("Enter the name of the activity", "Choose the area where the activity meets",
                "Enter when the activity meets, like Tuesdays 12:00 to 14:00", "The cost must be 100 characters or fewer",
                "Choose yes if the public directory may show this activity, or no if it may not"), summary, "every problem at once, in form order");
        assertTrue(driver.findElement(By.id("name-error")).getText().contains("Enter the name of the activity"), "inline too");
        assertTrue(driver.findElement(By.id("publicListing-error")).getText().contains("Choose yes if"));
        assertEquals("#publicListing", driver.findElement(By.cssSelector(".govuk-error-summary__list li:last-child a")).getAttribute("href")
                .replaceAll("^.*#", "#"), "each summary entry links to its field");
        assertTrue(driver.getTitle().startsWith("Error: Add a community activity"), driver.getTitle());
        assertEquals("£" + "9".repeat(100), value("cost"), "what was typed is kept");
        browser.assertAccessible("community-new-errors");
        screenshotWholePage("community-new-errors");

        addActivity("Lunch club", "Hot lunch and a chat.\nAll welcome.", "TROON", "Tuesdays 12:00 to 14:00", "£4 a meal",
                "Chapel hall, 01292 000000", true);
        assertEquals("Community activity Lunch club added.", banner());
        addActivity("Walking group", "", "AYR", "Sundays 10:00", "", "", false);
        assertEquals("Community activity Walking group added.", banner());
        addActivity("Lunch club", "", "TROON", "Fridays", "", "", true);
        assertEquals(List.of("There is already an activity called Lunch club in Troon: choose another name, or change that activity"),
                errorSummaryItems());
        assertEquals("TROON", new Select(driver.findElement(By.id("locality"))).getFirstSelectedOption().getAttribute("value"),
                "the area chosen is kept");
        assertTrue(driver.findElement(By.id("publicListing-0")).isSelected(), "and the answer");
        browser.assertAccessible("community-new-duplicate");

        open("/community");
        String lunch = idOf("Lunch club");
        WebElement card = driver.findElement(By.id("activity-" + lunch));
        assertEquals("Hot lunch and a chat.\nAll welcome.", card.findElement(By.className("mc-activity__description")).getText(), "line breaks kept");
        assertEquals("Tuesdays 12:00 to 14:00", card.findElement(By.className("mc-activity__when")).getText());
        assertEquals("£4 a meal", card.findElement(By.className("mc-activity__cost")).getText());
        assertEquals("Shown", card.findElement(By.className("mc-activity__public")).getText());
        WebElement walking = driver.findElement(By.id("activity-" + idOf("Walking group")));
        assertEquals("Not shown", walking.findElement(By.className("mc-activity__public")).getText());
        assertEquals("Not given", walking.findElement(By.className("mc-activity__cost")).getText());
        assertEquals(List.of("Ayr", "Troon"), headings(), "grouped by area, by name");
        browser.assertAccessible("community-list");

        // a change, refused once because someone else saved the activity while the form was open
        submit(driver.findElement(By.id("change-" + lunch)));
        assertHeading("Change a community activity");
        assertEquals("Lunch club", driver.findElement(By.id("activity-caption")).getText());
        assertEquals("£4 a meal", value("cost"));
        assertEquals("TROON", new Select(driver.findElement(By.id("locality"))).getFirstSelectedOption().getAttribute("value"));
        assertTrue(driver.findElement(By.id("publicListing-0")).isSelected());
        browser.assertAccessible("community-edit");
        screenshotWholePage("community-edit");

        JsonObject stored = council.asAdmin().get("community-activities/" + lunch).json();
        assertEquals(200, council.asAdmin().put("community-activities/" + lunch, Json.createObjectBuilder()
                .add("name", "Lunch club").add("locality", "TROON").add("whenHeld", "Tuesdays and Thursdays 12:00 to 14:00")
                .add("cost", "£4 a meal").add("version", stored.getJsonNumber("version").longValue()).build().toString()).status());
        fill("cost", "£5 a meal");
        submit("save-activity");
        List<String> stale = errorSummaryItems();
        assertEquals(1, stale.size(), stale.toString());
        assertTrue(stale.get(0).startsWith("Someone else changed this activity while you were editing it. Nothing was saved."), stale.get(0));
        assertEquals("Tuesdays and Thursdays 12:00 to 14:00", value("whenHeld"), "the form now shows what is saved");
        assertEquals("£4 a meal", value("cost"));
        browser.assertAccessible("community-edit-stale");
        fill("cost", "£5 a meal");
        fill("name", "");
        submit("save-activity");
        assertEquals(List.of("Enter the name of the activity"), errorSummaryItems());
        fill("name", "Lunch club");
        driver.findElement(By.cssSelector("label[for=publicListing-1]")).click();
        submit("save-activity");
        assertEquals("Community activity Lunch club saved.", banner());
        card = driver.findElement(By.id("activity-" + lunch));
        assertEquals("£5 a meal", card.findElement(By.className("mc-activity__cost")).getText());
        assertEquals("Tuesdays and Thursdays 12:00 to 14:00", card.findElement(By.className("mc-activity__when")).getText(),
                "the other person's change is kept");
        assertEquals("Not shown", card.findElement(By.className("mc-activity__public")).getText());

        // retire, and the list shows it last, marked
        submit(driver.findElement(By.id("change-" + lunch)));
        submit(driver.findElement(By.id("retire-activity")));
        assertEquals("Community activity Lunch club retired. The public directory no longer shows it.", banner());
        assertEquals(List.of("Ayr", "Retired activities"), headings(), "no Troon activity in use; retired ones come last");
        card = driver.findElement(By.id("activity-" + lunch));
        assertTrue(card.findElement(By.className("govuk-summary-card__title")).getText().endsWith("Retired"));
        assertEquals("Troon", card.findElement(By.className("mc-activity__area")).getText(), "retired ones say their area");
        assertEquals("Not shown while retired", card.findElement(By.className("mc-activity__public")).getText());
        browser.assertAccessible("community-list-retired");
        screenshotWholePage("community-list-retired");

        submit(driver.findElement(By.id("change-" + lunch)));
        assertEquals("Retired", driver.findElement(By.id("retired-tag")).getText());
        assertTrue(driver.findElements(By.id("retire-activity")).isEmpty());
        browser.assertAccessible("community-edit-retired");
        submit(driver.findElement(By.id("reinstate-activity")));
        assertEquals("Community activity Lunch club reinstated.", banner());
        assertEquals(List.of("Ayr", "Troon"), headings());

        // someone else retires it while this page is open
        submit(driver.findElement(By.id("change-" + lunch)));
        assertEquals(200, council.asAdmin().post("community-activities/" + lunch + "/retire", null).status());
        submit("retire-activity");
        assertEquals(List.of("Someone else has already retired this activity. The page now shows it as it is."), errorSummaryItems());
        assertEquals("Retired", driver.findElement(By.id("retired-tag")).getText());
        assertTrue(driver.findElement(By.id("reinstate-activity")).isDisplayed());
        browser.assertAccessible("community-edit-retired-meanwhile");

        List<String> actions = council.asAdmin().get("audit?recordId=" + lunch).array().getValuesAs(JsonObject.class).stream()
                .filter(e -> BROKER.equals(e.getString("actor"))).map(e -> e.getString("action")).sorted().toList();
        assertEquals(List.of("COMMUNITY_ACTIVITY_ADDED", "COMMUNITY_ACTIVITY_CHANGED", "COMMUNITY_ACTIVITY_REINSTATED",
                "COMMUNITY_ACTIVITY_RETIRED"), actions, "the pages' changes are audited as the broker's");

        for (String missing : new String[] {"/community/edit?id=no-such-activity", "/community/edit"}) {
            open(missing);
            assertHeading("Page not found");
        }
        browser.assertAccessible("community-edit-not-found");
    }

    @Test
    void aViewerReadsTheListButCannotChangeIt(RunningPlatform platform) {
        onboard(platform, "ENGLAND");
        String lunch = activity("Lunch club", "TROON", true);
        activity("Walking group", "AYR", false);
        String bowls = activity("Bowls", "AYR", true);
        assertEquals(200, council.asAdmin().post("community-activities/" + bowls + "/retire", null).status());

        signIn("/c/" + council.id() + "/sign-in", VIEWER, CouncilFixture.USER_PASSWORD);
        assertTrue(headingStartsWith("Welcome"));
        open("/community");
        assertHeading("Community activities");
        assertEquals(List.of("Ayr", "Troon", "Retired activities"), headings());
        assertEquals(3, driver.findElements(By.className("govuk-summary-card")).size());
        assertTrue(driver.findElements(By.id("add-activity")).isEmpty(), "no add button");
        assertTrue(driver.findElements(By.cssSelector("main a[href*='/community/edit']")).isEmpty(), "no change links");
        assertTrue(driver.findElements(By.cssSelector("main form[method=post]")).isEmpty(), "no forms that change anything");
        browser.assertAccessible("community-list-viewer");
        screenshotWholePage("community-list-viewer");

        new Select(driver.findElement(By.id("locality"))).selectByValue("TROON");
        submit(driver.findElement(By.id("filter-button")));
        assertTrue(driver.getCurrentUrl().endsWith("/community?locality=TROON"), driver.getCurrentUrl());
        assertEquals(List.of("Troon"), headings(), "the filter narrows the list to one area");
        assertEquals(1, driver.findElements(By.className("govuk-summary-card")).size());
        browser.assertAccessible("community-list-filtered");

        for (String page : new String[] {"/community/new", "/community/edit?id=" + lunch}) {
            open(page);
            assertHeading("You cannot see this page");
        }
        browser.assertAccessible("community-forbidden-viewer");
    }

    @Test
    void thePublicDirectoryShowsPublicActivitiesInUseOnly(RunningPlatform platform) {
        onboard(platform, "ENGLAND");
        browser.open(directory());
        assertHeading("Find a care micro-enterprise");
        assertTrue(driver.findElements(By.id("community-activities")).isEmpty(), "no section while nothing is listed publicly");
        browser.open(directory() + "/activities");
        assertHeading("Community activities");
        assertEquals("No community activities are listed yet.", driver.findElement(By.id("no-activities")).getText());
        browser.assertAccessible("community-public-none");

        for (int i = 1; i <= 11; i++) {
            activity(String.format("Troon group %02d", i), "TROON", true);
        }
        activity("Ayr coffee morning", "AYR", true);
        activity("Troon private group", "TROON", false);
        String retired = activity("Ayr retired club", "AYR", true);
        assertEquals(200, council.asAdmin().post("community-activities/" + retired + "/retire", null).status());
        assertEquals(201, council.asAdmin().post("community-activities", json("{'name':'Ayr tea dance','locality':'AYR',"
                + "'description':'Dancing to a live band.\\nTea and cake after.','whenHeld':'First Friday of the month, 14:00',"
                + "'cost':'£3','contact':'Ayr Town Hall, 01292 111111'}")).status());

        browser.open(directory());
        WebElement section = driver.findElement(By.id("community-activities"));
        assertEquals("Community activities", section.findElement(By.tagName("h2")).getText());
        assertEquals(10, section.findElements(By.className("mc-activity")).size(), "at most ten on the directory");
        assertEquals("Showing 10 of 13 community activities. See all 13 community activities",
                driver.findElement(By.id("activities-showing")).getText());
        assertPublicOnly();
        browser.assertAccessible("community-public-directory");
        screenshotWholePage("community-public-directory");

        driver.manage().window().setSize(new Dimension(375, 812));
        ((JavascriptExecutor) driver).executeScript("document.getElementById('community-activities').scrollIntoView()");
        browser.assertAccessible("community-public-directory-phone");
        driver.manage().window().setSize(new Dimension(1280, 1024));

        submit(driver.findElement(By.id("all-activities")));
        assertHeading("Community activities");
        assertTrue(driver.getCurrentUrl().endsWith("/directory/activities"), driver.getCurrentUrl());
        assertEquals("13 community activities", driver.findElement(By.id("activities-count")).getText());
        assertEquals(List.of("Ayr", "Troon"), headings(), "grouped by area");
        assertEquals(13, driver.findElements(By.className("mc-activity")).size());
        WebElement dance = driver.findElements(By.className("mc-activity")).stream()
                .filter(a -> a.findElement(By.tagName("h3")).getText().equals("Ayr tea dance")).findFirst().orElseThrow();
        assertEquals("Dancing to a live band.\nTea and cake after.", dance.findElement(By.className("mc-activity__description")).getText());
        assertEquals("First Friday of the month, 14:00", dance.findElement(By.className("mc-activity__when")).getText());
        assertEquals("£3", dance.findElement(By.className("mc-activity__cost")).getText());
        assertEquals("Ayr Town Hall, 01292 111111", dance.findElement(By.className("mc-activity__contact")).getText());
        assertTrue(dance.findElements(By.className("mc-activity__area")).isEmpty(), "under its area's heading, the area is not repeated");
        assertPublicOnly();
        browser.assertAccessible("community-public-all");
        screenshotWholePage("community-public-all");

        new Select(driver.findElement(By.id("locality"))).selectByValue("AYR");
        submit(driver.findElement(By.id("filter-button")));
        assertTrue(driver.getCurrentUrl().endsWith("/directory/activities?locality=AYR"), driver.getCurrentUrl());
        assertEquals(List.of("Ayr coffee morning", "Ayr tea dance"), activityNames());
        assertEquals("2 community activities", driver.findElement(By.id("activities-count")).getText());
        assertTrue(driver.findElement(By.id("back-to-directory")).getAttribute("href").endsWith("/directory?locality=AYR"),
                "back to the directory, searching the same area");
        browser.assertAccessible("community-public-all-ayr");

        // the directory's area filter narrows the activities too
        browser.open(directory());
        new Select(driver.findElement(By.id("locality"))).selectByValue("AYR");
        submit(driver.findElement(By.id("search-button")));
        assertEquals("In the area you chose: Ayr.", driver.findElement(By.id("activities-area")).getText());
        assertEquals(List.of("Ayr coffee morning", "Ayr tea dance"), activityNames());
        assertTrue(driver.findElements(By.id("all-activities")).isEmpty(), "all of them are shown");
        browser.assertAccessible("community-public-directory-ayr");
        browser.open(directory() + "?locality=TROON");
        assertEquals(10, activityNames().size());
        assertTrue(activityNames().stream().allMatch(n -> n.startsWith("Troon group")), activityNames().toString());
        submit(driver.findElement(By.id("all-activities")));
        assertTrue(driver.getCurrentUrl().endsWith("/directory/activities?locality=TROON"), driver.getCurrentUrl());
        assertEquals(11, activityNames().size());

        browser.open(directory() + "/activities?locality=ATLANTIS");
        assertTrue(driver.findElement(By.id("search-notes")).getText().contains("Area: not one of the choices, so it was left out"));
        assertEquals(13, activityNames().size());
        browser.assertAccessible("community-public-all-ignored");
        assertTrue(driver.manage().getCookies().stream().noneMatch(c -> c.getName().equalsIgnoreCase("JSESSIONID")),
                "reading the public pages opens no session");
    }

    @Test
    void aWelshCouncilShowsThePagesInWelsh(RunningPlatform platform) {
        onboard(platform, "WALES");
        String lunch = activity("Clwb cinio", "TROON", true);
        String bowls = activity("Bowls", "AYR", true);
        assertEquals(200, council.asAdmin().post("community-activities/" + bowls + "/retire", null).status());

        signIn("/c/" + council.id() + "/sign-in", BROKER, CouncilFixture.USER_PASSWORD);
        assertTrue(headingStartsWith("Welcome"));
        open("/community");
        assertHeading("Community activities");
        browser.assertAccessible("community-list-welsh-council-en");
        submit(driver.findElement(By.id("language-switch")));
        waitForLanguage("cy");
        assertHeading("Gweithgareddau cymunedol");
        assertEquals(List.of("Troon", "Gweithgareddau wedi'u tynnu'n ôl"), headings());
        assertEquals("Ychwanegu gweithgaredd", driver.findElement(By.id("add-activity")).getText());
        assertEquals("Yn cael ei ddangos", driver.findElement(By.cssSelector("#activity-" + lunch + " .mc-activity__public")).getText());
        browser.assertAccessible("community-list-cy");
        screenshotWholePage("community-list-cy");

        submit(driver.findElement(By.id("add-activity")));
        assertHeading("Ychwanegu gweithgaredd cymunedol");
        browser.assertAccessible("community-new-cy");
        submit("save-activity");
        List<String> summary = errorSummaryItems();
        assertEquals("Rhowch enw'r gweithgaredd", summary.get(0), summary.toString());
        assertTrue(summary.contains("Dewiswch ie os caiff y cyfeiriadur cyhoeddus ddangos y gweithgaredd hwn, neu na os na chaiff"), summary.toString());
        assertEquals("Mae problem wedi codi", driver.findElement(By.className("govuk-error-summary__title")).getText());
        browser.assertAccessible("community-new-errors-cy");
        addActivity("Clwb cinio", "", "TROON", "Dydd Mawrth", "", "", true);
        assertEquals(List.of("Mae gweithgaredd o'r enw Clwb cinio eisoes yn yr ardal Troon: dewiswch enw arall, neu newidiwch y gweithgaredd hwnnw"),
                errorSummaryItems());

        open("/community/edit?id=" + lunch);
        assertHeading("Newid gweithgaredd cymunedol");
        assertEquals("Tynnu'r gweithgaredd yn ôl", driver.findElement(By.id("retire-activity")).getAttribute("value"));
        browser.assertAccessible("community-edit-cy");
        fill("whenHeld", "Dydd Mawrth a dydd Iau");
        submit("save-activity");
        assertEquals("Cadwyd y gweithgaredd cymunedol Clwb cinio.", banner());
        browser.assertAccessible("community-list-saved-cy");
        open("/community/edit?id=" + bowls);
        assertEquals("Wedi'i dynnu'n ôl", driver.findElement(By.id("retired-tag")).getText());
        browser.assertAccessible("community-edit-retired-cy");
        open("/community/edit?id=no-such-activity");
        assertHeading("Heb ddod o hyd i'r dudalen");

        // the public pages, in Welsh too (the same for a visitor as for a signed-in broker)
        browser.open(directory());
        assertEquals("Gweithgareddau cymunedol", driver.findElement(By.id("activities-heading")).getText());
        assertEquals(List.of("Clwb cinio"), activityNames(), "the retired one is not shown");
        assertEquals(List.of("Ardal", "Pryd", "Cyswllt"), driver.findElements(By.cssSelector(".mc-activity dt")).stream()
                .map(WebElement::getText).toList());
        assertEquals("Dydd Mawrth a dydd Iau", driver.findElement(By.className("mc-activity__when")).getText());
        browser.assertAccessible("community-public-directory-cy");
        screenshotWholePage("community-public-directory-cy");
        browser.open(directory() + "/activities");
        assertHeading("Gweithgareddau cymunedol");
        assertEquals("1 gweithgaredd cymunedol", driver.findElement(By.id("activities-count")).getText());
        browser.assertAccessible("community-public-all-cy");
        browser.open(directory() + "/activities?locality=AYR");
        assertEquals("Nid oes gweithgareddau cymunedol wedi'u rhestru yn yr ardal hon. Gweld gweithgareddau cymunedol ym mhob ardal",
                driver.findElement(By.id("no-activities-here")).getText());
        browser.assertAccessible("community-public-none-here-cy");

        submit(driver.findElement(By.id("language-switch")));
        waitForLanguage("en");
        assertEquals("No community activities are listed in this area. See community activities in every area",
                driver.findElement(By.id("no-activities-here")).getText());
        browser.assertAccessible("community-public-none-here");
    }

    // --- helpers

    private String directory() {
        return "/c/" + council.id() + "/directory";
    }

    private void open(String path) {
        browser.open("/c/" + council.id() + path);
    }

    /** Adds an activity through the API as the admin; answers its id. */
    private String activity(String name, String locality, boolean publicListing) {
        return council.asAdmin().create("community-activities", json("{'name':'" + name + "','locality':'" + locality
                + "','whenHeld':'Mondays 10:00','contact':'01292 000000','publicListing':" + publicListing + "}")).getString("id");
    }

    /** The id of an activity, from the list page's change links or cards. */
    private String idOf(String name) {
        return driver.findElements(By.cssSelector(".govuk-summary-card")).stream()
                .filter(c -> c.findElement(By.className("govuk-summary-card__title")).getText().startsWith(name))
                .map(c -> c.getAttribute("id").substring("activity-".length())).findFirst()
                .orElseThrow(() -> new AssertionError("no activity " + name));
    }

    /** The h2 headings of the page's main content, in order (not the banner's). */
    private List<String> headings() {
        return driver.findElements(By.cssSelector("main h2.govuk-heading-m")).stream().map(WebElement::getText).toList();
    }

    private List<String> activityNames() {
        return driver.findElements(By.cssSelector(".mc-activity h3")).stream().map(WebElement::getText).toList();
    }

    /** Nothing that is not public shows on a public page: no private or retired activity, no council-only wording. */
    private void assertPublicOnly() {
        String source = driver.getPageSource();
        for (String hidden : new String[] {"Troon private group", "Ayr retired club", "Not shown", "Public directory", "version"}) {
            assertFalse(source.contains(hidden), hidden + " on " + driver.getCurrentUrl());
        }
    }

    private void addActivity(String name, String description, String locality, String whenHeld, String cost, String contact, boolean isPublic) {
        if (!driver.getCurrentUrl().contains("/community/new")) {
            open("/community/new");
        }
        fill("name", name);
        fill("description", description);
        new Select(driver.findElement(By.id("locality"))).selectByValue(locality);
        fill("whenHeld", whenHeld);
        fill("cost", cost);
        fill("contact", contact);
        driver.findElement(By.cssSelector("label[for=publicListing-" + (isPublic ? 0 : 1) + "]")).click();
        submit("save-activity");
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

    /** Also saves the whole page, not only the window, as {@code <name>-full}: these lists run long. */
    private void screenshotWholePage(String name) {
        Dimension window = driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 140, 8000)));
        try {
            browser.screenshot(name + "-full");
        } finally {
            driver.manage().window().setSize(window);
        }
    }


}
