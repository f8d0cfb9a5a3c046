package io.redress.core.identity;

import io.redress.core.persistence.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The embedded identity store: users in Redress's own database, passwords as PBKDF2 hashes. */
@ApplicationScoped
public class LocalIdentityStore implements IdentityStore {

    private static final String DECOY_HASH = PasswordHash.decoy();

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public Optional<Caller> authenticateStaff(String tenant, String username, char[] password) {
        Tenancy.bind(em, tenant);
        List<StaffUser> found = em.createNamedQuery("StaffUser.byUsername", StaffUser.class)
                .setParameter("username", username).getResultList();
        if (found.isEmpty()) {
            PasswordHash.matches(password, DECOY_HASH);
            return Optional.empty();
        }
        StaffUser user = found.get(0);
        if (!PasswordHash.matches(password, user.passwordHash()) || !user.enabled()) {
            return Optional.empty();
        }
        return Optional.of(new Caller(user.username(), tenant, user.roles()));
    }

    @Override
    @Transactional
    public Optional<Caller> authenticatePlatformAdmin(String username, char[] password) {
        PlatformUser user = em.find(PlatformUser.class, username);
        if (user == null) {
            PasswordHash.matches(password, DECOY_HASH);
            return Optional.empty();
        }
        return PasswordHash.matches(password, user.passwordHash()) ? Optional.of(Caller.platformAdmin(username)) : Optional.empty();
    }

    @Override
    @Transactional
    @SuppressWarnings("unchecked")
    public boolean authenticatesElsewhere(String tenant, String username, char[] password) {
        // A deliberate cross-tenant read, declared as such: it returns only hashes of a user name, never data.
        List<Object[]> rows = Tenancy.acrossTenants(em, () -> em.createNativeQuery(
                        "SELECT tenant_id, password_hash FROM staff_user WHERE username = ? AND enabled = TRUE")
                .setParameter(1, username)
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .getResultList());
        return rows.stream()
                .filter(r -> !tenant.equals(r[0]))
                .anyMatch(r -> PasswordHash.matches(password, (String) r[1]));
    }

    @Override
    @Transactional
    public boolean staffExists(String tenant, String username) {
        Tenancy.bind(em, tenant);
        return !em.createNamedQuery("StaffUser.byUsername", StaffUser.class).setParameter("username", username)
                .getResultList().isEmpty();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void createStaff(String tenant, NewStaff staff) {
        Tenancy.bind(em, tenant);
        em.persist(new StaffUser(staff.username(), PasswordHash.hash(staff.password()), staff.email(),
                staff.displayName(), staff.roles(), clock.instant()));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean disableStaff(String tenant, String username) {
        Optional<StaffUser> user = staff(tenant, username);
        user.ifPresent(StaffUser::disable);
        return user.isPresent();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Set<Role>> replaceRoles(String tenant, String username, Set<Role> roles) {
        return staff(tenant, username).map(user -> {
            Set<Role> before = user.roles();
            user.replaceRoles(roles);
            return before;
        });
    }

    @Override
    @Transactional
    public List<StaffMember> staff(String tenant) {
        Tenancy.bind(em, tenant);
        return em.createQuery("SELECT u FROM StaffUser u ORDER BY u.username", StaffUser.class).getResultStream()
                .map(u -> new StaffMember(u.username(), u.displayName(), u.roles(), u.enabled()))
                .toList();
    }

    private Optional<StaffUser> staff(String tenant, String username) {
        Tenancy.bind(em, tenant);
        return em.createNamedQuery("StaffUser.byUsername", StaffUser.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** Creates the platform administrator unless one exists; true when it was created. */
    @Transactional
    public boolean ensurePlatformAdmin(String username, char[] password) {
        if (em.find(PlatformUser.class, username) != null) {
            return false;
        }
        em.persist(new PlatformUser(username, PasswordHash.hash(password), clock.instant()));
        return true;
    }
}
