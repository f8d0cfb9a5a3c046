package io.redress.core.demo;

import io.redress.core.complaint.Complainant;
import io.redress.core.complaint.ComplaintIntake;
import io.redress.core.complaint.NewComplaint;
import io.redress.core.identity.IdentityStore;
import io.redress.core.identity.PasswordHash;
import io.redress.core.identity.Role;
import io.redress.core.persistence.SchemaMigration.SchemaReady;
import io.redress.core.policy.Policies;
import io.redress.core.policy.PolicyTemplate;
import io.redress.core.tenant.NewTenant;
import io.redress.core.tenant.Tenants;
import io.redress.plugin.api.Channel;
import io.redress.plugin.api.Emotion;
import io.redress.plugin.api.ExchangeRates;
import io.redress.plugin.api.Impact;
import io.redress.plugin.api.Money;
import io.redress.plugin.api.RiskFlag;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Seeds a demo company when {@code redress.demo} (REDRESS_DEMO) is true and it does not exist yet: tenant
 * {@code acme} on the overseas-grading template with staff of each role and a few complaints, among them the
 * worked examples of the walking skeleton. Staff passwords come from REDRESS_DEMO_PASSWORD, or are generated and
 * printed once.
 */
@ApplicationScoped
public class DemoData {

    public static final String TENANT = "acme";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    Tenants tenants;

    @Inject
    Policies policies;

    @Inject
    ComplaintIntake intake;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "redress.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "REDRESS_DEMO_PASSWORD")
    Optional<String> configuredPassword;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /**
     * Seeds once the application has started, not during start-up: intake grades through the plugin registry's
     * managed executor, which runs no task of an application that is still starting.
     */
    void onSchemaReady(@Observes @Priority(2000) SchemaReady ready) {
        if (enabled) {
            scheduler.schedule(this::seed, 1, TimeUnit.SECONDS);
        }
    }

    void seed() {
        if (tenants.find(TENANT).isPresent()) {
            return;
        }
        boolean generated = configuredPassword.filter(p -> !p.isBlank()).isEmpty();
        String password = generated ? PasswordHash.generatePassword(16) : configuredPassword.get();
        tenants.onboard(new NewTenant(TENANT, "Acme 跨境营销", PolicyTemplate.OVERSEAS_GRADING, Locale.SIMPLIFIED_CHINESE,
                ZoneId.of("Asia/Shanghai"), "boss", password.toCharArray(), "boss@acme.example"), "demo");
        Map<String, Role> staff = Map.of("li.na", Role.SPECIALIST, "wang.wei", Role.SUPERVISOR,
                "zhang.min", Role.DIRECTOR, "chen.jie", Role.AUDITOR);
        staff.forEach((username, role) -> tenants.addStaff(TENANT, new IdentityStore.NewStaff(username,
                password.toCharArray(), username + "@acme.example", username, Set.of(role))));
        policies.putExchangeRates(TENANT, new ExchangeRates(Currency.getInstance("CNY"), Map.of(
                Currency.getInstance("USD"), new BigDecimal("7.10"),
                Currency.getInstance("EUR"), new BigDecimal("7.70"),
                Currency.getInstance("AED"), new BigDecimal("1.93"))));
        seedComplaints();
        LOG.warning("Demo tenant '" + TENANT + "' seeded: sign in as boss (tenant-admin), li.na (specialist), wang.wei"
                + " (supervisor), zhang.min (director) or chen.jie (auditor) with the password "
                + (generated ? password + "  (generated, shown once; set REDRESS_DEMO_PASSWORD to choose it)"
                : "from REDRESS_DEMO_PASSWORD"));
    }

    private void seedComplaints() {
        Instant now = clock.instant();
        take(Channel.EMAIL, Instant.parse("2026-11-20T17:30:00Z"), "EUROPE", "en", "Oliver Bennett", "GB",
                "Reply to my delivery question came late", null, 1, Set.of());
        take(Channel.WHATSAPP, Instant.parse("2026-11-19T07:30:00Z"), "MIDDLE_EAST", "ar", "Fatima Al Mansoori", "AE",
                "Damaged shipment, loss of goods", Money.of("12000.00", "CNY"), 1, Set.of());
        take(Channel.PHONE, now.minus(Duration.ofHours(3)), "SEA", "en", "Tan Wei Ming", "SG",
                "Campaign went live two days late", null, 1, Set.of(RiskFlag.DELIVERY_DELAY));
        take(Channel.REGULATOR, now.minus(Duration.ofMinutes(20)), "AMERICAS", "en", "Consumer Protection Office", "US",
                "Regulator referral: misleading product claims", Money.of("800.00", "USD"), 4, Set.of(RiskFlag.REGULATOR_RISK));
        take(Channel.WEB, now.minus(Duration.ofMinutes(5)), "CN", "zh-CN", "刘洋", "CN",
                "翻译错误导致误解", null, 1, Set.of());
    }

    private void take(Channel channel, Instant receivedAt, String region, String language, String name, String country,
                      String subject, Money loss, int count, Set<RiskFlag> flags) {
        intake.take(TENANT, new NewComplaint(channel, receivedAt, region, language,
                new Complainant(name, null, Complainant.ComplainantKind.CUSTOMER, null, null, country, null),
                "DELIVERY", subject, subject, null, loss, count, Impact.MINOR, Emotion.UNHAPPY, flags), null, null, "demo");
    }

}
