package io.redress.core.staff;

import io.redress.core.persistence.TenantOwned;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A staff member's working profile.
 *
 * @see StaffDirectory
 */
@Entity
@Table(name = "staff_profile")
public class StaffProfile extends TenantOwned {

    @Id
    private String username;
    private String unit;
    @Column(nullable = false)
    private String positions;
    @Column(nullable = false)
    private String languages;
    @Column(nullable = false)
    private String trainings;
    @Column(name = "group_codes", nullable = false)
    private String groups;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StaffProfile() {
    }

    StaffProfile(String username) {
        this.username = username;
        this.positions = "";
        this.languages = "";
        this.trainings = "";
        this.groups = "";
    }

    void update(WorkingProfile profile, Instant at) {
        this.unit = profile.unit();
        this.positions = join(profile.positions());
        this.languages = join(profile.languages());
        this.trainings = join(profile.trainings());
        this.groups = join(profile.groups());
        this.updatedAt = at;
    }

    public String username() {
        return username;
    }

    /** The code of the organisation unit (department, regional centre, group); null when none. */
    public String unit() {
        return unit;
    }

    /** Positions held for approvals, e.g. {@code director}, {@code finance}, {@code regional-centre-head}. */
    public Set<String> positions() {
        return split(positions);
    }

    /** Languages the member handles complaints in, as BCP 47 primary tags: {@code zh}, {@code en}, {@code ar}. */
    public Set<String> languages() {
        return split(languages);
    }

    /** Codes of the trainings passed, e.g. {@code COMPLAINT_HANDLING}. */
    public Set<String> trainings() {
        return split(trainings);
    }

    /** Codes of the groups the member sits on besides the home unit: the leadership group, a task force. */
    public Set<String> groups() {
        return split(groups);
    }

    /** Whether the member belongs to the unit or group: it is their home unit or one of their groups. */
    public boolean belongsTo(String code) {
        return code.equals(unit) || groups().contains(code);
    }

    /** The profile as the API shows it and the audit trail records it. */
    public JsonObject toJson() {
        JsonObjectBuilder b = Json.createObjectBuilder().add("username", username);
        if (unit == null) {
            b.addNull("unit");
        } else {
            b.add("unit", unit);
        }
        return b.add("positions", Json.createArrayBuilder(new TreeSet<>(positions())))
                .add("languages", Json.createArrayBuilder(new TreeSet<>(languages())))
                .add("trainings", Json.createArrayBuilder(new TreeSet<>(trainings())))
                .add("groups", Json.createArrayBuilder(new TreeSet<>(groups())))
                .build();
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    private static String join(Collection<String> values) {
        return values == null ? "" : new TreeSet<>(values).stream().collect(Collectors.joining(","));
    }

    private static Set<String> split(String joined) {
        return joined == null || joined.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(joined.split(",")));
    }
}
