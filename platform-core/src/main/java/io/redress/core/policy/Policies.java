package io.redress.core.policy;

import io.redress.core.persistence.Tenancy;
import io.redress.core.plugin.PluginRegistry;
import io.redress.plugin.api.ExchangeRates;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.GradeDefinition;
import io.redress.plugin.api.GradingScheme;
import io.redress.plugin.api.HandlingPlan;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.PluginFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes a tenant's policy versions and exchange rates. */
@ApplicationScoped
public class Policies {

    private static final Currency CNY = Currency.getInstance("CNY");

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Inject
    PluginRegistry plugins;

    @Inject
    Clock clock;

    /** Writes version 1 from a template's plugin and its defaults; within the onboarding transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ActivePolicy createFromTemplate(PolicyTemplate template, String actor) {
        PluginFactory<?> factory = plugins.find(template.gradingPlugin())
                .orElseThrow(() -> new IllegalStateException("grading plugin " + template.gradingPlugin() + " is not installed"));
        PluginConfig config = factory.configSchema().defaults();
        List<FieldError> errors = factory.validate(config);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("defaults of " + factory.id() + " do not validate: " + errors);
        }
        GradingScheme scheme = plugins.gradingScheme(factory.id(), config);
        Map<String, HandlingPlan> plans = new LinkedHashMap<>();
        for (GradeDefinition grade : scheme.grades()) {
            plans.put(grade.code(), scheme.defaultPlan(grade.code()));
        }
        TenantPolicy policy = new TenantPolicy(1, factory.id(), factory.version(),
                PolicyJson.toJson(config.values()).toString(), PolicyJson.plansToJson(plans).toString(),
                clock.instant(), actor);
        em.persist(policy);
        em.persist(new ExchangeRateTable(ExchangeRates.only(CNY), clock.instant()));
        return ActivePolicy.of(policy);
    }

    /** The latest version, within the caller's transaction already bound to the tenant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ActivePolicy current() {
        List<TenantPolicy> latest = em.createQuery("SELECT p FROM TenantPolicy p ORDER BY p.version DESC", TenantPolicy.class)
                .setMaxResults(1).getResultList();
        if (latest.isEmpty()) {
            throw new IllegalStateException("tenant has no policy");
        }
        return ActivePolicy.of(latest.get(0));
    }

    @Transactional
    public ActivePolicy current(String tenant) {
        Tenancy.bind(em, tenant);
        return current();
    }

    public GradingScheme gradingScheme(ActivePolicy policy) {
        return plugins.gradingScheme(policy.gradingPlugin(), policy.gradingConfig());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ExchangeRates exchangeRates() {
        ExchangeRateTable table = em.find(ExchangeRateTable.class, ExchangeRateTable.CURRENT);
        return table == null ? ExchangeRates.only(CNY) : table.rates();
    }

    @Transactional
    public ExchangeRates exchangeRates(String tenant) {
        Tenancy.bind(em, tenant);
        return exchangeRates();
    }

    @Transactional
    public void putExchangeRates(String tenant, ExchangeRates rates) {
        Tenancy.bind(em, tenant);
        ExchangeRateTable table = em.find(ExchangeRateTable.class, ExchangeRateTable.CURRENT);
        if (table == null) {
            em.persist(new ExchangeRateTable(rates, clock.instant()));
        } else {
            table.replace(rates, clock.instant());
        }
    }
}
