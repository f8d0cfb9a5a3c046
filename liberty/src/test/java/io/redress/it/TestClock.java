package io.redress.it;

import java.time.Instant;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The test server's adjustable clock ({@code REDRESS_CLOCK_ADJUSTABLE}), set by the platform administrator. */
final class TestClock {

    private TestClock() {
    }

    /** Fixes the server's "now" at the instant, e.g. {@code 2026-12-07T09:00:00+08:00}. */
    static void at(RestClient admin, String instant) {
        RestClient.Reply set = admin.put("api/v1/operations/clock", "{\"instant\": \"" + instant + "\"}");
        assertEquals(200, set.status(), set::toString);
        assertEquals(OffsetDateTime.parse(instant).toInstant(), Instant.parse(set.json().getString("instant")));
    }

    /** The server's clock follows the system's again. */
    static void systemClock(RestClient admin) {
        assertEquals(200, admin.delete("api/v1/operations/clock").status());
    }
}
