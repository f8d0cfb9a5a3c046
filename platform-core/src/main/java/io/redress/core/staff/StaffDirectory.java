package io.redress.core.staff;

import io.redress.core.audit.AuditTrail;
import io.redress.core.persistence.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Collection;
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
    public StaffProfile put(String username, String unit, Collection<String> positions, Collection<String> languages,
                            Collection<String> trainings) {
        return put(username, unit, positions, languages, trainings, "system");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public StaffProfile put(String username, String unit, Collection<String> positions, Collection<String> languages,
                            Collection<String> trainings, String actor) {
        StaffProfile profile = em.find(StaffProfile.class, username);
        jakarta.json.JsonObject before = profile == null ? null : auditJson(profile);
        if (profile == null) {
            profile = new StaffProfile(username);
            profile.update(unit, positions, languages, trainings, clock.instant());
            em.persist(profile);
        } else {
            profile.update(unit, positions, languages, trainings, clock.instant());
        }
        audit.append("STAFF", username, before == null ? "PROFILE_CREATED" : "PROFILE_REPLACED", actor, before, auditJson(profile));
        return profile;
    }

    private static jakarta.json.JsonObject auditJson(StaffProfile p) {
        jakarta.json.JsonObjectBuilder b = jakarta.json.Json.createObjectBuilder();
        if (p.unit() == null) {
            b.addNull("unit");
        } else {
            b.add("unit", p.unit());
        }
        return b.add("positions", jakarta.json.Json.createArrayBuilder(new java.util.TreeSet<>(p.positions())))
                .add("languages", jakarta.json.Json.createArrayBuilder(new java.util.TreeSet<>(p.languages())))
                .add("trainings", jakarta.json.Json.createArrayBuilder(new java.util.TreeSet<>(p.trainings()))).build();
    }

    @Transactional
    public StaffProfile put(String tenant, String username, String unit, Collection<String> positions,
                            Collection<String> languages, Collection<String> trainings) {
        return put(tenant, username, unit, positions, languages, trainings, "system");
    }

    @Transactional
    public StaffProfile put(String tenant, String username, String unit, Collection<String> positions,
                            Collection<String> languages, Collection<String> trainings, String actor) {
        Tenancy.bind(em, tenant);
        return put(username, unit, positions, languages, trainings, actor);
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
