package io.redress.ui.policy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.redress.core.identity.Caller;
import io.redress.core.policy.ActivePolicy;
import io.redress.core.policy.GradePlan;
import io.redress.core.policy.PolicyAdministration;
import io.redress.core.policy.PolicyDraft;
import io.redress.core.policy.PolicyPreview;
import io.redress.core.policy.PolicyRejectedException;
import io.redress.core.policy.PolicyVersion;
import io.redress.plugin.api.ComplaintFacts;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.PluginFactory;
import io.redress.ui.MainLayout;
import io.redress.ui.session.SignedIn;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tenant administrator's policy: the grading plugin and its settings, the approval-chain and the KPI plugins and
 * theirs, each grade's handling plan, checking and saving the draft as the next version, trying it on a complaint's
 * facts, and the versions so far. Nobody but a
 * tenant administrator sees any of it.
 */
@Route(value = "policy", layout = MainLayout.class)
@Dependent
public class PolicyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** {@link PolicyAdministration} does not say the tenant's zone, so times are entered and shown in UTC. */
    static final ZoneId ZONE = ZoneId.of("UTC");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PolicyAdministration admin;
    private final Select<PluginFactory<?>> plugin = new Select<>();
    private final Div configHolder = new Div();
    private final PluginSection approval = new PluginSection("approval", () -> showProblems(null));
    private final PluginSection kpi = new PluginSection("kpi", () -> showProblems(null));
    private final PlanEditor plans = new PlanEditor();
    private final Div problems = new Div();
    private final Paragraph current = new Paragraph();
    private final TryPanel tryPanel;
    private final Grid<PolicyVersion> versions = new Grid<>();
    private final VerticalLayout controls = new VerticalLayout();
    private final Paragraph denied = new Paragraph();
    private ConfigForm form;
    private Caller caller;
    private boolean loading;

    @Inject
    public PolicyView(PolicyAdministration admin, Clock clock) {
        this.admin = admin;
        this.tryPanel = new TryPanel(clock, ZONE, this::trial);
        setWidthFull();
        add(new H2(getTranslation("policy.title")));

        plugin.setId("policy-plugin");
        plugin.setLabel(getTranslation("policy.plugin"));
        plugin.setItemLabelGenerator(f -> getTranslation("policy.pluginItem", f.name().in(getLocale()), f.id(), f.version()));
        plugin.setWidth("28em");
        plugin.addValueChangeListener(e -> {
            if (!loading && e.getValue() != null) {
                switchTo(e.getValue());
            }
        });
        current.setId("policy-current");
        denied.setId("policy-denied");
        denied.setText(getTranslation("policy.notAllowed"));
        configHolder.setWidthFull();
        Button check = new Button(getTranslation("policy.check"), e -> check());
        check.setId("policy-check");
        Button save = new Button(getTranslation("policy.save"), e -> save());
        save.setId("policy-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        problems.setId("policy-problems");
        problems.setVisible(false);
        versionsGrid();

        controls.setPadding(false);
        controls.add(current, new H3(getTranslation("policy.scheme")), plugin, configHolder, approval, kpi,
                new H3(getTranslation("policy.plans")), plans, new HorizontalLayout(check, save), problems,
                new H3(getTranslation("policy.try")), tryPanel, new H3(getTranslation("policy.versions")), versions);
    }

    /** Whether a caller may see and change the tenant's policy. */
    public static boolean allowed(Caller caller) {
        return SignedIn.isTenantAdmin(caller);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        enter();
    }

    /** Shows the policy of the signed-in tenant admin's tenant, or to anyone else only that it is not theirs to see. */
    void enter() {
        caller = SignedIn.admit(this, controls, denied, PolicyView::allowed).orElse(null);
        if (caller == null) {
            return;
        }
        load();
    }

    /**
     * Reads the policy in force into the draft, with the versions and the tenant's calendars; a plugin it names that
     * is not installed is listed as a problem.
     */
    void load() {
        String tenant = caller.tenant();
        ActivePolicy policy = admin.current(tenant);
        List<PluginFactory<?>> factories = admin.gradingPlugins();
        Optional<PluginFactory<?>> chosen = factories.stream().filter(f -> f.id().equals(policy.gradingPlugin())).findFirst();
        loading = true;
        try {
            plugin.setItems(factories);
            chosen.ifPresent(plugin::setValue);
        } finally {
            loading = false;
        }
        current.setText(getTranslation("policy.current", policy.version(), policy.gradingPlugin(), policy.gradingPluginVersion()));
        List<FieldError> missing = new ArrayList<>();
        missing.addAll(approval.load(policy.approval(), admin.approvalPlugins()));
        missing.addAll(kpi.load(policy.kpi(), admin.kpiPlugins()));
        showProblems(null);
        if (chosen.isEmpty()) {
            showForm(null);
            plans.show(List.of(), Map.of());
            missing.add(0, new FieldError("grading.plugin", getTranslation("policy.pluginMissing", policy.gradingPlugin())));
        } else {
            showForm(new ConfigForm(chosen.get().configSchema(), policy.gradingConfig().values()));
            showPlans(policy.gradingPlugin(), policy.gradingConfig(), policy.handlingPlans());
        }
        if (!missing.isEmpty()) {
            showProblems(missing);
        }
        versions.setItems(admin.versions(tenant));
        tryPanel.setRegions(admin.calendars(tenant));
        tryPanel.show(null);
    }

    /** A new plugin starts from its defaults and its own plans. */
    private void switchTo(PluginFactory<?> factory) {
        PluginConfig defaults = factory.configSchema().defaults();
        showProblems(null);
        showForm(new ConfigForm(factory.configSchema(), defaults.values()));
        try {
            showPlans(factory.id(), defaults, admin.defaultPlans(factory.id(), defaults));
        } catch (PolicyRejectedException e) {
            plans.show(List.of(), Map.of());
            showProblems(e.errors());
        }
        tryPanel.show(null);
    }

    private void showPlans(String pluginId, PluginConfig config, Map<String, GradePlan> handlingPlans) {
        try {
            plans.show(admin.grades(pluginId, config), handlingPlans);
        } catch (PolicyRejectedException e) {
            plans.show(List.of(), Map.of());
            showProblems(e.errors());
        }
    }

    private void showForm(ConfigForm generated) {
        configHolder.removeAll();
        form = generated;
        if (generated != null) {
            configHolder.add(generated);
        }
    }

    /**
     * The draft as edited; problems of the plan tables are added to {@code errors}. Null when no installed grading
     * plugin is chosen. The approval chain and the KPI plugin are sent as chosen (null where none is, which keeps the
     * version's), the organisation unchanged.
     */
    private PolicyDraft draft(List<FieldError> errors) {
        if (plugin.isEmpty() || form == null) {
            errors.add(new FieldError("grading.plugin", getTranslation("policy.pluginRequired")));
            return null;
        }
        return new PolicyDraft(plugin.getValue().id(), PluginConfig.of(form.values()), plans.plans(errors),
                approval.choice(), kpi.choice(), null);
    }

    private void check() {
        List<FieldError> errors = new ArrayList<>();
        PolicyDraft draft = draft(errors);
        if (draft != null) {
            errors.addAll(admin.problems(platformPart(draft, errors)));
        }
        showProblems(errors);
    }

    /** With a table in error, the platform checks the settings alone (its own plans stand in for the tables). */
    private static PolicyDraft platformPart(PolicyDraft draft, List<FieldError> tableErrors) {
        return tableErrors.isEmpty() ? draft : new PolicyDraft(draft.gradingPlugin(), draft.gradingConfig(), null,
                draft.approval(), draft.kpi(), draft.organisation());
    }

    private void save() {
        List<FieldError> errors = new ArrayList<>();
        PolicyDraft draft = draft(errors);
        if (draft == null || !errors.isEmpty()) {
            if (draft != null) {
                errors.addAll(admin.problems(platformPart(draft, errors)));
            }
            showProblems(errors);
            return;
        }
        try {
            ActivePolicy saved = admin.save(caller.tenant(), draft, caller.username());
            Notification done = Notification.show(getTranslation("policy.saved", saved.version()));
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            load();
        } catch (PolicyRejectedException rejected) {
            showProblems(rejected.errors());
        }
    }

    private PolicyPreview trial(ComplaintFacts facts, Instant receivedAt, String region) {
        List<FieldError> errors = new ArrayList<>();
        PolicyDraft draft = draft(errors);
        if (draft == null || !errors.isEmpty()) {
            showProblems(errors);
            return null;
        }
        try {
            PolicyPreview preview = admin.preview(caller.tenant(), draft, facts, receivedAt, region);
            showProblems(null);
            return preview;
        } catch (PolicyRejectedException rejected) {
            showProblems(rejected.errors());
            return null;
        }
    }

    /** Lists the problems and marks the settings they name; null hides the list, empty says there are none. */
    private void showProblems(List<FieldError> errors) {
        problems.removeAll();
        problems.removeClassNames("redress-problems", "redress-no-problems");
        if (form != null) {
            form.clearErrors();
        }
        approval.clearErrors();
        kpi.clearErrors();
        if (errors == null) {
            problems.setVisible(false);
            return;
        }
        problems.setVisible(true);
        if (errors.isEmpty()) {
            problems.addClassName("redress-no-problems");
            problems.add(new Paragraph(getTranslation("policy.noProblems")));
            return;
        }
        problems.addClassName("redress-problems");
        if (form != null) {
            form.showErrors(errors);
        }
        approval.showErrors(errors);
        kpi.showErrors(errors);
        UnorderedList list = new UnorderedList();
        for (FieldError e : errors) {
            String label = labelOf(e.field()).map(l -> l + " · ").orElse("");
            list.add(new ListItem(label + e.field() + ": " + e.message()));
        }
        problems.add(new Paragraph(getTranslation("policy.problems", errors.size())), list);
    }

    /** The label of the setting an error path names, in whichever form has it. */
    private Optional<String> labelOf(String path) {
        return Optional.ofNullable(form).flatMap(f -> f.labelOf(path))
                .or(() -> approval.labelOf(path))
                .or(() -> kpi.labelOf(path));
    }

    private void versionsGrid() {
        versions.setId("policy-versions");
        versions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        versions.setAllRowsVisible(true);
        versions.addColumn(PolicyVersion::version).setHeader(getTranslation("policy.version.version")).setKey("version")
                .setAutoWidth(true);
        versions.addColumn(PolicyVersion::gradingPlugin).setHeader(getTranslation("policy.version.plugin")).setKey("plugin")
                .setAutoWidth(true);
        versions.addColumn(PolicyVersion::gradingPluginVersion).setHeader(getTranslation("policy.version.pluginVersion"))
                .setKey("pluginVersion").setAutoWidth(true);
        versions.addColumn(v -> AT.format(v.createdAt().atZone(ZONE)))
                .setHeader(getTranslation("policy.version.createdAt", ZONE.getId())).setKey("createdAt").setAutoWidth(true);
        versions.addColumn(PolicyVersion::createdBy).setHeader(getTranslation("policy.version.createdBy")).setKey("createdBy")
                .setAutoWidth(true);
    }

    /** The problems listed, one line each, for tests. */
    List<String> problemLines() {
        return problems.getChildren().filter(UnorderedList.class::isInstance)
                .flatMap(c -> c.getChildren()).map(c -> c.getElement().getText()).toList();
    }

    boolean problemsShown() {
        return problems.isVisible();
    }

    String problemsText() {
        return problems.getElement().getTextRecursively();
    }

    ConfigForm form() {
        return form;
    }

    PluginSection approval() {
        return approval;
    }

    PluginSection kpi() {
        return kpi;
    }

    PlanEditor plans() {
        return plans;
    }

    TryPanel tryPanel() {
        return tryPanel;
    }

    Grid<PolicyVersion> versions() {
        return versions;
    }

    Select<PluginFactory<?>> plugin() {
        return plugin;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("policy.title") + " · " + getTranslation("app.title");
    }
}
