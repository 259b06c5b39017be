package org.microcare.platform.browser;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.microcare.platform.Api;
import org.microcare.platform.PlatformExtension;
import org.microcare.platform.Prerequisites;
import org.microcare.platform.RunningPlatform;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The one base of browser tests: a fresh Chromium per test against the shared running platform. */
@ExtendWith(PlatformExtension.class)
abstract class BrowserTest {

    protected Browser browser;
    protected WebDriver driver;
    protected Api api;

    @BeforeEach
    void openBrowser(RunningPlatform platform) throws Exception {
        Prerequisites.require(Browser.available(), "Debian chromium and chromium-driver (.ci/run installs them)");
        api = new Api(platform.baseUrl());
        browser = new Browser(platform.baseUrl());
        driver = browser.driver();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The page's h1; a page still being replaced after a click is waited for, not read half-gone. */
    protected String heading() {
        return new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText());
    }

    /** Waits up to 10 s for the page's h1 to read {@code expected} (a click may still be loading the next page). */
    protected void assertHeading(String expected) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> expected.equals(d.findElement(By.tagName("h1")).getText()));
        } catch (org.openqa.selenium.TimeoutException e) {
            org.junit.jupiter.api.Assertions.assertEquals(expected, heading());
        }
    }

    /** Whether the page's h1 starts with {@code prefix} within 10 s. */
    protected boolean headingStartsWith(String prefix) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.tagName("h1")).getText().startsWith(prefix));
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    /** Waits until the page is in the language (the html lang attribute) a click asked for. */
    protected void waitForLanguage(String lang) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> lang.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    /** Presses Tab until the focused element matches, as a keyboard-only user would; fails after 60 presses. */
    protected WebElement tabTo(java.util.function.Predicate<WebElement> wanted, String what) {
        for (int i = 0; i < 60; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement focused = driver.switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached " + what);
    }

    protected WebElement tabToId(String id) {
        return tabTo(e -> id.equals(e.getAttribute("id")), "#" + id);
    }

    protected WebElement tabToText(String text) {
        return tabTo(e -> text.equals(e.getText().trim()), "'" + text + "'");
    }

    /**
     * Clicks a button as a person would: in the middle of the window. A button cut by the window's
     * bottom edge is otherwise clicked on its top pixels, and as a GOV.UK button moves down 2 px while
     * pressed, the release lands outside it and nothing is submitted.
     */
    protected void press(WebElement button) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
    }

    /** Presses a button (or follows a link) and waits for the next page to load. */
    protected void submit(WebElement button) {
        WebElement page = driver.findElement(By.tagName("html"));
        press(button);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20)).until(d -> gone(page));
        browser.waitFor(By.tagName("h1"));
    }

    protected void submit(By button) {
        submit(driver.findElement(button));
    }

    protected void submit(String buttonId) {
        submit(By.id(buttonId));
    }

    /** Whether the page an element was on has been replaced (Chromium reports that in more than one way). */
    protected static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            return true;
        }
    }

    /** The entries of the page's GOV.UK error summary, once it is there. */
    protected java.util.List<String> errorSummaryItems() {
        browser.waitFor(By.className("govuk-error-summary"));
        return driver.findElements(By.cssSelector(".govuk-error-summary__list li")).stream().map(WebElement::getText).toList();
    }

    /** Ticks the radio or checkbox {@code name} with {@code value} by its label, as a person would. */
    protected void choose(String name, String value) {
        WebElement input = driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        WebElement label = driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", label);
        label.click();
    }

    protected String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    protected String banner() {
        return browser.waitFor(By.className("govuk-notification-banner__title")).getText();
    }

    protected String errorSummary() {
        return browser.waitFor(By.className("govuk-error-summary")).getText();
    }

    /** Onboards a council through the operator API and answers its id, {@code prefix-xxxxxx}. */
    protected String onboardCouncil(String prefix, String name, String nation, String programme, String admin, String password) {
        String id = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        org.junit.jupiter.api.Assertions.assertEquals(201, api.post("/platform/api/v1/tenants",
                Api.onboardJson(id, name, nation, programme, admin, password), RunningPlatform.OPERATOR, RunningPlatform.OPERATOR_PASSWORD).status());
        return id;
    }

    /** Fills a GOV.UK sign-in form (council or operator) and submits it. */
    protected void signIn(String path, String username, String password) {
        browser.open(path);
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.id("sign-in-button")).click();
        // gone(), not ExpectedConditions.stalenessOf: Chromium may report the replaced page as a node that
        // "does not belong to the document" rather than as a stale element, which stalenessOf does not catch
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20)).until(d -> gone(page));
    }
}
