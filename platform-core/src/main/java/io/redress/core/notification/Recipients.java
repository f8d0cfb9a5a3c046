package io.redress.core.notification;

import io.redress.core.identity.Role;
import io.redress.core.identity.StaffUser;
import io.redress.core.staff.StaffDirectory;
import io.redress.core.staff.StaffProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whom an escalation rung names, among the tenant's enabled staff: {@code ASSIGNEE} the case's assignee (or, while
 * it has none, the supervisors); {@code SUPERVISOR}, {@code DIRECTOR}, {@code MANAGEMENT} the staff with that role,
 * those of the case's unit when there are any; any other target the members of the unit of that code (their home
 * unit, or a group they sit on).
 */
@ApplicationScoped
public class Recipients {

    public static final String ASSIGNEE = "ASSIGNEE";

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Inject
    StaffDirectory staff;

    /**
     * Within the caller's transaction bound to the tenant.
     *
     * @param assignee  the case's assignee (or the action's owner); null when none
     * @param ownerUnit the unit that owns the case (or the owner's unit); null when none
     * @return the user names, sorted; empty when nobody holds the place
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> of(String target, String assignee, String ownerUnit) {
        Map<String, StaffUser> enabled = em.createQuery("SELECT u FROM StaffUser u WHERE u.enabled = TRUE", StaffUser.class)
                .getResultList().stream().collect(Collectors.toMap(StaffUser::username, Function.identity()));
        if (ASSIGNEE.equals(target) || "OWNER".equals(target)) {
            if (assignee != null && enabled.containsKey(assignee)) {
                return new TreeSet<>(Set.of(assignee));
            }
            return withRole(Role.SUPERVISOR, ownerUnit, enabled);
        }
        Role role = switch (target) {
            case "SUPERVISOR" -> Role.SUPERVISOR;
            case "DIRECTOR" -> Role.DIRECTOR;
            case "MANAGEMENT" -> Role.MANAGEMENT;
            default -> null;
        };
        if (role != null) {
            return withRole(role, ownerUnit, enabled);
        }
        return staff.all().stream().filter(p -> p.belongsTo(target) && enabled.containsKey(p.username()))
                .map(StaffProfile::username).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The unit of a staff member's profile; null when none. Within the caller's transaction bound to the tenant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String unitOf(String username) {
        return username == null ? null : staff.profile(username).map(StaffProfile::unit).orElse(null);
    }

    private Set<String> withRole(Role role, String ownerUnit, Map<String, StaffUser> enabled) {
        Set<String> holders = enabled.values().stream().filter(u -> u.roles().contains(role)).map(StaffUser::username)
                .collect(Collectors.toCollection(TreeSet::new));
        if (ownerUnit == null) {
            return holders;
        }
        Map<String, String> units = units();
        Set<String> ofUnit = holders.stream().filter(u -> ownerUnit.equals(units.get(u)))
                .collect(Collectors.toCollection(TreeSet::new));
        return ofUnit.isEmpty() ? holders : ofUnit;
    }

    private Map<String, String> units() {
        return staff.all().stream().filter(p -> p.unit() != null)
                .collect(Collectors.toMap(StaffProfile::username, StaffProfile::unit, (a, b) -> a));
    }
}
