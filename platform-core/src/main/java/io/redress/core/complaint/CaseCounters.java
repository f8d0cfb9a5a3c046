package io.redress.core.complaint;

import io.redress.core.persistence.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.LocalDate;

/** Hands out case numbers: one counter row per tenant and day, locked while the next number is taken. */
@ApplicationScoped
public class CaseCounters {

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    /**
     * Creates the day's counter in its own transaction, so that two intakes racing for the first number of a day
     * do not fail each other: the loser of the insert simply finds the row the winner wrote.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ensure(String tenant, LocalDate day) {
        Tenancy.bind(em, tenant);
        if (em.find(CaseCounter.class, day) == null) {
            try {
                em.persist(new CaseCounter(day));
                em.flush();
            } catch (PersistenceException raced) {
                // the other intake created it; the caller's lock will wait for it
            }
        }
    }

    /** The next number of the day, within the intake's transaction; the row stays locked until it commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseNumber next(LocalDate day) {
        CaseCounter counter = em.find(CaseCounter.class, day, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            throw new IllegalStateException("case counter of " + day + " missing");
        }
        return CaseNumber.of(day, counter.next());
    }
}
