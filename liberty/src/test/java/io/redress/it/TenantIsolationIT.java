package io.redress.it;

import io.redress.core.NotFoundException;
import io.redress.core.complaint.CaseQuery;
import io.redress.core.complaint.Complainant;
import io.redress.core.complaint.ComplaintIntake;
import io.redress.core.complaint.ComplaintQueries;
import io.redress.core.complaint.NewComplaint;
import io.redress.core.policy.PolicyTemplate;
import io.redress.core.tenant.NewTenant;
import io.redress.core.tenant.Tenants;
import io.redress.plugin.api.Channel;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Inside the running server, below the API: the services themselves, bound to tenant B, cannot reach a case of
 * tenant A — not by case number, not in a list — because EclipseLink adds the tenant to every query.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.redress("redress-isolation").addClass(TenantIsolationIT.class);
    }

    @Inject
    Tenants tenants;

    @Inject
    ComplaintIntake intake;

    @Inject
    ComplaintQueries queries;

    @Test
    void servicesBoundToOneTenantNeverReachAnother() {
        String a = "iso-a-" + UUID.randomUUID().toString().substring(0, 8);
        String b = "iso-b-" + UUID.randomUUID().toString().substring(0, 8);
        for (String slug : new String[] {a, b}) {
            tenants.onboard(new NewTenant(slug, slug, PolicyTemplate.OVERSEAS_GRADING, Locale.ENGLISH, ZoneId.of("Europe/London"),
                    "boss", "isolation-secret-1".toCharArray(), null), "test");
        }
        String caseOfA = intake.take(a, new NewComplaint(Channel.EMAIL, Instant.parse("2026-11-20T17:30:00Z"), "EUROPE", "en",
                new Complainant("Oliver", null, null, null, null, "GB", null), null, "Late reply", null, null, null, 1,
                null, null, Set.of()), null, null, "test").caseFile().complaint().caseNumber().value();

        assertEquals(caseOfA, queries.caseFile(a, caseOfA).complaint().caseNumber().value());
        assertThrows(NotFoundException.class, () -> queries.caseFile(b, caseOfA));
        assertEquals(1, queries.page(a, CaseQuery.firstPage(50)).total());
        assertEquals(0, queries.page(b, CaseQuery.firstPage(50)).total());
        assertEquals(0, queries.inbox(b, 50).size());
        // the case number sequence is per tenant: B's first case gets the same number as A's, without conflict
        String caseOfB = intake.take(b, new NewComplaint(Channel.EMAIL, Instant.parse("2026-11-20T17:30:00Z"), "EUROPE", "en",
                new Complainant("Olivia", null, null, null, null, "GB", null), null, "Other", null, null, null, 1,
                null, null, Set.of()), null, null, "test").caseFile().complaint().caseNumber().value();
        assertEquals(caseOfA, caseOfB);
        assertEquals("Late reply", queries.caseFile(a, caseOfA).complaint().subject());
        assertEquals("Other", queries.caseFile(b, caseOfB).complaint().subject());
    }
}
