package io.redress.core.policy;

import io.redress.core.audit.AuditTrail;
import io.redress.core.sla.EscalationRung;
import io.redress.core.persistence.Tenancy;
import io.redress.core.plugin.PluginRegistry;
import io.redress.plugin.api.ExchangeRates;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.GradeDefinition;
import io.redress.plugin.api.GradingScheme;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.PluginFactory;
import io.redress.plugin.api.PluginKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes a tenant's policy versions and exchange rates. A version is never changed: an edit that passes
 * the plugin's schema and the plan rules becomes the next version, and complaints keep the version they were
 * graded under.
 */
@ApplicationScoped
public class Policies {

    private static final Currency CNY = Currency.getInstance("CNY");

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Inject
    PluginRegistry plugins;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** Whether the template's plugins are installed, so that a tenant can be created from it. */
    public boolean available(PolicyTemplate template) {
        return gradingFactory(template.gradingPlugin()).isPresent();
    }

    /** Writes version 1 from a template's plugin, its defaults and the template's stage details. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ActivePolicy createFromTemplate(PolicyTemplate template, String actor) {
        PluginFactory<?> factory = gradingFactory(template.gradingPlugin())
                .orElseThrow(() -> new IllegalStateException("grading plugin " + template.gradingPlugin() + " is not installed"));
        PluginConfig config = factory.configSchema().defaults();
        List<FieldError> errors = factory.validate(config);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("defaults of " + factory.id() + " do not validate: " + errors);
        }
        GradingScheme scheme = plugins.gradingScheme(factory.id(), config);
        TemplateData details = TemplateData.of(template);
        Map<String, GradePlan> plans = new LinkedHashMap<>();
        for (GradeDefinition grade : scheme.grades()) {
            plans.put(grade.code(), new GradePlan(scheme.defaultPlan(grade.code()).stages().stream()
                    .map(clock -> details.rule(grade.code(), clock)).toList()));
        }
        PluginChoice approval = details.approval().map(c -> fromPreset(c, PluginKind.APPROVAL_CHAIN)).orElse(null);
        PluginChoice kpi = details.kpi().map(c -> fromPreset(c, PluginKind.KPI_INCENTIVE)).orElse(null);
        TenantPolicy policy = store(1, factory, config, plans, approval, kpi, details.organisation(), details.escalation(),
                details.requiredTrainings(), actor);
        em.persist(new ExchangeRateTable(ExchangeRates.only(CNY), clock.instant()));
        ActivePolicy created = ActivePolicy.of(policy);
        audit.append("POLICY", "current", "CREATED_FROM_TEMPLATE", actor, null, auditJson(created));
        return created;
    }

    private PluginChoice fromPreset(TemplateData.PresetChoice choice, PluginKind kind) {
        PluginFactory<?> factory = plugins.find(choice.plugin()).filter(f -> f.kind() == kind)
                .orElseThrow(() -> new IllegalStateException(kind + " plugin " + choice.plugin() + " is not installed"));
        PluginConfig config = choice.preset() == null ? factory.configSchema().defaults()
                : Optional.ofNullable(factory.presets().get(choice.preset()))
                .orElseThrow(() -> new IllegalStateException(choice.plugin() + " has no preset " + choice.preset()));
        List<FieldError> errors = factory.validate(config);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("preset " + choice.preset() + " of " + factory.id() + " does not validate: " + errors);
        }
        return new PluginChoice(factory.id(), factory.version(), config);
    }

    /**
     * Checks a draft and stores it as the next version. Every problem is reported at once, with the path of its
     * field ({@code grading.plugin}, {@code grading.config.majorGroupSize}, {@code handlingPlans.MAJOR[2].anchor}).
     */
    @Transactional
    public ActivePolicy replace(String tenant, PolicyDraft draft, String actor) {
        Tenancy.bind(em, tenant);
        ActivePolicy current = current();
        CheckedDraft checked = check(draft);
        PluginChoice approval = draft.approval() == null ? current.approval() : checked.approval();
        PluginChoice kpi = draft.kpi() == null ? current.kpi() : checked.kpi();
        List<OrganisationUnit> organisation = draft.organisation() == null ? current.organisation() : draft.organisation();
        Map<String, List<EscalationRung>> escalation = draft.escalation() != null ? draft.escalation()
                : keptLadders(current.escalation(), checked.plans().keySet());
        List<FieldError> errors = new ArrayList<>();
        checkEscalation(escalation, checked.plans().keySet(), organisation, errors);
        if (!errors.isEmpty()) {
            throw new PolicyRejectedException(errors);
        }
        List<String> trainings = draft.requiredTrainings() == null ? current.requiredTrainings() : draft.requiredTrainings();
        ActivePolicy replaced = ActivePolicy.of(store(current.version() + 1, checked.factory(), draft.gradingConfig(), checked.plans(),
                approval, kpi, organisation, escalation, trainings, actor));
        audit.append(tenant, "POLICY", "current", "REPLACED", actor, auditJson(current), auditJson(replaced));
        return replaced;
    }

