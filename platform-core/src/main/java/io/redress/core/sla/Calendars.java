package io.redress.core.sla;

import io.redress.core.persistence.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** A tenant's business calendars: read for deadline computation, replaced by the tenant's administrators. */
@ApplicationScoped
public class Calendars {

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Inject
    Clock clock;

    /** Within the caller's transaction, already bound to the tenant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<BusinessCalendar> find(String code) {
        return Optional.ofNullable(em.find(StoredCalendar.class, code)).map(StoredCalendar::calendar);
    }

    @Transactional
    public Optional<CalendarDefinition> definition(String tenant, String code) {
        Tenancy.bind(em, tenant);
        return Optional.ofNullable(em.find(StoredCalendar.class, code)).map(StoredCalendar::definition);
    }

    @Transactional
    public List<String> codes(String tenant) {
        Tenancy.bind(em, tenant);
        return em.createQuery("SELECT c.code FROM StoredCalendar c ORDER BY c.code", String.class).getResultList();
    }

    /** Creates or replaces the calendar; true when it was created. */
    @Transactional
    public boolean put(String tenant, String code, CalendarDefinition definition) {
        Tenancy.bind(em, tenant);
        return store(code, definition);
    }

    /** Within the caller's transaction, already bound to the tenant (onboarding). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean store(String code, CalendarDefinition definition) {
        StoredCalendar existing = em.find(StoredCalendar.class, code);
        if (existing == null) {
            em.persist(new StoredCalendar(code, definition, clock.instant()));
            return true;
        }
        existing.replace(definition, clock.instant());
        return false;
    }
}
