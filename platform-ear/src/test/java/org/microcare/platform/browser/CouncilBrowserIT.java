package org.microcare.platform.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.RunningPlatform.OPERATOR;
import static org.microcare.platform.RunningPlatform.OPERATOR_PASSWORD;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcare.platform.Api;
import org.microcare.platform.RunningPlatform;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Council pages in headless Chromium against the started runnable: sign-in and out, wrong
 * passwords and lock-out, a session of one council refused on another, user management, Welsh,
 * and the keyboard-only sign-in. Every page visited must pass axe (WCAG 2.2 AA) with no violation.
 */
class CouncilBrowserIT extends BrowserTest {

    private static final String ADMIN_PASSWORD = "browser-admin-password";

    private String council;

    @BeforeEach
    void onboardAWelshCouncil() {
        council = onboardCouncil("web", "Cyngor Prawf", "WALES", "Gofal Bach", "admin", ADMIN_PASSWORD);
    }

    private void signIn(String username, String password) {
        signIn("/c/" + council + "/sign-in", username, password);
    }

    @Test
    void anAdminSignsInVisitsEveryPageAndSignsOut() {
        browser.open("/c/" + council + "/");
        assertTrue(driver.getCurrentUrl().endsWith("/c/" + council + "/sign-in"), "signed-out visitors go to sign-in");
        browser.assertAccessible("council-sign-in");

        signIn("admin", ADMIN_PASSWORD);
        assertHeading("Welcome, Council administrator");
        assertTrue(driver.findElement(By.id("signed-in-as")).getText().contains("Cyngor Prawf"));
        assertTrue(driver.findElement(By.id("roles")).getText().contains("Council admin"));
        assertTrue(driver.findElement(By.className("mc-header__programme")).getText().contains("Gofal Bach"));
        browser.assertAccessible("council-home");

        for (String[] page : new String[][] {{"users", "Users"}, {"audit", "Audit log"}, {"change-password", "Change your password"},
                {"accessibility", "Accessibility statement"}, {"users/new", "Add a user"}}) {
            browser.open("/c/" + council + "/" + page[0]);
            assertHeading(page[1]);
            browser.assertAccessible("council-" + page[0].replace('/', '-'));
        }
        browser.open("/c/" + council + "/audit");
        assertTrue(driver.findElement(By.id("audit-table")).getText().contains("SIGN_IN"));

        driver.findElement(By.id("sign-out-button")).click();
        assertTrue(browser.waitFor(By.className("govuk-notification-banner__title")).getText().contains("signed out"));
        browser.assertAccessible("council-signed-out");
        browser.open("/c/" + council + "/users");
        assertTrue(driver.getCurrentUrl().endsWith("/sign-in"), "the session is gone after sign-out");
    }

    @Test
    void wrongPasswordsShowAnErrorAndLockTheAccount() {
        browser.open("/c/" + council + "/sign-in");
        driver.findElement(By.id("sign-in-button")).click();
        assertTrue(browser.waitFor(By.className("govuk-error-summary")).getText().contains("Enter your username"));
        assertTrue(driver.findElement(By.id("password-error")).getText().contains("Enter your password"));
        browser.assertAccessible("council-sign-in-empty");

        for (int i = 0; i < 5; i++) {
            signIn("admin", "not-the-password-" + i);
            assertTrue(browser.waitFor(By.className("govuk-error-summary")).getText().contains("not right"));
        }
        browser.assertAccessible("council-sign-in-wrong-password");
        signIn("admin", ADMIN_PASSWORD);
        assertTrue(browser.waitFor(By.className("govuk-error-summary")).getText().contains("locked"), "locked out");
        assertEquals(401, api.get("/c/" + council + "/api/v1/programme", "admin", ADMIN_PASSWORD).status());
    }