    /** What the audit trail keeps of a policy version: its number, grading plugin and handling plans. */
    private static jakarta.json.JsonObject auditJson(ActivePolicy policy) {
        return jakarta.json.Json.createObjectBuilder().add("version", policy.version())
                .add("gradingPlugin", policy.gradingPlugin() + " " + policy.gradingPluginVersion())
                .add("requiredTrainings", jakarta.json.Json.createArrayBuilder(policy.requiredTrainings())).build();
    }

    /**
     * A draft that passed every check, with its plans complete and in the scheme's grade order; {@code approval} and
     * {@code kpi} are null where the draft left them out.
     */
    public record CheckedDraft(PluginFactory<?> factory, GradingScheme scheme, Map<String, GradePlan> plans,
                               PluginChoice approval, PluginChoice kpi) {
    }

    /** The checks of {@link #replace}, without writing anything; throws {@link PolicyRejectedException}. */
    public CheckedDraft check(PolicyDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        Optional<PluginFactory<?>> factory = gradingFactory(draft.gradingPlugin());
        if (factory.isEmpty()) {
            errors.add(new FieldError("grading.plugin", "no installed grading plugin has the id '" + draft.gradingPlugin()
                    + "'; installed: " + gradingPlugins().stream().map(PluginFactory::id).toList()));
            throw new PolicyRejectedException(errors);
        }
        factory.get().validate(draft.gradingConfig())
                .forEach(e -> errors.add(new FieldError("grading.config." + e.field(), e.message())));
        PluginChoice approval = checkChoice(draft.approval(), "approval", PluginKind.APPROVAL_CHAIN, errors);
        PluginChoice kpi = checkChoice(draft.kpi(), "kpi", PluginKind.KPI_INCENTIVE, errors);
        if (!errors.isEmpty()) {
            throw new PolicyRejectedException(errors);
        }
        GradingScheme scheme;
        try {
            scheme = plugins.gradingScheme(factory.get().id(), draft.gradingConfig());
        } catch (RuntimeException e) {
            throw new PolicyRejectedException(List.of(new FieldError("grading.config", "the plugin rejects it: " + e.getMessage())));
        }
        Map<String, GradePlan> plans = draft.handlingPlans() != null ? draft.handlingPlans() : defaultPlans(scheme);
        List<String> grades = scheme.grades().stream().map(GradeDefinition::code).toList();
        for (String grade : grades) {
            if (!plans.containsKey(grade)) {
                errors.add(new FieldError("handlingPlans." + grade, "a plan is required for every grade of "
                        + factory.get().id() + " " + grades));
            }
        }
        for (String grade : plans.keySet()) {
            if (!grades.contains(grade)) {
                errors.add(new FieldError("handlingPlans." + grade, "is not a grade of " + factory.get().id() + " " + grades));
            }
        }
        if (draft.escalation() != null) {
            checkEscalation(draft.escalation(), grades, draft.organisation(), errors);
        }
        if (!errors.isEmpty()) {
            throw new PolicyRejectedException(errors);
        }
        Map<String, GradePlan> ordered = new LinkedHashMap<>();
        grades.forEach(g -> ordered.put(g, plans.get(g)));
        return new CheckedDraft(factory.get(), scheme, ordered, approval, kpi);
    }

    /** The current version's ladders of the grades the new version still has (a new grading plugin may have others). */
    private static Map<String, List<EscalationRung>> keptLadders(Map<String, List<EscalationRung>> ladders,
                                                                 Collection<String> grades) {
        Map<String, List<EscalationRung>> kept = new LinkedHashMap<>();
        ladders.forEach((grade, rungs) -> {
            if (EscalationRung.EVERY_GRADE.equals(grade) || grades.contains(grade)) {
                kept.put(grade, rungs);
            }
        });
        return kept;
    }

