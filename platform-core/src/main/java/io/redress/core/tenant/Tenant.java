package io.redress.core.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** A subscribing company. Its slug names it in every path and is the tenant discriminator of all its data. */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    private String slug;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String template;
    @Column(nullable = false)
    private String locale;
    @Column(name = "time_zone", nullable = false)
    private String timeZone;
    @Column(name = "default_calendar", nullable = false)
    private String defaultCalendar;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Tenant() {
    }

    public Tenant(String slug, String name, String template, Locale locale, ZoneId timeZone, String defaultCalendar, Instant createdAt) {
        this.slug = slug;
        this.name = name;
        this.template = template;
        this.locale = locale.toLanguageTag();
        this.timeZone = timeZone.getId();
        this.defaultCalendar = defaultCalendar;
        this.createdAt = createdAt;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public String template() {
        return template;
    }

    public Locale locale() {
        return Locale.forLanguageTag(locale);
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public String defaultCalendar() {
        return defaultCalendar;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