    @Test
    void aSessionOfOneCouncilIsWorthlessOnAnother(RunningPlatform platform) {
        String other = council + "-x";
        assertEquals(201, api.post("/platform/api/v1/tenants",
                Api.onboardJson(other, "Other Council", "ENGLAND", "Other", "admin", ADMIN_PASSWORD), OPERATOR, OPERATOR_PASSWORD).status());
        signIn("admin", ADMIN_PASSWORD);
        assertTrue(headingStartsWith("Welcome"));
        browser.open("/c/" + other + "/users");
        assertTrue(driver.getCurrentUrl().endsWith("/c/" + other + "/sign-in"), "redirected to the other council's sign-in");
        assertHeading("Sign in");
        browser.open("/c/" + council + "/users");
        assertEquals("Users", heading(), "still signed in to the first council");
    }

    @Test
    void anAdminAddsABrokerWhoCannotManageUsers() {
        signIn("admin", ADMIN_PASSWORD);
        heading();
        browser.open("/c/" + council + "/users/new");
        driver.findElement(By.id("create-user")).click();
        String summary = browser.waitFor(By.className("govuk-error-summary")).getText();
        assertTrue(summary.contains("Enter a username") && summary.contains("Select at least one role"), summary);
        browser.assertAccessible("council-user-new-errors");

        driver.findElement(By.id("username")).sendKeys("bryn.broker");
        driver.findElement(By.id("displayName")).sendKeys("Bryn Broker");
        driver.findElement(By.cssSelector("input[name=roles][value=BROKER]")).click();
        driver.findElement(By.id("password")).sendKeys("bryn-broker-password");
        driver.findElement(By.id("create-user")).click();
        assertTrue(browser.waitFor(By.className("govuk-notification-banner__title")).getText().contains("bryn.broker"));
        assertTrue(driver.findElement(By.id("users-table")).getText().contains("Bryn Broker"));
        browser.assertAccessible("council-users-created");

        driver.findElement(By.cssSelector("input[aria-label='Disable bryn.broker']")).click();
        assertTrue(browser.waitFor(By.id("users-table")).getText().contains("Disabled"));
        driver.findElement(By.cssSelector("input[aria-label='Enable bryn.broker']")).click();
        browser.waitFor(By.id("users-table"));

        driver.findElement(By.id("edit-bryn.broker")).click();
        assertHeading("Change a user");
        browser.assertAccessible("council-user-edit");
        driver.findElement(By.cssSelector("input[name=roles][value=VIEWER]")).click();
        driver.findElement(By.id("save-roles")).click();
        assertTrue(browser.waitFor(By.id("users-table")).getText().contains("Viewer (read only)"));
        driver.findElement(By.id("edit-bryn.broker")).click();
        driver.findElement(By.id("newPassword")).sendKeys("short");
        driver.findElement(By.id("reset-password")).click();
        assertTrue(browser.waitFor(By.className("govuk-error-summary")).getText().contains("at least 12 characters"));
        browser.assertAccessible("council-user-edit-errors");
        driver.findElement(By.id("newPassword")).sendKeys("bryn-new-password-1");
        driver.findElement(By.id("reset-password")).click();
        assertTrue(browser.waitFor(By.className("govuk-notification-banner__title")).getText().contains("bryn.broker"));

        driver.findElement(By.id("sign-out-button")).click();
        browser.waitFor(By.className("govuk-notification-banner__title"));
        signIn("bryn.broker", "bryn-new-password-1");
        assertTrue(headingStartsWith("Welcome"));
        assertEquals(0, driver.findElements(By.linkText("Users")).size(), "brokers get no users link");
        browser.open("/c/" + council + "/users");
        assertHeading("You cannot see this page");
        browser.assertAccessible("council-forbidden");
    }

