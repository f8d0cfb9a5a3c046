package io.redress.core.staff;

import io.redress.core.persistence.TenantOwned;
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
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StaffProfile() {
    }

    StaffProfile(String username) {
        this.username = username;
        this.positions = "";
        this.languages = "";
        this.trainings = "";
    }

    void update(String unit, Collection<String> positions, Collection<String> languages, Collection<String> trainings, Instant at) {
        this.unit = unit;
        this.positions = join(positions);
        this.languages = join(languages);
        this.trainings = join(trainings);
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
