package io.redress.core.feedback;

import io.github.bucket4j.TimeMeter;
import io.redress.core.TooManyRequestsException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public rate limit: the rate's syntax, a bucket per client address, refill, and whom X-Forwarded-For is taken from. */
class PublicRateLimitTest {

    /** A clock the test moves by hand. */
    static final class Hand implements TimeMeter {
        final AtomicLong nanos = new AtomicLong();

        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    @Test
    void aRateIsRequestsPerIsoPeriod() {
        assertEquals(new PublicRateLimit.Rate(30, Duration.ofMinutes(1)), PublicRateLimit.Rate.parse("30/PT1M"));
        assertEquals(new PublicRateLimit.Rate(5, Duration.ofHours(1)), PublicRateLimit.Rate.parse(" 5 / pt1h "));
        for (String bad : new String[] {"30", "30/1m", "0/PT1M", "x/PT1M", "30/PT0S", "30/-PT1M", ""}) {
            assertThrows(IllegalArgumentException.class, () -> PublicRateLimit.Rate.parse(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> PublicRateLimit.Rate.parse(null));
    }

    @Test
    void eachAddressHasItsBucketWhichRefillsOverThePeriod() {
        Hand time = new Hand();
        PublicRateLimit limit = new PublicRateLimit(PublicRateLimit.Rate.parse("3/PT1M"), Set.of(), time);
        for (int i = 0; i < 3; i++) {
            limit.take("198.51.100.7", null);
        }
        TooManyRequestsException refused = assertThrows(TooManyRequestsException.class, () -> limit.take("198.51.100.7", null));
        assertEquals(20, refused.retryAfterSeconds(), "one request comes back every 20 s");
        assertDoesNotThrow(() -> limit.take("198.51.100.8", null), "another address has its own bucket");

        time.nanos.addAndGet(Duration.ofSeconds(20).toNanos());
        assertDoesNotThrow(() -> limit.take("198.51.100.7", null));
        assertThrows(TooManyRequestsException.class, () -> limit.take("198.51.100.7", null));
    }

    @Test
    void xForwardedForCountsOnlyFromATrustedProxy() {
        PublicRateLimit untrusting = new PublicRateLimit(PublicRateLimit.Rate.parse("1/PT1H"), Set.of(), null);
        assertEquals("203.0.113.5", untrusting.clientAddress("203.0.113.5", "198.51.100.1"), "anyone can send the header");
        untrusting.take("203.0.113.5", "198.51.100.1");
        assertThrows(TooManyRequestsException.class, () -> untrusting.take("203.0.113.5", "198.51.100.2"),
                "a new header value is no new client");

        PublicRateLimit behindProxy = new PublicRateLimit(PublicRateLimit.Rate.parse("1/PT1H"), Set.of("10.0.0.2", "::1"), null);
        assertEquals("198.51.100.1", behindProxy.clientAddress("10.0.0.2", "198.51.100.1"));
        assertEquals("198.51.100.1", behindProxy.clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.1, 10.0.0.2"),
                "the nearest hop that is not a trusted proxy; what the client wrote before it is not believed");
        assertEquals("198.51.100.9", behindProxy.clientAddress("0:0:0:0:0:0:0:1", "198.51.100.9"), "IPv6 loopback in any spelling");
        assertEquals("10.0.0.2", behindProxy.clientAddress("10.0.0.2", null));
        behindProxy.take("10.0.0.2", "198.51.100.1");
        assertDoesNotThrow(() -> behindProxy.take("10.0.0.2", "198.51.100.2"));
        assertThrows(TooManyRequestsException.class, () -> behindProxy.take("10.0.0.2", "198.51.100.1"));
        assertTrue(behindProxy.clientAddress("10.0.0.2", "x".repeat(10_000)).length() <= 64, "a header cannot make keys grow");
    }
}
