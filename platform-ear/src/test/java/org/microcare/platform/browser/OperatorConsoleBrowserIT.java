package org.microcare.platform.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.RunningPlatform.OPERATOR;
import static org.microcare.platform.RunningPlatform.OPERATOR_PASSWORD;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.microcare.platform.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/** The operator console in headless Chromium: sign in, onboard a council, suspend and resume it; axe on every page. */
class OperatorConsoleBrowserIT extends BrowserTest {

    private void signIn(String username, String password) {
        signIn("/platform/sign-in", username, password);
    }

    @Test
    void anOperatorOnboardsSuspendsAndResumesACouncil() {
        browser.open("/platform/");
        assertTrue(driver.getCurrentUrl().endsWith("/platform/sign-in"));
        browser.assertAccessible("platform-sign-in");
        signIn(OPERATOR, "wrong-password");
        assertTrue(browser.waitFor(By.className("govuk-error-summary")).getText().contains("not right"));
        browser.assertAccessible("platform-sign-in-error");

        signIn(OPERATOR, OPERATOR_PASSWORD);
        assertHeading("Councils");
        browser.assertAccessible("platform-councils");

        driver.findElement(By.id("onboard")).click();
        assertHeading("Onboard a council");
        browser.assertAccessible("platform-onboard");
        driver.findElement(By.id("onboard-button")).click();
        String summary = browser.waitFor(By.className("govuk-error-summary")).getText();
        assertTrue(summary.contains("Enter a council id") && summary.contains("Choose a nation"), summary);
        browser.assertAccessible("platform-onboard-errors");

        String id = "console-" + UUID.randomUUID().toString().substring(0, 6);
        driver.findElement(By.id("id")).sendKeys(id);
        driver.findElement(By.id("name")).sendKeys("Console Council");
        new Select(driver.findElement(By.id("nation"))).selectByValue("SCOTLAND");
        driver.findElement(By.id("programmeName")).sendKeys("Console Care");
        driver.findElement(By.id("admin-username")).sendKeys("console.admin");
        driver.findElement(By.id("admin-password")).sendKeys("console-admin-password");
        driver.findElement(By.id("onboard-button")).click();
        assertTrue(browser.waitFor(By.className("govuk-notification-banner__title")).getText().contains(id + " onboarded: Active"));
        assertEquals("Active", driver.findElement(By.id("status-" + id)).getText());
        assertEquals(200, api.get("/c/" + id + "/api/v1/programme", "console.admin", "console-admin-password").status());

        driver.findElement(By.id("suspend-" + id)).click();
        assertHeading("Suspend Console Council?");
        browser.assertAccessible("platform-confirm-suspend");
        driver.findElement(By.id("confirm-button")).click();
        assertEquals("Suspended", browser.waitFor(By.id("status-" + id)).getText());
        assertEquals(503, api.get("/c/" + id + "/api/v1/programme", "console.admin", "console-admin-password").status());

        driver.findElement(By.id("resume-" + id)).click();
        driver.findElement(By.id("confirm-button")).click();
        assertEquals("Active", browser.waitFor(By.id("status-" + id)).getText());
        assertEquals(200, api.get("/c/" + id + "/api/v1/programme", "console.admin", "console-admin-password").status());

        // this month by default: the month of the day the platform answered on (a run may cross midnight)
        LocalDate before = LocalDate.now(ZoneId.of("Europe/London"));
        driver.findElement(By.id("usage-link")).click();
        assertTrue(headingStartsWith("Usage by council: "), heading());
        LocalDate after = LocalDate.now(ZoneId.of("Europe/London"));
        assertTrue(List.of(before, after).stream().map(d -> "Usage by council: " + DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK).format(d))
                .toList().contains(heading()), heading());
        List<String> cells = driver.findElements(By.cssSelector("#usage-council-" + id + " td")).stream().map(e -> e.getText()).toList();
        assertEquals(List.of("Active", "0", "0", "0.00", "0", "0"), cells, "a new council has nothing yet");
        assertTrue(driver.findElement(By.id("usage-totals")).getText().startsWith("Total (councils counted: "));
        browser.assertAccessible("platform-usage");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                driver.findElement(By.id("usage-totals")));
        browser.screenshot("platform-usage-totals");
        browser.open("/platform/usage?month=2024-13");
        assertTrue(browser.waitFor(By.className("govuk-error-summary")).getText().contains("Enter a real month"));
        browser.assertAccessible("platform-usage-error");

        browser.open("/platform/accessibility");
        browser.assertAccessible("platform-accessibility");
        driver.findElement(By.id("sign-out-button")).click();
        assertHeading("Sign in");
        browser.open("/platform/councils/new");
        assertTrue(driver.getCurrentUrl().endsWith("/platform/sign-in"), "signed out");
    }

    @Test
    void councilUsersCannotUseTheConsole() {
        String id = "console-x-" + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(201, api.post("/platform/api/v1/tenants",
                Api.onboardJson(id, "X", "ENGLAND", "X", "x.admin", "x-admin-password-1"), OPERATOR, OPERATOR_PASSWORD).status());
        signIn("x.admin", "x-admin-password-1");
        assertTrue(browser.waitFor(By.className("govuk-error-summary")).getText().contains("not right"));
    }

    @Test
    void anOperatorOnboardsACouncilWithTheKeyboardAlone() {
        browser.open("/platform/sign-in");
        tabToId("username").sendKeys(OPERATOR, Keys.TAB);
        driver.switchTo().activeElement().sendKeys(OPERATOR_PASSWORD, Keys.ENTER);
        assertHeading("Councils");
        tabToText("Onboard a council").sendKeys(Keys.ENTER);
        assertHeading("Onboard a council");
        String id = "keys-" + UUID.randomUUID().toString().substring(0, 6);
        tabToId("id").sendKeys(id, Keys.TAB);
        driver.switchTo().activeElement().sendKeys("Keyboard Council", Keys.TAB);
        driver.switchTo().activeElement().sendKeys("Wales", Keys.TAB);
        driver.switchTo().activeElement().sendKeys("Keys Care");
        tabToId("admin-username").sendKeys("keys.admin", Keys.TAB);
        driver.switchTo().activeElement().sendKeys("keys-admin-password", Keys.ENTER);
        assertTrue(browser.waitFor(By.className("govuk-notification-banner__title")).getText().contains(id + " onboarded: Active"));
        assertEquals("WALES", api.get("/c/" + id + "/api/v1/programme", "keys.admin", "keys-admin-password").json().getString("nation"));
    }

    @Test
    void theConsoleIsAlsoInWelsh() {
        browser.open("/platform/sign-in");
        driver.findElement(By.id("language-switch")).click();
        waitForLanguage("cy");
        assertHeading("Mewngofnodi");
        browser.assertAccessible("platform-sign-in-cy");
        signIn(OPERATOR, OPERATOR_PASSWORD);
        assertHeading("Cynghorau");
        browser.assertAccessible("platform-councils-cy");
        browser.open("/platform/councils/new");
        driver.findElement(By.id("onboard-button")).click();
        assertEquals("Mae problem wedi codi", browser.waitFor(By.className("govuk-error-summary__title")).getText());
        assertTrue(driver.findElement(By.className("govuk-error-summary__list")).getText().contains("Dewiswch wlad"));
        browser.assertAccessible("platform-onboard-errors-cy");
        browser.open("/platform/usage?month=2024-03");
        assertHeading("Defnydd fesul cyngor: Mawrth 2024");
        browser.assertAccessible("platform-usage-cy");
        browser.open("/platform/accessibility");
        browser.assertAccessible("platform-accessibility-cy");
        driver.findElement(By.id("language-switch")).click();
        waitForLanguage("en");
    }
}
