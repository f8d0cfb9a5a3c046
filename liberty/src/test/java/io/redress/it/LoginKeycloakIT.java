package io.redress.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Keycloak mode's sign-in in a real browser (Debian's chromium, see {@link Browser}): the login view sends the
 * browser to Keycloak, whose login page signs the tenant's administrator in, and the browser lands on the tenant's
 * inbox with the complaint just taken in; signing out ends the Keycloak session too, so that the next sign-in asks
 * for the password again. Runs in the Keycloak-mode run (it-keycloak, with the test Keycloak of .ci/keycloak): the
 * tenant is onboarded through the API with the platform administrator's token, its organization and administrator
 * made in Keycloak.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginKeycloakIT extends BrowserTest {

    private static final String PASSWORD = "Kc-str0ng-and-l0ng!";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.redress("redress-kc");
    }

    @Test
    void signingInThroughKeycloakLandsOnTheTenantsInboxAndSigningOutEndsBothSessions() {
        String keycloak = TestKeycloak.url();
        String slug = SystemIT.newSlug("kc");
        String username = slug + "-boss";
        onboard(anonymous().bearer(TestKeycloak.platformAdminToken()), slug, "Keycloak UI test", username, PASSWORD);
        TestKeycloak.ensureMember(slug, username, PASSWORD, List.of("tenant-admin"));
        String caseNumber = overdueMajorComplaint(anonymous().bearer(TestKeycloak.token(username, PASSWORD)), slug);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        browser.get(base + "?lang=en");
        signInAtKeycloak(wait, keycloak, username);

        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + caseNumber + "']")));
        assertTrue(row.isDisplayed());
        assertTrue(browser.getCurrentUrl().startsWith(base.toString()), browser::getCurrentUrl);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-app-layout"), username + " · " + slug));

        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-out"))).click();

        WebElement said = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertEquals("You have signed out.", said.getText());
        assertTrue(browser.getCurrentUrl().startsWith(base + "login"), browser::getCurrentUrl);
        // the Keycloak session is over: signing in again asks for the password, and the app's session is gone too
        browser.findElement(By.id("login-keycloak")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertTrue(browser.getCurrentUrl().startsWith(keycloak), browser::getCurrentUrl);
        browser.get(base.toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertTrue(browser.getCurrentUrl().startsWith(keycloak), browser::getCurrentUrl);
        signInAtKeycloak(wait, keycloak, username);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + caseNumber + "']")));
    }

    /** Keycloak's identity-first login of a realm with organizations: the user name, then the password. */
    private void signInAtKeycloak(WebDriverWait wait, String keycloak, String username) {
        WebElement name = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertTrue(browser.getCurrentUrl().startsWith(keycloak), browser::getCurrentUrl);
        name.sendKeys(username);
        browser.findElement(By.id("kc-login")).click();
        WebElement password = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
        password.sendKeys(PASSWORD);
        browser.findElement(By.id("kc-login")).click();
    }
}
