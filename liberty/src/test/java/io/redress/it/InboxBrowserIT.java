package io.redress.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person's path in a real browser (Debian's chromium, headless): sign in to a tenant, find the complaint just
 * taken in through the API in the inbox with its grade label, and see its missed deadline in red — in English and in
 * Chinese (see {@link Browser} for where it runs).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InboxBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.redress("redress-ui");
    }

    @Test
    void theInboxShowsTheNewComplaintWithItsGradeAndMissedDeadline() throws IOException {
        String slug = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        onboard(admin(), slug, "UI test", "boss", SystemIT.BOSS_PASSWORD);
        String caseNumber = overdueMajorComplaint(anonymous().as("boss", SystemIT.BOSS_PASSWORD), slug);

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(base + "login?tenant=" + slug + "&lang=en");
        WebElement password = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#login-password input")));
        type(By.cssSelector("#login-username input"), "boss");
        password.sendKeys(SystemIT.BOSS_PASSWORD, Keys.TAB);
        browser.findElement(By.id("login-submit")).click();

        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + caseNumber + "']")));
        assertTrue(row.isDisplayed());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Major complaint']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Damaged shipment']")));
        WebElement overdue = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("span.redress-overdue")));
        assertTrue(overdue.getText().startsWith("Overdue by"), overdue.getText());
        String colour = overdue.getCssValue("color");
        assertTrue(colour.matches("rgba?\\((\\d+), (\\d+), (\\d+).*") && isReddish(colour), "overdue is shown in red: " + colour);

        // ?lang= makes the page reload itself: a lookup may meet the page while it goes away, which is no failure
        wait.ignoring(WebDriverException.class);
        browser.get(base + "?lang=zh");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='重大投诉']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='已受理']")));
        assertTrue(browser.findElement(By.cssSelector("span.redress-overdue")).getText().startsWith("已超时"));
    }

    private void type(By locator, String text) {
        browser.findElement(locator).sendKeys(text, Keys.TAB);
    }

    private static boolean isReddish(String css) {
        String[] parts = css.replaceAll("[^0-9,]", "").split(",");
        int r = Integer.parseInt(parts[0]);
        int g = Integer.parseInt(parts[1]);
        int b = Integer.parseInt(parts[2]);
        return r > 150 && r > g + 60 && r > b + 60;
    }
}
