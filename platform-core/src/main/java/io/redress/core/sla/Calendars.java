package io.redress.core.sla;

import io.redress.core.audit.AuditTrail;
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

    @Inject
    AuditTrail audit;

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
        return put(tenant, code, definition, "system");
    }

    @Transactional
    public boolean put(String tenant, String code, CalendarDefinition definition, String actor) {
        Tenancy.bind(em, tenant);
        return store(code, definition, actor);
    }

    /** Within the caller's transaction, already bound to the tenant (onboarding). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean store(String code, CalendarDefinition definition) {
        return store(code, definition, "system");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean store(String code, CalendarDefinition definition, String actor) {
        StoredCalendar existing = em.find(StoredCalendar.class, code);
        jakarta.json.JsonObject before = existing == null ? null : existing.definition().toJson();
        audit.append("CALENDAR", code, existing == null ? "CREATED" : "REPLACED", actor, before, definition.toJson());
        if (existing == null) {
            em.persist(new StoredCalendar(code, definition, clock.instant()));
            return true;
        }
        existing.replace(definition, clock.instant());
        return false;
    }
}
