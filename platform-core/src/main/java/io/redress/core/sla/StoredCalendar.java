package io.redress.core.sla;

import io.redress.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A tenant's business calendar as stored: its code and its definition in the API's JSON form. */
@Entity
@Table(name = "business_calendar")
public class StoredCalendar extends TenantOwned {

    @Id
    private String code;
    @Column(name = "time_zone", nullable = false)
    private String timeZone;
    @Column(nullable = false)
    private String definition;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StoredCalendar() {
    }

    public StoredCalendar(String code, CalendarDefinition definition, Instant updatedAt) {
        this.code = code;
        replace(definition, updatedAt);
    }

    public final void replace(CalendarDefinition definition, Instant at) {
        this.timeZone = definition.zone().getId();
        this.definition = definition.toJson().toString();
        this.updatedAt = at;
    }

    public String code() {
        return code;
    }

    public CalendarDefinition definition() {
        return CalendarDefinition.parse(definition);
    }

    public BusinessCalendar calendar() {
        return definition().toCalendar(code);
    }
}
