package org.microcare.platform.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.DirectoryFixture.list;
import static org.microcare.platform.DirectoryFixture.slot;
import static org.microcare.platform.DirectoryFixture.slots;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microcare.platform.CouncilFixture;
import org.microcare.platform.DirectoryFixture;
import org.microcare.platform.RunningPlatform;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public directory in Chromium, with no sign-in: search by words and by every kind of filter,
 * pagination, a profile with what the council checked, the 404 for MEs that must not show, a
 * shortlist printed one profile to an A4 page, a Welsh council's directory in Welsh, and keyboard
 * use. axe (WCAG 2.2 AA) runs on every directory page visited, in English and Welsh. The councils
 * and their MEs are made once, through the API, and only read by the tests.
 */
class DirectoryBrowserIT extends BrowserTest {

    /** Listed and meeting the framework: 4 chosen to tell filters apart, and 18 more so there are two pages. */
    private static final String TROON = "Troon Home Help";
    private static final String AYR = "Ayr Evening Companions";
    private static final String MEDICATION = "Medication Helpers";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final int FILLERS = 18;
    private static final int VISIBLE = 4 + FILLERS;
    /** Must not show: still an enquiry; listed but its evidence has since turned out to be expired. */
    private static final String ENQUIRY = "Enquiry Only Care";
    private static final String LAPSED = "Lapsed Insurance Care";

    private static final String BROKER = "dir.broker";

    private static DirectoryFixture english;
    private static DirectoryFixture welsh;

    @BeforeAll
    static void listMicroEnterprises(RunningPlatform platform) {
        english = DirectoryFixture.onboard(platform, "dir", "ENGLAND")
                .locality("TROON", "Troon").locality("AYR", "Ayr")
                .contact("Kirsti Reid", "micro@council.example", "01292 612000");
        english.listed(TROON, b -> b.add("services", list("PERSONAL_CARE")).add("personalCare", true).add("petsOk", true)
                .add("specialisms", list("DEMENTIA")).add("capacityHoursPerWeek", 30)
                .add("availability", slots(slot("MON", "09:00", "15:00")))
                .add("publicDescription", "Personal care in Troon, with a gentle approach to dementia.\nOwn car.")
                .add("experience", "Dementia Friends champion; moving and handling"));
        english.listed(AYR, b -> b.add("services", list("COMPANIONSHIP")).add("localities", list("AYR")).add("languages", list("en", "gd"))
                .add("specialisms", list("MENTAL_HEALTH")).add("capacityHoursPerWeek", 0).add("evenings", true).add("weekends", true)
                .add("lastMinute", true).add("availability", slots(slot("SAT", "17:00", "21:00")))
                .add("publicDescription", "Company for trips out, concerts and the football."));
        english.listed(MEDICATION, b -> b.add("services", list("PERSONAL_CARE")).add("localities", list("TROON", "AYR"))
                .add("personalCare", true).add("medication", true).add("capacityHoursPerWeek", 5)
                .add("availability", slots(slot("TUE", "13:00", "16:00"))));
        english.listed(SCRIPT, b -> b.add("services", list("COMPANIONSHIP")).add("publicDescription", "<b>not bold</b> & <i>not italic</i>"));
        for (int i = 1; i <= FILLERS; i++) {
            english.listed(String.format("Tidy Homes %02d", i), b -> { });
        }
        english.council().addUser(BROKER, "BROKER");
        english.enquiry(ENQUIRY, b -> b.add("publicDescription", "Personal care in Troon."));
        english.lapsed(LAPSED, b -> b.add("publicDescription", "Personal care in Troon."));

        welsh = DirectoryFixture.onboard(platform, "dircy", "WALES").locality("PONTYPRIDD", "Pontypridd");
        welsh.listed("Gofal Cwm Taf", b -> b.add("services", list("PERSONAL_CARE")).add("localities", list("PONTYPRIDD"))
                .add("personalCare", true).add("languages", list("cy", "en")).add("publicDescription", "Gofal personol ym Mhontypridd."));
        welsh.listed("Cwmni Cymorth", b -> b.add("services", list("COMPANIONSHIP")).add("localities", list("PONTYPRIDD"))
                .add("weekends", true));
    }

