package io.redress.core.staff;

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

/** Reads and writes the working profiles of a tenant's staff. */
@ApplicationScoped
public class StaffDirectory {

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** Sets a member's profile, creating it the first time; within the caller's transaction bound to the tenant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StaffProfile put(String username, WorkingProfile fields, String actor) {
        StaffProfile profile = em.find(StaffProfile.class, username);
        jakarta.json.JsonObject before = profile == null ? null : profile.toJson();
        if (profile == null) {
            profile = new StaffProfile(username);
            profile.update(fields, clock.instant());
            em.persist(profile);
        } else {
            profile.update(fields, clock.instant());
        }
        audit.append("STAFF", username, before == null ? "PROFILE_CREATED" : "PROFILE_REPLACED", actor, before, profile.toJson());
        return profile;
    }

    @Transactional
    public StaffProfile put(String tenant, String username, WorkingProfile fields, String actor) {
        Tenancy.bind(em, tenant);
        return put(username, fields, actor);
    }

    /** Within the caller's transaction bound to the tenant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<StaffProfile> profile(String username) {
        return Optional.ofNullable(em.find(StaffProfile.class, username));
    }

    @Transactional
    public Optional<StaffProfile> profile(String tenant, String username) {
        Tenancy.bind(em, tenant);
        return profile(username);
    }

    /** Every profile of the tenant, by user name; within the caller's transaction bound to the tenant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<StaffProfile> all() {
        return em.createQuery("SELECT p FROM StaffProfile p ORDER BY p.username", StaffProfile.class).getResultList();
    }

    @Transactional
    public List<StaffProfile> all(String tenant) {
        Tenancy.bind(em, tenant);
        return all();
    }
}
