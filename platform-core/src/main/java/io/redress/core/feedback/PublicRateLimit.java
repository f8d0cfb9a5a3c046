package io.redress.core.feedback;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.redress.core.TooManyRequestsException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rate limit of everything a complainant reaches without signing in (the tracking API and page, the survey):
 * a token bucket per client address, {@code redress.public.rate} (REDRESS_PUBLIC_RATE) requests per period, e.g.
 * {@code 30/PT1M} (the default), refilled evenly over the period. Every request counts, an unknown token too, so that
 * tokens cannot be guessed at full speed. A bucket idle for a whole period is full again and is dropped; at most
 * {@link #MAX_CLIENTS} addresses are kept.
 *
 * <p>The client address is the connection's, unless the connection comes from a proxy named in
 * {@code redress.public.trusted-proxies} (REDRESS_PUBLIC_TRUSTED_PROXIES, comma-separated IP addresses): then it is
 * the nearest address in {@code X-Forwarded-For} that is not such a proxy. Without that setting the header is ignored,
 * since anyone can send it.
 */
@ApplicationScoped
public class PublicRateLimit {

    public static final String DEFAULT_RATE = "30/PT1M";
    /** Addresses kept at most; past that the least recently seen are dropped first. */
    public static final long MAX_CLIENTS = 100_000;

    private static final Logger LOG = Logger.getLogger(PublicRateLimit.class.getName());
    private static final Pattern RATE = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\S+)\\s*");
    private static final int MAX_ADDRESS_LENGTH = 64;

    /** Requests per period. */
    public record Rate(long requests, Duration period) {

        /** {@code <requests>/<ISO-8601 duration>}, e.g. {@code 30/PT1M}. */
        public static Rate parse(String text) {
            Matcher m = text == null ? null : RATE.matcher(text);
            if (m == null || !m.matches()) {
                throw new IllegalArgumentException("a rate is <requests>/<ISO-8601 period>, e.g. " + DEFAULT_RATE + "; not " + text);
            }
            Duration period;
            try {
                period = Duration.parse(m.group(2).toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("the period of a rate is an ISO-8601 duration, e.g. PT1M; not " + m.group(2), e);
            }
            long requests = Long.parseLong(m.group(1));
            if (requests < 1 || period.isNegative() || period.toMillis() < 1) {
                throw new IllegalArgumentException("a rate needs at least one request in a period of at least a millisecond: " + text);
            }
            return new Rate(requests, period);
        }
    }

    @Inject
    @ConfigProperty(name = "redress.public.rate", defaultValue = DEFAULT_RATE)
    String configuredRate;

    @Inject
    @ConfigProperty(name = "redress.public.trusted-proxies")
    Optional<String> configuredProxies;

    private Rate rate;
    private Set<String> trustedProxies;
    private TimeMeter time;
    private Cache<String, Bucket> buckets;

    /** For CDI. */
    public PublicRateLimit() {
    }

    /** A limit of its own, e.g. for a test; {@code time} null for the system clock. */
    public PublicRateLimit(Rate rate, Set<String> trustedProxies, TimeMeter time) {
        init(rate, trustedProxies, time);
    }

    @PostConstruct
    void init() {
        Rate parsed;
        try {
            parsed = Rate.parse(configuredRate);
        } catch (IllegalArgumentException e) {
            LOG.severe("redress.public.rate: " + e.getMessage() + "; using " + DEFAULT_RATE);
            parsed = Rate.parse(DEFAULT_RATE);
        }
        init(parsed, configuredProxies.map(PublicRateLimit::addresses).orElse(Set.of()), null);
    }

    private void init(Rate limit, Set<String> proxies, TimeMeter meter) {
        rate = limit;
        trustedProxies = proxies.stream().map(PublicRateLimit::normalised).collect(Collectors.toUnmodifiableSet());
        time = meter == null ? TimeMeter.SYSTEM_MILLISECONDS : meter;
        buckets = Caffeine.newBuilder().expireAfterAccess(limit.period()).maximumSize(MAX_CLIENTS).build();
    }

    public Rate rate() {
        return rate;
    }

    /**
     * Counts one request of the client.
     *
     * @param remoteAddress the connection's address
     * @param forwardedFor  the X-Forwarded-For header, or null
     * @throws TooManyRequestsException when the client's bucket is empty, with the time until the next request is allowed
     */
    public void take(String remoteAddress, String forwardedFor) {
        String client = clientAddress(remoteAddress, forwardedFor);
        ConsumptionProbe probe = buckets.get(client, a -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** The address a request is counted under (see the class comment). */
    public String clientAddress(String remoteAddress, String forwardedFor) {
        String remote = remoteAddress == null ? "unknown" : normalised(remoteAddress);
        if (forwardedFor == null || !trustedProxies.contains(remote)) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = normalised(hops[i]);
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remote;
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(limit -> limit.capacity(rate.requests()).refillGreedy(rate.requests(), rate.period()))
                .withCustomTimePrecision(time).build();
    }

    private static Set<String> addresses(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(a -> !a.isEmpty()).collect(Collectors.toSet());
    }

    /**
     * An address as it is compared: lower case, without IPv6 brackets, the IPv6 loopback in one spelling; cut to a
     * bounded length (a header may carry anything). Never resolved: a name is compared as it is.
     */
    static String normalised(String address) {
        String a = address.strip().toLowerCase(Locale.ROOT);
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        if (a.equals("0:0:0:0:0:0:0:1")) {
            return "::1";
        }
        return a.length() > MAX_ADDRESS_LENGTH ? a.substring(0, MAX_ADDRESS_LENGTH) : a;
    }
}
