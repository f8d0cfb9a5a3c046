package io.redress.core.tenant;

import io.redress.core.policy.PolicyTemplate;
import io.redress.core.sla.CalendarDefinition;

import java.util.Map;

/**
 * The calendars a template gives a new tenant, exactly as onboarding creates them. It sits in platform-core's
 * package because {@link TemplateCalendars} is package-private there, and the benchmark must measure the calendars
 * tenants really get (China's 2026 holidays and make-up days included) rather than a copy of them.
 */
public final class ShippedCalendars {

    private ShippedCalendars() {
    }

    /** The template's calendars by code, e.g. EUROPE, AMERICAS, SEA, MIDDLE_EAST and CN for overseas grading. */
    public static Map<String, CalendarDefinition> of(PolicyTemplate template) {
        return TemplateCalendars.of(template);
    }
}
