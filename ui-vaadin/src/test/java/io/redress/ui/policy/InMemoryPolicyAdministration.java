package io.redress.ui.policy;

import io.redress.core.policy.ActivePolicy;
import io.redress.core.policy.GradePlan;
import io.redress.core.policy.PluginChoice;
import io.redress.core.policy.PolicyAdministration;
import io.redress.core.policy.PolicyDraft;
import io.redress.core.policy.PolicyPreview;
import io.redress.core.policy.PolicyRejectedException;
import io.redress.core.policy.PolicyVersion;
import io.redress.plugin.api.ComplaintFacts;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.GradeDecision;
import io.redress.plugin.api.GradeDefinition;
import io.redress.plugin.api.GradingScheme;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.PluginFactory;
import io.redress.plugin.api.StagePlan;
import io.redress.plugins.approval.thresholds.ApprovalThresholdsFactory;
import io.redress.plugins.grading.lossrisk.LossRiskGradingFactory;
import io.redress.plugins.grading.severity.SeverityGradingFactory;
import io.redress.plugins.kpi.scorecard.KpiScorecardFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's policy administration for one tenant ("acme"), in memory, over the real grading, approval-chain and
 * KPI plugins: drafts are checked with the plugins' own validation (paths prefixed {@code grading.config.},
 * {@code approval.config.} and {@code kpi.config.}) and the plan rules of {@code Policies.check}; previews grade with
 * the real scheme and count every unit as elapsed time (no calendars). Starts with version 1: loss-and-risk grading
 * with its defaults and its own plans, and approval by thresholds and the KPI scorecard with their defaults (or, from
 * {@link #withoutApprovalOrKpi}, with neither).
 */
final class InMemoryPolicyAdministration implements PolicyAdministration {

    static final String TENANT = "acme";

    private record Stored(ActivePolicy policy, Instant createdAt, String createdBy) {
    }

    private final List<PluginFactory<?>> factories = List.of(new LossRiskGradingFactory(), new SeverityGradingFactory());
    private final List<PluginFactory<?>> approvalFactories = List.of(new ApprovalThresholdsFactory());
    private final List<PluginFactory<?>> kpiFactories = List.of(new KpiScorecardFactory());
    private final List<Stored> stored = new ArrayList<>();
    private final Clock clock;
    /** Every draft given to {@link #save}, accepted or not. */
    final List<PolicyDraft> saveCalls = new ArrayList<>();
    final List<PolicyDraft> checked = new ArrayList<>();
    final List<ComplaintFacts> previewedFacts = new ArrayList<>();
    final List<String> previewedRegions = new ArrayList<>();

    InMemoryPolicyAdministration(Clock clock, Instant firstCreatedAt) {
        this(clock, firstCreatedAt, true);
    }

    private InMemoryPolicyAdministration(Clock clock, Instant firstCreatedAt, boolean approvalAndKpi) {
        this.clock = clock;
        PluginConfig defaults = new LossRiskGradingFactory().configSchema().defaults();
        PluginChoice approval = approvalAndKpi ? new PluginChoice(ApprovalThresholdsFactory.ID, ApprovalThresholdsFactory.VERSION,
                new ApprovalThresholdsFactory().configSchema().defaults()) : null;
        PluginChoice kpi = approvalAndKpi ? new PluginChoice(KpiScorecardFactory.ID, KpiScorecardFactory.VERSION,
                new KpiScorecardFactory().configSchema().defaults()) : null;
        stored.add(new Stored(new ActivePolicy(1, LossRiskGradingFactory.ID, LossRiskGradingFactory.VERSION, defaults,
                defaultPlans(LossRiskGradingFactory.ID, defaults), approval, kpi, List.of()), firstCreatedAt, "setup"));
    }

    /** A platform whose version 1 names no approval-chain and no KPI plugin. */
    static InMemoryPolicyAdministration withoutApprovalOrKpi(Clock clock, Instant firstCreatedAt) {
        return new InMemoryPolicyAdministration(clock, firstCreatedAt, false);
    }

    @Override
    public ActivePolicy current(String tenant) {
        requireTenant(tenant);
        return stored.get(stored.size() - 1).policy();
    }

    @Override
    public List<PolicyVersion> versions(String tenant) {
        requireTenant(tenant);
        return stored.reversed().stream().map(s -> new PolicyVersion(s.policy().version(), s.policy().gradingPlugin(),
                s.policy().gradingPluginVersion(), s.createdAt(), s.createdBy())).toList();
    }

    @Override
    public List<PluginFactory<?>> gradingPlugins() {
        return factories;
    }

    @Override
    public List<PluginFactory<?>> approvalPlugins() {
        return approvalFactories;
    }

    @Override
    public List<PluginFactory<?>> kpiPlugins() {
        return kpiFactories;
    }

    @Override
    public List<GradeDefinition> grades(String plugin, PluginConfig config) {
        return scheme(plugin, config).grades();
    }

    @Override
    public Map<String, GradePlan> defaultPlans(String plugin, PluginConfig config) {
        GradingScheme scheme = scheme(plugin, config);
        Map<String, GradePlan> plans = new LinkedHashMap<>();
        scheme.grades().forEach(g -> plans.put(g.code(), GradePlan.of(scheme.defaultPlan(g.code()))));
        return plans;
    }

    @Override
    public List<FieldError> problems(PolicyDraft draft) {
        checked.add(draft);
        return check(draft);
    }

    @Override
    public ActivePolicy save(String tenant, PolicyDraft draft, String actor) {
        requireTenant(tenant);
        saveCalls.add(draft);
        List<FieldError> errors = check(draft);
        if (!errors.isEmpty()) {
            throw new PolicyRejectedException(errors);
        }
        PluginFactory<?> factory = factory(draft.gradingPlugin()).orElseThrow();
        Map<String, GradePlan> plans = draft.handlingPlans() != null ? draft.handlingPlans()
                : defaultPlans(draft.gradingPlugin(), draft.gradingConfig());
        ActivePolicy current = current(tenant);
        ActivePolicy saved = new ActivePolicy(current.version() + 1, factory.id(), factory.version(),
                draft.gradingConfig(), plans, chosen(draft.approval(), approvalFactories, current.approval()),
                chosen(draft.kpi(), kpiFactories, current.kpi()),
                draft.organisation() == null ? current.organisation() : draft.organisation());
        stored.add(new Stored(saved, clock.instant(), actor));
        return saved;
    }

    @Override
    public PolicyPreview preview(String tenant, PolicyDraft draft, ComplaintFacts facts, Instant receivedAt, String region) {
        requireTenant(tenant);
        previewedFacts.add(facts);
        previewedRegions.add(region);
        List<FieldError> errors = check(draft);
        if (!errors.isEmpty()) {
            throw new PolicyRejectedException(errors);
        }
        GradingScheme scheme = scheme(draft.gradingPlugin(), draft.gradingConfig());
        GradeDecision decision = scheme.grade(facts);
        GradeDefinition grade = scheme.grades().stream().filter(g -> g.code().equals(decision.gradeCode())).findFirst()
                .orElseThrow();
        Map<String, GradePlan> plans = draft.handlingPlans() != null ? draft.handlingPlans()
                : defaultPlans(draft.gradingPlugin(), draft.gradingConfig());
        List<PolicyPreview.Due> due = plans.get(grade.code()).clocks().stages().stream()
                .map(s -> new PolicyPreview.Due(s.stage(), s.anchor(), s.anchoredOnReceipt() ? receivedAt.plus(elapsed(s)) : null))
                .toList();
        return new PolicyPreview(grade, decision.ruleId(), due, null);
    }

    @Override
    public List<String> calendars(String tenant) {
        requireTenant(tenant);
        return List.of("CN", "MIDDLE_EAST");
    }

    int latestVersion() {
        return stored.get(stored.size() - 1).policy().version();
    }

    /** The checks of the platform's {@code Policies.check}, as a list. */
    private List<FieldError> check(PolicyDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        Optional<PluginFactory<?>> factory = factory(draft.gradingPlugin());
        if (factory.isEmpty()) {
            errors.add(new FieldError("grading.plugin", "no installed grading plugin has the id '" + draft.gradingPlugin() + "'"));
            return errors;
        }
        factory.get().validate(draft.gradingConfig())
                .forEach(e -> errors.add(new FieldError("grading.config." + e.field(), e.message())));
        checkChoice(draft.approval(), "approval", approvalFactories, errors);
        checkChoice(draft.kpi(), "kpi", kpiFactories, errors);
        if (!errors.isEmpty() || draft.handlingPlans() == null) {
            return errors;
        }
        List<String> grades = grades(draft.gradingPlugin(), draft.gradingConfig()).stream().map(GradeDefinition::code).toList();
        for (String grade : grades) {
            if (!draft.handlingPlans().containsKey(grade)) {
                errors.add(new FieldError("handlingPlans." + grade, "a plan is required for every grade of "
                        + draft.gradingPlugin() + " " + grades));
            }
        }
        for (String grade : draft.handlingPlans().keySet()) {
            if (!grades.contains(grade)) {
                errors.add(new FieldError("handlingPlans." + grade, "is not a grade of " + draft.gradingPlugin() + " " + grades));
            }
        }
        return errors;
    }

    /** As {@code Policies.checkChoice}: a chosen plugin must be installed, and its factory must accept the settings. */
    private static void checkChoice(PolicyDraft.Choice choice, String path, List<PluginFactory<?>> installed,
                                    List<FieldError> errors) {
        if (choice == null) {
            return;
        }
        Optional<PluginFactory<?>> factory = find(installed, choice.plugin());
        if (factory.isEmpty()) {
            errors.add(new FieldError(path + ".plugin", "no installed plugin of this kind has the id '" + choice.plugin()
                    + "'; installed: " + installed.stream().map(PluginFactory::id).toList()));
            return;
        }
        factory.get().validate(choice.config())
                .forEach(e -> errors.add(new FieldError(path + ".config." + e.field(), e.message())));
    }

    /** What a saved version names: the draft's choice, with the plugin's version, or the current one where it has none. */
    private static PluginChoice chosen(PolicyDraft.Choice choice, List<PluginFactory<?>> installed, PluginChoice current) {
        if (choice == null) {
            return current;
        }
        PluginFactory<?> factory = find(installed, choice.plugin()).orElseThrow();
        return new PluginChoice(factory.id(), factory.version(), choice.config());
    }

    private static Optional<PluginFactory<?>> find(List<PluginFactory<?>> installed, String id) {
        return installed.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    private GradingScheme scheme(String plugin, PluginConfig config) {
        PluginFactory<?> factory = factory(plugin).orElseThrow(() -> new PolicyRejectedException(
                List.of(new FieldError("grading.plugin", "no installed grading plugin has the id '" + plugin + "'"))));
        List<FieldError> errors = factory.validate(config);
        if (!errors.isEmpty()) {
            throw new PolicyRejectedException(errors.stream()
                    .map(e -> new FieldError("grading.config." + e.field(), e.message())).toList());
        }
        return (GradingScheme) factory.create(config);
    }

    private Optional<PluginFactory<?>> factory(String id) {
        return factories.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** Every unit as elapsed time: enough to see which clock is which. */
    private static Duration elapsed(StagePlan stage) {
        return switch (stage.unit()) {
            case HOURS, WORKING_HOURS -> Duration.ofHours(stage.amount());
            case DAYS, WORKING_DAYS -> Duration.ofDays(stage.amount());
        };
    }

    private static void requireTenant(String tenant) {
        if (!TENANT.equals(tenant)) {
            throw new IllegalArgumentException("unknown tenant " + tenant);
        }
    }
}