    @Test
    void aWelshCouncilOffersWelshOnEveryPage() {
        browser.open("/c/" + council + "/sign-in");
        driver.findElement(By.id("language-switch")).click();
        waitForLanguage("cy");
        assertHeading("Mewngofnodi");
        browser.assertAccessible("council-sign-in-cy");
        signIn("admin", ADMIN_PASSWORD);
        assertTrue(headingStartsWith("Croeso"), "the choice lasts for the session");
        assertEquals("en", driver.findElement(By.id("language-switch")).getAttribute("lang"));
        browser.assertAccessible("council-home-cy");
        for (String page : new String[] {"users", "audit", "change-password", "accessibility"}) {
            browser.open("/c/" + council + "/" + page);
            assertEquals("cy", driver.findElement(By.tagName("html")).getAttribute("lang"));
            browser.assertAccessible("council-" + page + "-cy");
        }
        browser.open("/c/" + council + "/users");
        driver.findElement(By.id("edit-admin")).click();
        browser.assertAccessible("council-user-edit-cy");
        browser.open("/c/" + council + "/users/new");
        driver.findElement(By.id("create-user")).click();
        browser.waitFor(By.className("govuk-error-summary"));
        assertEquals("Mae problem wedi codi", driver.findElement(By.className("govuk-error-summary__title")).getText());
        assertTrue(driver.findElement(By.className("govuk-error-summary__list")).getText().contains("Dewiswch o leiaf un rôl"),
                "validation messages come from the Welsh bundle");
        browser.assertAccessible("council-user-new-errors-cy");
        driver.findElement(By.id("language-switch")).click();
        waitForLanguage("en");
    }

    @Test
    void signingInWorksWithTheKeyboardAlone() {
        browser.open("/c/" + council + "/sign-in");
        WebElement body = driver.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        assertEquals("govuk-skip-link", driver.switchTo().activeElement().getAttribute("class").split(" ")[0], "first stop: the skip link");
        for (int i = 0; i < 10 && !"username".equals(driver.switchTo().activeElement().getAttribute("id")); i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        WebElement username = driver.switchTo().activeElement();
        assertEquals("username", username.getAttribute("id"));
        username.sendKeys("admin", Keys.TAB);
        WebElement password = driver.switchTo().activeElement();
        assertEquals("password", password.getAttribute("id"));
        password.sendKeys(ADMIN_PASSWORD, Keys.ENTER);
        assertTrue(headingStartsWith("Welcome"));
    }

    @Test
    void anAdminAddsAUserWithTheKeyboardAlone() {
        signIn("admin", ADMIN_PASSWORD);
        heading();
        tabToText("Users").sendKeys(Keys.ENTER);
        assertHeading("Users");
        tabToText("Add a user").sendKeys(Keys.ENTER);
        assertHeading("Add a user");
        tabToId("username").sendKeys("keyboard.user", Keys.TAB);
        driver.switchTo().activeElement().sendKeys("Keyboard User");
        tabTo(e -> "BROKER".equals(e.getAttribute("value")), "the Broker checkbox").sendKeys(Keys.SPACE);
        tabToId("password").sendKeys("keyboard-user-password", Keys.ENTER);
        assertTrue(browser.waitFor(By.className("govuk-notification-banner__title")).getText().contains("keyboard.user"));
        assertTrue(driver.findElement(By.id("users-table")).getText().contains("Keyboard User"));
    }

    @Test
    void errorPagesAreInTheShellAndAccessible() {
        browser.open("/c/no-such-council/");
        assertHeading("Page not found");
        browser.assertAccessible("error-not-found");
        browser.open("/c/" + council + "/no-such-page");
        assertHeading("Page not found");

        assertEquals(200, api.post("/platform/api/v1/tenants/" + council + "/suspend", null, OPERATOR, OPERATOR_PASSWORD).status());
        try {
            browser.open("/c/" + council + "/sign-in");
            assertHeading("Sorry, the service is unavailable");
            assertTrue(driver.findElement(By.id("unavailable-reason")).getText().contains("Cyngor Prawf's programme is suspended"));
            browser.assertAccessible("error-suspended");
        } finally {
            assertEquals(200, api.post("/platform/api/v1/tenants/" + council + "/resume", null, OPERATOR, OPERATOR_PASSWORD).status());
        }
        browser.open("/c/" + council + "/sign-in");
        assertHeading("Sign in");
    }
}
