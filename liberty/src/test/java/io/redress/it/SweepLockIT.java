package io.redress.it;

import io.redress.core.sla.EscalationSweep;
import io.redress.core.sla.SweepLock;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the running server: while someone holds the sweep's lock (another node — here the test), a sweep does not
 * run; once it is released, sweeps run again. On PostgreSQL the lock is an advisory lock, on H2 a lease row. The
 * other deployments of the test server sweep the same database every second meanwhile, like other nodes would.
 */
@ExtendWith(ArquillianExtension.class)
class SweepLockIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.redress("redress-sweeplock").addClass(SweepLockIT.class);
    }

    @Inject
    SweepLock lock;

    @Inject
    EscalationSweep sweep;

    @Test
    void aSweepDoesNotRunWhileAnotherNodeHoldsTheLock() {
        SweepLock.Held held = poll(() -> lock.tryAcquire(EscalationSweep.LOCK)).orElseThrow();
        try {
            assertTrue(lock.tryAcquire(EscalationSweep.LOCK).isEmpty(), "the lock is not taken twice");
            assertFalse(sweep.sweep().ran(), "a sweep waits for the lock's holder");
        } finally {
            held.close();
        }
        assertTrue(poll(() -> sweep.sweep().ran() ? Optional.of(true) : Optional.<Boolean>empty()).orElse(false));
    }

    /**
     * Asks until there is an answer, for up to 30 seconds: the other deployments' sweeps hold the lock for moments.
     * (Awaitility is not in the deployed archive, so this test polls by itself.)
     */
    private static <T> Optional<T> poll(Supplier<Optional<T>> attempt) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        Optional<T> result = attempt.get();
        while (result.isEmpty() && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            result = attempt.get();
        }
        return result;
    }
}