    /**
     * Ladders may be given for the scheme's grades and for {@code *}; a rung notifies one of
     * {@link EscalationRung#PEOPLE} or a unit of the organisation (not checked when {@code organisation} is null).
     */
    private static void checkEscalation(Map<String, List<EscalationRung>> ladders, Collection<String> grades,
                                        List<OrganisationUnit> organisation, List<FieldError> errors) {
        ladders.forEach((grade, rungs) -> {
            if (!EscalationRung.EVERY_GRADE.equals(grade) && !grades.contains(grade)) {
                errors.add(new FieldError("escalation." + grade, "is not a grade of the policy " + grades + " nor \"*\""));
            }
            if (organisation == null) {
                return;
            }
            for (int i = 0; i < rungs.size(); i++) {
                String notify = rungs.get(i).target();
                if (!EscalationRung.PEOPLE.contains(notify) && organisation.stream().noneMatch(u -> u.code().equals(notify))) {
                    errors.add(new FieldError("escalation." + grade + "[" + i + "].notify", "must be one of "
                            + EscalationRung.PEOPLE + " or the code of a unit of the organisation"));
                }
            }
        });
    }

    private PluginChoice checkChoice(PolicyDraft.Choice choice, String path, PluginKind kind, List<FieldError> errors) {
        if (choice == null) {
            return null;
        }
        Optional<PluginFactory<?>> factory = plugins.find(choice.plugin() == null ? "" : choice.plugin()).filter(f -> f.kind() == kind);
        if (factory.isEmpty()) {
            errors.add(new FieldError(path + ".plugin", "no installed " + kind + " plugin has the id '" + choice.plugin()
                    + "'; installed: " + plugins.all().stream().filter(f -> f.kind() == kind).map(PluginFactory::id).toList()));
            return null;
        }
        int before = errors.size();
        factory.get().validate(choice.config()).forEach(e -> errors.add(new FieldError(path + ".config." + e.field(), e.message())));
        return errors.size() == before ? new PluginChoice(factory.get().id(), factory.get().version(), choice.config()) : null;
    }

    /** The grading plugins a tenant can choose from. */
    public List<PluginFactory<?>> gradingPlugins() {
        return plugins.all().stream().filter(f -> f.kind() == PluginKind.GRADING_SCHEME).toList();
    }

    private Map<String, GradePlan> defaultPlans(GradingScheme scheme) {
        Map<String, GradePlan> plans = new LinkedHashMap<>();
        scheme.grades().forEach(g -> plans.put(g.code(), GradePlan.of(scheme.defaultPlan(g.code()))));
        return plans;
    }

    private TenantPolicy store(int version, PluginFactory<?> factory, PluginConfig config, Map<String, GradePlan> plans,
                               PluginChoice approval, PluginChoice kpi, List<OrganisationUnit> organisation,
                               Map<String, List<EscalationRung>> escalation, List<String> requiredTrainings, String actor) {
        TenantPolicy policy = new TenantPolicy(version, factory.id(), factory.version(),
                PolicyJson.toJson(config.values()).toString(), PolicyJson.plansToJson(plans).toString(),
                clock.instant(), actor);
        policy.choose(approval, kpi, PolicyJson.organisationToJson(organisation).toString(),
                escalation.isEmpty() ? null : PolicyJson.escalationToJson(escalation).toString(), requiredTrainings);
        em.persist(policy);
        return policy;
    }

    private Optional<PluginFactory<?>> gradingFactory(String id) {
        return id == null ? Optional.empty() : plugins.find(id).filter(f -> f.kind() == PluginKind.GRADING_SCHEME);
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

    /** A version of the tenant's history, within the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ActivePolicy> version(int version) {
        return Optional.ofNullable(em.find(TenantPolicy.class, version)).map(ActivePolicy::of);
    }

    @Transactional
    public List<PolicyVersion> versions(String tenant) {
        Tenancy.bind(em, tenant);
        return em.createQuery("SELECT p FROM TenantPolicy p ORDER BY p.version DESC", TenantPolicy.class).getResultList().stream()
                .map(p -> new PolicyVersion(p.version(), p.gradingPlugin(), p.gradingPluginVersion(), p.createdAt(), p.createdBy()))
                .toList();
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
        putExchangeRates(tenant, rates, "system");
    }

    @Transactional
    public void putExchangeRates(String tenant, ExchangeRates rates, String actor) {
        Tenancy.bind(em, tenant);
        ExchangeRateTable table = em.find(ExchangeRateTable.class, ExchangeRateTable.CURRENT);
        jakarta.json.JsonObject before = table == null ? null : ratesJson(table.rates());
        if (table == null) {
            em.persist(new ExchangeRateTable(rates, clock.instant()));
        } else {
            table.replace(rates, clock.instant());
        }
        audit.append(tenant, "EXCHANGE_RATES", ExchangeRateTable.CURRENT, "REPLACED", actor, before, ratesJson(rates));
    }

    private static jakarta.json.JsonObject ratesJson(ExchangeRates rates) {
        return jakarta.json.Json.createReader(new java.io.StringReader(new ExchangeRateTable(rates, java.time.Instant.EPOCH).ratesText())).readObject();
    }
}