    private static String directory(DirectoryFixture council) {
        return "/c/" + council.id() + "/directory";
    }

    private void openDirectory(String query) {
        browser.open(directory(english) + (query.isEmpty() ? "" : "?" + query));
        browser.waitFor(By.id("results-count"));
    }

    private void waitForNextPage(WebElement oldPage) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(oldPage));
        browser.waitFor(By.tagName("h1"));
    }

    /** The trading names of the results on this page, as shown. */
    private Set<String> results() {
        return driver.findElements(By.cssSelector(".govuk-summary-card__title a")).stream().map(WebElement::getText)
                .collect(Collectors.toSet());
    }

    private String count() {
        return driver.findElement(By.id("results-count")).getText();
    }

    /** Sets one filter on a fresh directory with the form, searches, and answers the names found. */
    private Set<String> search(Consumer<WebElement> setFilter, String control) {
        openDirectory("");
        setFilter.accept(driver.findElement(By.id(control)));
        submit(driver.findElement(By.id("search-button")));
        return results();
    }

    private Set<String> searchBy(String select, String value) {
        return search(e -> new Select(e).selectByValue(value), select);
    }

    private Set<String> tick(String checkbox) {
        return search(WebElement::click, checkbox);
    }

    @Test
    void theDirectoryIsSearchedByWordsAndEveryKindOfFilter() {
        openDirectory("");
        assertHeading("Find a care micro-enterprise");
        assertEquals(VISIBLE + " micro-enterprises found\nPage 1 of 2", count());
        assertFalse(results().contains(ENQUIRY), "an enquiry is not on the directory");
        assertFalse(driver.getPageSource().contains(LAPSED), "nor a listing whose evidence has expired");
        assertTrue(driver.findElement(By.id("about-directory")).getText().contains("Kirsti Reid"), "the programme's contact");
        browser.assertAccessible("directory");

        assertEquals(Set.of(TROON), search(e -> e.sendKeys("DEMENTIA"), "words"), "words match the description, in any case");
        assertEquals("1 micro-enterprise found", count());
        assertTrue(driver.getCurrentUrl().contains("/directory?words=DEMENTIA&"), "a GET form: the search is in the address");
        assertEquals("DEMENTIA", driver.findElement(By.id("words")).getAttribute("value"), "the form keeps what was asked");
        assertEquals(Set.of(TROON), search(e -> e.sendKeys("troon gentle"), "words"), "every word must match");
        assertEquals(Set.of(), search(e -> e.sendKeys("astronaut"), "words"));
        assertEquals("No micro-enterprises found", count());
        assertTrue(driver.findElement(By.id("no-results")).getText().contains("use fewer filters"));
        browser.assertAccessible("directory-no-results");

        assertEquals(Set.of(AYR, SCRIPT), searchBy("service", "COMPANIONSHIP"));
        assertEquals(Set.of(AYR, MEDICATION), searchBy("locality", "AYR"));
        assertEquals(Set.of(AYR), searchBy("day", "SAT"));
        assertEquals(Set.of(MEDICATION), searchBy("day", "TUE"));
        assertEquals(Set.of(AYR), searchBy("time", "EVENING"));
        assertEquals(Set.of(TROON, MEDICATION), searchBy("time", "AFTERNOON"));
        assertEquals(Set.of(AYR), tick("evenings"));
        assertEquals(Set.of(AYR), tick("weekends"));
        assertEquals(Set.of(AYR), searchBy("language", "gd"));
        assertEquals(Set.of(TROON), searchBy("specialism", "DEMENTIA"));
        assertEquals(Set.of(AYR), searchBy("specialism", "MENTAL_HEALTH"));
        assertEquals(Set.of(TROON, MEDICATION), tick("personalCare"));
        assertEquals(Set.of(MEDICATION), tick("medication"));
        assertEquals(Set.of(TROON), tick("petsOk"));
        tick("spareCapacity");
        assertEquals((VISIBLE - 1) + " micro-enterprises found\nPage 1 of 2", count(), "all but the one with no hours to spare");
        assertTrue(driver.findElement(By.id("spareCapacity")).isSelected());
        browser.assertAccessible("directory-filtered");

        openDirectory("service=PERSONAL_CARE&locality=AYR");
        assertEquals(Set.of(MEDICATION), results(), "filters combine; a bookmarked search opens as it was");
        assertEquals("PERSONAL_CARE", new Select(driver.findElement(By.id("service"))).getFirstSelectedOption().getAttribute("value"));
        submit(driver.findElement(By.id("clear-filters")));
        assertEquals(VISIBLE + " micro-enterprises found\nPage 1 of 2", count());

        driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
        openDirectory("locality=AYR");
        WebElement toResults = driver.findElement(By.cssSelector(".mc-to-results a"));
        assertTrue(toResults.isDisplayed(), "on a phone the filters come first, with a link past them");
        assertEquals("2 micro-enterprises found: go to the results", toResults.getText());
        toResults.click();
        assertEquals("results-count", driver.switchTo().activeElement().getAttribute("id"));
        browser.assertAccessible("directory-phone");
    }

    @Test
    void resultsComeTwentyAPageWithGovukPagination() {
        openDirectory("");
        assertEquals(20, driver.findElements(By.className("govuk-summary-card")).size());
        Set<String> first = results();
        WebElement card = driver.findElement(By.id("listing-" + english.idOf(AYR)));
        String summary = card.getText();
        assertTrue(summary.contains("Companionship and social support") && summary.contains("Ayr") && summary.contains("£18.50 an hour")
                && summary.contains("Saturday 17:00 to 21:00") && summary.contains("Evenings"), summary);

        submit(driver.findElement(By.cssSelector(".govuk-pagination__next a")));
        assertTrue(driver.getCurrentUrl().endsWith("/directory?page=2"));
        assertEquals(VISIBLE - 20, driver.findElements(By.className("govuk-summary-card")).size());
        assertEquals("Page 2 of 2", driver.findElement(By.cssSelector("#results-count .govuk-caption-m")).getText());
        assertEquals("2", driver.findElement(By.cssSelector(".govuk-pagination__link[aria-current=page]")).getText());
        assertEquals(0, driver.findElements(By.className("govuk-pagination__next")).size(), "no next page after the last");
        Set<String> second = results();
        assertTrue(second.stream().noneMatch(first::contains), "page 2 carries on from page 1");
        assertEquals(VISIBLE, first.size() + second.size());
        assertTrue(driver.getTitle().startsWith("Find a care micro-enterprise (Page 2 of 2)"), driver.getTitle());
        browser.assertAccessible("directory-page-2");

        submit(driver.findElement(By.cssSelector(".govuk-pagination__prev a")));
        assertEquals(first, results());

        openDirectory("words=tidy&page=2");
        assertTrue(driver.findElement(By.id("search-notes")).getText().contains("there is no such page, so you are seeing page 1"),
                "18 tidy homes fit on one page: page 2 of them is page 1");
        assertEquals(FILLERS, results().size());

        openDirectory("page=abc&day=FUNDAY&evenings=maybe&words=" + "x".repeat(300));
        String notes = driver.findElement(By.id("search-notes")).getText();
        assertTrue(notes.contains("Day: not one of the choices") && notes.contains("Evenings: not one of the choices")
                && notes.contains("only the first 200 characters") && notes.contains("you are seeing page 1"), notes);
        browser.assertAccessible("directory-ignored-parameters");
    }

    @Test
    void aProfileShowsWhatTheCouncilCheckedAndWhen() {
        openDirectory("words=dementia");
        submit(driver.findElement(By.linkText(TROON)));
        assertHeading(TROON);
        assertTrue(driver.getCurrentUrl().endsWith("/directory/" + english.idOf(TROON)));
        WebElement profile = driver.findElement(By.id("profile-" + english.idOf(TROON)));
        assertEquals("Personal care in Troon, with a gentle approach to dementia.\nOwn car.",
                profile.findElement(By.className("mc-profile__description")).getText(), "line breaks kept");
        assertEquals("Personal care", profile.findElement(By.className("mc-profile__services")).getText());
        assertEquals("Troon", profile.findElement(By.className("mc-profile__areas")).getText());
        assertEquals("£18.50 an hour", profile.findElement(By.className("mc-profile__rate")).getText());
        assertEquals("Monday 09:00 to 15:00", profile.findElement(By.className("mc-profile__when")).getText());
        assertEquals("English", profile.findElement(By.className("mc-profile__languages")).getText());
        assertEquals("Dementia", profile.findElement(By.className("mc-profile__specialisms")).getText());
        assertEquals("Yes", profile.findElement(By.className("mc-profile__pets")).getText());
        assertEquals("No", profile.findElement(By.className("mc-profile__medication")).getText());
        assertEquals("Dementia Friends champion; moving and handling", profile.findElement(By.className("mc-profile__experience")).getText());
        String contact = profile.findElement(By.className("mc-profile__contact")).getText();
        assertTrue(contact.contains("01292 600000") && contact.contains("hello@example.org") && contact.contains("https://example.org/care"), contact);

        WebElement checks = profile.findElement(By.className("mc-checks"));
        String council = "Council " + english.id();
        assertEquals("What " + council + " checked, and when", checks.findElement(By.tagName("h2")).getText());
        List<String> shown = checks.findElements(By.cssSelector(".mc-checks__list li")).stream().map(WebElement::getText).toList();
        String checkedOn = "Checked " + DirectoryFixture.TODAY.minusDays(10).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.ENGLISH));
        assertEquals(Set.copyOf(english.checkedRequirements(TROON)), shown.stream().map(s -> s.split("\n")[0]).collect(Collectors.toSet()));
        assertTrue(shown.stream().allMatch(s -> s.endsWith(checkedOn)), shown + " " + checkedOn);
        assertEquals("Listing last confirmed " + DirectoryFixture.TODAY.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.ENGLISH)), checks.findElement(By.className("mc-checks__confirmed")).getText());
        browser.assertAccessible("directory-profile");

        browser.open(directory(english) + "/" + english.idOf(MEDICATION));
        String medicationChecks = driver.findElement(By.className("mc-checks")).getText();
        assertTrue(medicationChecks.contains("Medication training"), "a requirement for MEs who give medication shows for them");

        browser.open(directory(english) + "/" + english.idOf(SCRIPT));
        assertHeading(SCRIPT);
        assertTrue(driver.findElement(By.className("mc-profile__description")).getText().contains("<b>not bold</b> & <i>not italic</i>"));
        assertNoAlert();
        browser.assertAccessible("directory-profile-escaped");
    }

    private void assertNoAlert() {
        try {
            driver.switchTo().alert();
            throw new AssertionError("a script ran");
        } catch (NoAlertPresentException expected) {
            // the name is text, not a script
        }
    }

    @Test
    void anMeThatMustNotShowIsNotFound() {
        for (String name : new String[] {ENQUIRY, LAPSED}) {
            browser.open(directory(english) + "/" + english.idOf(name));
            assertHeading("Page not found");
            assertFalse(driver.getPageSource().contains(name));
        }
        browser.open(directory(english) + "/" + welsh.idOf("Cwmni Cymorth"));
        assertHeading("Page not found");
        browser.open(directory(english) + "/no-such-id");
        assertHeading("Page not found");
        assertTrue(driver.findElement(By.id("directory-link")).getAttribute("href").endsWith(directory(english)));
        browser.assertAccessible("directory-not-found");
    }

    @Test
    void aShortlistPrintsTheChosenProfilesOneToAPage() {
        openDirectory("");
        driver.findElement(By.id("pick-" + english.idOf(MEDICATION))).click();
        driver.findElement(By.id("pick-" + english.idOf(AYR))).click();
        submit(driver.findElement(By.id("shortlist-button")));
        assertHeading("Profiles to print");
        assertTrue(driver.getCurrentUrl().contains("/directory/shortlist?id="));
        assertEquals("2 profiles, each on its own printed page", driver.findElement(By.id("shortlist-count")).getText());
        List<WebElement> profiles = driver.findElements(By.className("mc-profile"));
        assertEquals(Set.of(MEDICATION, AYR), profiles.stream().map(p -> p.findElement(By.tagName("h2")).getText()).collect(Collectors.toSet()));
        profiles.forEach(p -> assertTrue(p.findElement(By.className("mc-checks")).getText().contains("Listing last confirmed")));
        assertTrue(driver.findElement(By.id("print-button")).isDisplayed(), "the print button shows once the script has run");
        browser.assertAccessible("directory-shortlist");

        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            browser.screenshot("directory-shortlist-print-media");
            assertTrue(driver.findElements(By.cssSelector(".govuk-service-navigation")).isEmpty(), "visitors get no service navigation");
            for (String hidden : new String[] {".govuk-header", ".govuk-footer", "#print-button", ".govuk-back-link"}) {
                assertEquals("none", driver.findElement(By.cssSelector(hidden)).getCssValue("display"), hidden + " is not printed");
            }
            assertEquals("page", profiles.get(0).getCssValue("break-after"), "the next profile starts a new page");
            assertEquals("none", driver.findElement(By.cssSelector(".mc-profile__contact a[href^='https']")).getCssValue("text-decoration-line"));
            assertTrue(profiles.get(0).findElement(By.className("mc-print-only")).isDisplayed(), "each printed profile says where it came from");
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        String pdf = new String(Base64.getDecoder().decode(chrome.print(a4).getContent()), java.nio.charset.StandardCharsets.ISO_8859_1);
        java.nio.file.Path saved = browser.screenshot("directory-shortlist").resolveSibling("directory-shortlist.pdf");
        try {
            java.nio.file.Files.write(saved, pdf.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        long pages = java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(pdf).results().count();
        assertEquals(2, pages, "two profiles, one A4 page each");

        browser.open(directory(english) + "/shortlist?id=" + english.idOf(TROON) + "&id=" + english.idOf(ENQUIRY) + "&id=nobody&id="
                + english.idOf(TROON));
        assertEquals(List.of(TROON), driver.findElements(By.cssSelector(".mc-profile h2.mc-profile__name")).stream()
                .map(WebElement::getText).toList());
        assertTrue(driver.findElement(By.id("shortlist-notes")).getText()
                .contains("2 micro-enterprises you chose are not on the directory now, so they are left out."));
        browser.assertAccessible("directory-shortlist-notes");

        browser.open(directory(english) + "/shortlist");
        assertTrue(driver.findElement(By.id("shortlist-empty")).getText().startsWith("You have not chosen any profiles"));
        browser.assertAccessible("directory-shortlist-empty");
    }

    @Test
    void aWelshCouncilsDirectoryIsInWelsh() {
        browser.open(directory(welsh));
        assertHeading("Find a care micro-enterprise");
        browser.assertAccessible("directory-welsh-council-en");
        submit(driver.findElement(By.id("language-switch")));
        waitForLanguage("cy");
        assertHeading("Dod o hyd i ficro-fenter gofal");
        assertEquals("Cafwyd hyd i 2 micro-fenter", count());
        assertEquals("Chwilio", driver.findElement(By.id("search-button")).getText());
        assertEquals("Unrhyw ddiwrnod", new Select(driver.findElement(By.id("day"))).getFirstSelectedOption().getText());
        assertEquals("en", driver.findElement(By.id("language-switch")).getAttribute("lang"));
        browser.assertAccessible("directory-cy");

        new Select(driver.findElement(By.id("language"))).selectByValue("cy");
        submit(driver.findElement(By.id("search-button")));
        assertEquals(Set.of("Gofal Cwm Taf"), results());
        assertTrue(driver.findElement(By.id("listing-" + welsh.idOf("Gofal Cwm Taf"))).getText().contains("£18.50 yr awr"));
        browser.assertAccessible("directory-cy-filtered");

        submit(driver.findElement(By.linkText("Gofal Cwm Taf")));
        assertEquals("cy", driver.findElement(By.tagName("html")).getAttribute("lang"));
        String checks = driver.findElement(By.className("mc-checks")).getText();
        assertTrue(checks.startsWith("Beth wiriodd Council " + welsh.id() + ", a phryd"), checks);
        assertTrue(checks.contains("Gwiriwyd ") && checks.contains("Cadarnhawyd y rhestriad ddiwethaf"), checks);
        assertEquals("Cymraeg, Saesneg", driver.findElement(By.className("mc-profile__languages")).getText());
        browser.assertAccessible("directory-profile-cy");

        browser.open(directory(welsh) + "/shortlist?id=" + welsh.idOf("Gofal Cwm Taf") + "&id=" + welsh.idOf("Cwmni Cymorth"));
        assertHeading("Proffiliau i'w hargraffu");
        browser.assertAccessible("directory-shortlist-cy");
        browser.open(directory(welsh) + "?day=DYDD_GWENER&page=-1");
        assertTrue(driver.findElement(By.id("search-notes")).getText().contains("Diwrnod: nid yw'n un o'r dewisiadau"));
        browser.assertAccessible("directory-ignored-cy");
        browser.open(directory(welsh) + "/" + english.idOf(TROON));
        assertHeading("Heb ddod o hyd i'r dudalen");
        browser.assertAccessible("directory-not-found-cy");

        browser.open(directory(welsh) + "?weekends=true");
        submit(driver.findElement(By.id("language-switch")));
        waitForLanguage("en");
        assertTrue(driver.getCurrentUrl().endsWith("/directory?weekends=true"), "the switch keeps the search: " + driver.getCurrentUrl());
        assertEquals(Set.of("Cwmni Cymorth"), results());
    }

    @Test
    void theDirectoryWorksWithTheKeyboardAlone() {
        openDirectory("");
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertTrue(driver.switchTo().activeElement().getAttribute("class").contains("govuk-skip-link"), "first stop: the skip link");
        WebElement words = tabToId("words");
        words.sendKeys("dementia");
        WebElement page = driver.findElement(By.tagName("html"));
        words.sendKeys(Keys.ENTER);
        waitForNextPage(page);
        assertEquals(Set.of(TROON), results());

        WebElement pick = tabToId("pick-" + english.idOf(TROON));
        pick.sendKeys(Keys.SPACE);
        assertTrue(pick.isSelected());
        WebElement show = tabToId("shortlist-button");
        page = driver.findElement(By.tagName("html"));
        show.sendKeys(Keys.ENTER);
        waitForNextPage(page);
        assertHeading("Profiles to print");
        assertEquals(1, driver.findElements(By.className("mc-profile")).size());

        openDirectory("words=dementia");
        WebElement link = tabToText(TROON);
        page = driver.findElement(By.tagName("html"));
        link.sendKeys(Keys.ENTER);
        waitForNextPage(page);
        assertHeading(TROON);

        openDirectory("");
        driver.findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        WebElement next = tabBackTo(e -> "next".equals(e.getAttribute("rel")), "the next page link");
        page = driver.findElement(By.tagName("html"));
        next.sendKeys(Keys.ENTER);
        waitForNextPage(page);
        assertTrue(driver.getCurrentUrl().endsWith("?page=2"));
    }

    /** Presses Shift+Tab until the focused element matches, from the end of the page back; fails after 20 presses. */
    private WebElement tabBackTo(java.util.function.Predicate<WebElement> wanted, String what) {
        for (int i = 0; i < 20; i++) {
            WebElement focused = driver.switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
            focused.sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        }
        throw new AssertionError("Shift+Tab never reached " + what);
    }

    @Test
    void aSignedInBrokerSeesTheSameDirectoryAndCanSignOutFromAProfile() {
        signIn("/c/" + english.id() + "/sign-in", BROKER, CouncilFixture.USER_PASSWORD);
        assertTrue(headingStartsWith("Welcome"));
        browser.open(directory(english) + "/" + english.idOf(TROON));
        assertHeading(TROON);
        assertFalse(driver.getPageSource().contains("Ownername"), "signed in or not, the profile is the public one");
        submit(driver.findElement(By.id("sign-out-button")));
        assertTrue(driver.getCurrentUrl().contains("/sign-in"), "the shell's sign-out form posts to the profile's own address");
        assertTrue(browser.waitFor(By.className("govuk-notification-banner__title")).getText().contains("signed out"));
    }
}
