package io.redress.it;

import io.redress.core.complaint.Complainant;
import io.redress.core.complaint.ComplaintIntake;
import io.redress.core.complaint.NewComplaint;
import io.redress.core.policy.PolicyTemplate;
import io.redress.core.tenant.NewTenant;
import io.redress.core.tenant.Tenants;
import io.redress.plugin.api.Channel;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Data for the tests that run inside the server, made through the application's own services. */
final class InServer {

    private InServer() {
    }

    /** A new tenant (London, overseas-grading template) whose slug starts with the prefix; its slug. */
    static String onboard(Tenants tenants, String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        tenants.onboard(new NewTenant(slug, slug, PolicyTemplate.OVERSEAS_GRADING, Locale.ENGLISH, ZoneId.of("Europe/London"),
                "boss", "in-server-secret-1".toCharArray(), null), "test");
        return slug;
    }

    /** A complaint by e-mail with the subject; its case number. */
    static String take(ComplaintIntake intake, String tenant, String subject) {
        return intake.take(tenant, new NewComplaint(Channel.EMAIL, Instant.parse("2026-11-20T10:30:00Z"), "EUROPE", "en",
                new Complainant("Oliver", null, null, null, null, "GB", null), null, subject, null, null, null, 1,
                null, null, Set.of()), null, null, "test").caseFile().complaint().caseNumber().value();
    }
}
