package io.redress.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the browser tests share besides {@link SystemTest}'s: a fresh chromium for every test (see {@link Browser}),
 * and a tenant with a complaint to find in its inbox.
 */
abstract class BrowserTest extends SystemTest {

    private Browser session;
    WebDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        session = Browser.start();
        browser = session.driver;
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (session != null) {
            session.close();
        }
    }

    /**
     * Onboards a tenant on the overseas template (administrator {@code boss}) whose administrator takes in a MAJOR
     * complaint with a missed deadline through the API.
     *
     * @return the complaint's case number
     */
    String tenantWithAComplaint(String slug, String name) {
        assertEquals(201, admin().post("api/v1/tenants", """
                {"slug": "%s", "name": "%s", "template": "overseas-grading", "timeZone": "Asia/Dubai",
                 "admin": {"username": "boss", "password": "%s"}}""".formatted(slug, name, SystemIT.BOSS_PASSWORD)).status());
        RestClient.Reply created = anonymous().as("boss", SystemIT.BOSS_PASSWORD).post("api/v1/tenants/" + slug + "/complaints",
                SystemIT.complaint("2026-11-19T11:30:00+04:00", "MIDDLE_EAST", "12000.00", "CNY"));
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("caseNumber");
    }
}
