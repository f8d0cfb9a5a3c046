package io.redress.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the browser tests share besides {@link SystemTest}'s: a fresh chromium for every test (see {@link Browser}),
 * a tenant onboarded and a complaint to find in its inbox.
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

    /** Onboards a tenant on the overseas template through the API, as {@code platform}, with its first administrator. */
    void onboard(RestClient platform, String slug, String name, String admin, String password) {
        RestClient.Reply created = platform.post("api/v1/tenants", """
                {"slug": "%s", "name": "%s", "template": "overseas-grading", "timeZone": "Asia/Dubai",
                 "admin": {"username": "%s", "password": "%s"}}""".formatted(slug, name, admin, password));
        assertEquals(201, created.status(), created::toString);
    }

    /** A MAJOR complaint with a missed deadline, taken in through the API by {@code staff}; its case number. */
    static String overdueMajorComplaint(RestClient staff, String slug) {
        RestClient.Reply created = staff.post("api/v1/tenants/" + slug + "/complaints",
                SystemIT.complaint("2026-11-19T11:30:00+04:00", "MIDDLE_EAST", "12000.00", "CNY"));
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("caseNumber");
    }
}
