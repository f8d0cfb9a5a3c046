package io.redress.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One MAJOR case from intake to closure in a real browser (Debian's chromium, headless), by the people of the
 * overseas template, each signed in on their own: the specialist responds, registers, contains, investigates and
 * proposes the plan; the supervisor assigns the case; management signs the plan in the approvals inbox with its
 * password; the supervisor closes it. Every step is a button that only the right person sees. Runs where chromium is installed; CI requires it
 * (see {@link Browser}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MajorCaseBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.redress("redress-major");
    }

    @Test
    void aMajorCaseIsWorkedFromIntakeToClosureInTheBrowser() {
        String slug = "major-" + UUID.randomUUID().toString().substring(0, 8);
        RestClient admin = RestClient.at(URI.create(base.toString())).as("admin", SystemIT.ADMIN_PASSWORD);
        assertEquals(201, admin.post("api/v1/tenants", """
                {"slug": "%s", "name": "Major", "template": "overseas-grading", "locale": "en", "timeZone": "Asia/Dubai",
                 "admin": {"username": "boss", "password": "%s"}}""".formatted(slug, SystemIT.BOSS_PASSWORD)).status());
        RestClient boss = RestClient.at(URI.create(base.toString())).as("boss", SystemIT.BOSS_PASSWORD);
        staff(boss, slug, "wang", "specialist", ", \"languages\": [\"en\", \"ar\"], \"trainings\": [\"COMPLAINT_HANDLING\"], \"groups\": [\"HQ_TASK_FORCE\"]");
        staff(boss, slug, "sara", "supervisor", ", \"unit\": \"MIDDLE_EAST_CENTRE\"");
        staff(boss, slug, "li", "management", ", \"positions\": [\"management\"]");
        RestClient.Reply created = RestClient.at(URI.create(base.toString())).as("wang", "wang-secret-1").post(
                "api/v1/tenants/" + slug + "/complaints", """
                {"channel": "REGULATOR", "receivedAt": "2026-11-23T10:00:00+04:00", "region": "MIDDLE_EAST", "language": "ar",
                 "complainant": {"name": "Fatima Al Mansoori", "kind": "CUSTOMER", "email": "fatima@example.ae"},
                 "subject": "Data of customers published", "flags": ["DATA_LEAK", "REGULATOR_RISK"]}""");
        assertEquals(201, created.status(), created::toString);
        assertEquals("MAJOR", created.json().getJsonObject("grade").getString("code"));
        String caseNumber = created.json().getString("caseNumber");

        signIn(slug, "wang", caseNumber);
        assertEquals("Major complaint", text("case-grade"));
        // the link to give the complainant: the page of this server, the same as the API's
        assertEquals(created.json().getString("trackingUrl"),
                browser.findElement(By.cssSelector("#case-tracking-link input")).getDomProperty("value"));
        act("ACKNOWLEDGE", "Acknowledged");
        act("REGISTER", "Registered");
        absent("case-action-ASSIGN");

        signIn(slug, "sara", caseNumber);
        WebElement assignTo = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#case-assign-to input")));
        assignTo.click();
        assignTo.sendKeys("wang");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-combo-box-item[normalize-space(.)='wang']"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-combo-box-overlay[opened]")));
        act("ASSIGN", "Assigned");
        wait.until(ExpectedConditions.textToBe(By.id("case-assignee"), "wang"));

        signIn(slug, "wang", caseNumber);
        click(By.id("case-complete-CONTAINMENT-1"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Stage completed']")));
        act("START_INVESTIGATION", "Investigating");
        browser.findElement(By.cssSelector("#case-note input")).sendKeys("Revoke the leaked keys, notify the regulator, compensate");
        act("PROPOSE_PLAN", "Plan proposed");
        absent("case-action-APPROVE_PLAN");

        signIn(slug, "li", caseNumber);
        approvePlan(caseNumber);

        signIn(slug, "wang", caseNumber);
        act("START_RESOLUTION", "Resolving");
        act("RESOLVE", "Resolved");
        act("GIVE_FEEDBACK", "Feedback given");
        absent("case-action-CLOSE");

        signIn(slug, "sara", caseNumber);
        act("CLOSE", "Closed");
        absent("case-wait");
        // every clock of the closed case has ended: none is open or paused
        assertTrue(browser.findElements(By.cssSelector(".redress-clock-open, .redress-clock-paused")).isEmpty());
    }

    /**
     * The MAJOR plan goes to management through the approval chain: the plan cannot be approved by hand on the case
     * any more; the manager signs it in the approvals inbox, confirming with their password.
     */
    private void approvePlan(String caseNumber) {
        absent("case-action-APPROVE_PLAN");
        browser.get(base + "approvals?lang=en");
        // the request's button in the inbox's grid ("sign-out" of the menu starts alike)
        click(By.cssSelector("#approvals-grid vaadin-button[id^='sign-']"));
        WebElement password = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#signature-password input")));
        password.sendKeys("li-secret-1", Keys.TAB);
        click(By.id("signature-approve"));
        browser.get(base + "cases/" + caseNumber + "?lang=en");
        wait.until(ExpectedConditions.textToBe(By.id("case-status"), "Plan approved"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Approval signed']")));
    }

    private WebDriverWait wait;

    private void staff(RestClient boss, String slug, String username, String role, String profile) {
        RestClient.Reply created = boss.post("api/v1/tenants/" + slug + "/staff", """
                {"username": "%s", "password": "%s-secret-1", "roles": ["%s"]%s}""".formatted(username, username, role, profile));
        assertEquals(201, created.status(), created::toString);
    }

    /** Signs in afresh as {@code username} and opens the case. */
    private void signIn(String slug, String username, String caseNumber) {
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.manage().deleteAllCookies();
        browser.get(base + "login?tenant=" + slug + "&lang=en");
        WebElement password = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#login-password input")));
        browser.findElement(By.cssSelector("#login-username input")).sendKeys(username, Keys.TAB);
        password.sendKeys(username + "-secret-1", Keys.TAB);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
        browser.get(base + "cases/" + caseNumber + "?lang=en");
        wait.until(ExpectedConditions.textToBe(By.id("case-title"), "Case " + caseNumber));
    }

    /** Clicks the action's button and waits for the status it leads to. */
    private void act(String action, String status) {
        click(By.id("case-action-" + action));
        wait.until(ExpectedConditions.textToBe(By.id("case-status"), status));
    }

    /** Brings the element to the middle of the window first: a grid's last rows may sit under a notification. */
    private void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private String text(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText();
    }

    private void absent(String id) {
        assertTrue(browser.findElements(By.id(id)).stream().noneMatch(WebElement::isDisplayed), id + " must not be offered here");
    }
}
