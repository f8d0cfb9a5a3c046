package io.redress.core.tenant;

import io.redress.core.audit.AuditTrail;
import io.redress.core.identity.IdentityStore;
import io.redress.core.identity.Role;
import io.redress.core.persistence.Tenancy;
import io.redress.core.policy.Policies;
import io.redress.core.sla.CalendarDefinition;
import io.redress.core.sla.Calendars;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Onboards tenants from templates and finds them. Onboarding is one transaction: all of it or nothing. */
@ApplicationScoped
public class Tenants {

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Inject
    Policies policies;

    @Inject
    Calendars calendars;

    @Inject
    IdentityStore identity;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Transactional
    public Tenant onboard(NewTenant request, String actor) {
        if (em.find(Tenant.class, request.slug()) != null) {
            throw new TenantAlreadyExistsException(request.slug());
        }
        Map<String, CalendarDefinition> templateCalendars = new java.util.LinkedHashMap<>(TemplateCalendars.of(request.template()));
        String defaultCalendar = templateCalendars.entrySet().stream()
                .filter(e -> e.getValue().zone().equals(request.timeZone()))
                .map(Map.Entry::getKey).findFirst()
                .orElse("DEFAULT");
        if ("DEFAULT".equals(defaultCalendar)) {
            templateCalendars.put("DEFAULT", TemplateCalendars.officeHours(request.timeZone()));
        }
        Tenant tenant = new Tenant(request.slug(), request.name(), request.template().id(), request.locale(),
                request.timeZone(), defaultCalendar, clock.instant());
        em.persist(tenant);
        em.flush();
        Tenancy.bind(em, request.slug());
        templateCalendars.forEach((code, definition) -> calendars.store(code, definition, actor));
        policies.createFromTemplate(request.template(), actor);
        identity.createStaff(request.slug(), new IdentityStore.NewStaff(request.adminUsername(), request.adminPassword(),
                request.adminEmail(), request.adminUsername(), Set.of(Role.TENANT_ADMIN)));
        return tenant;
    }

    /** Creates a staff member of an existing tenant. */
    @Transactional
    public void addStaff(String tenant, IdentityStore.NewStaff staff) {
        addStaff(tenant, staff, "system");
    }

    @Transactional
    public void addStaff(String tenant, IdentityStore.NewStaff staff, String actor) {
        Tenancy.bind(em, tenant);
        identity.createStaff(tenant, staff);
        // who was created with which roles; never the password
        audit.append(tenant, "STAFF", staff.username(), "CREATED", actor, null, jakarta.json.Json.createObjectBuilder()
                .add("roles", jakarta.json.Json.createArrayBuilder(staff.roles().stream().map(r -> r.wireName()).sorted().toList()))
                .build());
    }

    @Transactional
    public Optional<Tenant> find(String slug) {
        return Optional.ofNullable(em.find(Tenant.class, slug));
    }

    @Transactional
    public List<Tenant> all() {
        return em.createQuery("SELECT t FROM Tenant t ORDER BY t.slug", Tenant.class).getResultList();
    }
}
