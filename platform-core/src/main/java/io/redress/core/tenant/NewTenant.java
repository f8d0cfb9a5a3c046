package io.redress.core.tenant;

import io.redress.core.policy.PolicyTemplate;

import java.time.ZoneId;
import java.util.Locale;

/** A validated request to onboard a company. */
public record NewTenant(String slug, String name, PolicyTemplate template, Locale locale, ZoneId timeZone,
                        String adminUsername, char[] adminPassword, String adminEmail) {
}
