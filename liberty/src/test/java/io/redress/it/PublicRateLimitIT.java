package io.redress.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.redress.it.SystemIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public endpoints' rate limit (REDRESS_PUBLIC_RATE=40/PT1H on the test server, whose trusted proxy is the
 * tests' own client, so that X-Forwarded-For names the client): unknown tokens count, the 41st request of a client
 * in the hour answers 429 problem+json with Retry-After on both endpoints, and another client goes on meanwhile.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicRateLimitIT {

    /** The test server's limit (failsafe configuration). */
    static final int LIMIT = 40;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.redress("redress-rate-limit");
    }

    @ArquillianResource
    URL base;

    /** A client address of the IPv6 documentation range, new for each call. */
    static String newClient() {
        return "2001:db8::" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + ":"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff));
    }

    RestClient.Reply track(String client, String token) {
        return RestClient.at(URI.create(base.toString())).send("GET", "api/v1/public/track/" + token,
                Map.of("X-Forwarded-For", client), null, null);
    }

    @Test
    void guessingTokensIsLimitedPerClientAddress() {
        String client = newClient();
        for (int i = 0; i < LIMIT; i++) {
            RestClient.Reply guess = track(client, "no-such-tenant.guess" + i);
            assertProblem(guess, 404);
        }
        RestClient.Reply limited = track(client, "no-such-tenant.guess-past-the-limit");
        assertProblem(limited, 429);
        long retryAfter = Long.parseLong(limited.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 3600 / LIMIT + 1, () -> "one request comes back every 90 s: " + retryAfter);

        RestClient.Reply survey = RestClient.at(URI.create(base.toString())).send("POST", "api/v1/public/surveys/no-such-tenant.x",
                Map.of("X-Forwarded-For", "203.0.113.9, " + client), "application/json",
                "{\"score\": 5}".getBytes(StandardCharsets.UTF_8));
        assertProblem(survey, 429);
        assertTrue(survey.header("Retry-After").isPresent());

        assertEquals(404, track(newClient(), "no-such-tenant.another-client").status(), "another client is not limited");
    }
}
