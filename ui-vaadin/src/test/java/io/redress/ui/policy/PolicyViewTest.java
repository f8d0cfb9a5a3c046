package io.redress.ui.policy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.redress.core.identity.Caller;
import io.redress.core.identity.Role;
import io.redress.core.policy.ActivePolicy;
import io.redress.core.policy.GradePlan;
import io.redress.core.policy.PolicyDraft;
import io.redress.core.policy.PolicyPreview;
import io.redress.core.policy.PolicyVersion;
import io.redress.core.policy.StageRule;
import io.redress.plugin.api.ComplaintFacts;
import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.DecisionType;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.PluginFactory;
import io.redress.ui.i18n.RedressI18nProvider;
import io.redress.ui.session.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tenant admin's policy area on the server side (Karibu), over an in-memory platform that uses the real
 * loss-and-risk and severity grading plugins, approval by thresholds and the KPI scorecard: the forms generated from
 * the plugins' schemas, checking and saving with the plugins' own messages, the plan tables, the versions and the
 * try-out.
 */
class PolicyViewTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant FIRST = Instant.parse("2026-11-20T08:00:00Z");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private InMemoryPolicyAdministration platform;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", RedressI18nProvider.class.getName());
        MockVaadin.setup(new Routes());
        platform = new InMemoryPolicyAdministration(clock, FIRST);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private PolicyView open(Locale locale, Role... roles) {
        UI.getCurrent().setLocale(locale);
        SignedIn.set(new Caller("alice", "acme", Set.of(roles)));
        PolicyView view = new PolicyView(platform, clock);
        UI.getCurrent().add(view);
        view.enter();
        return view;
    }

    private static <T extends Component> T byId(Class<T> type, String id) {
        return LocatorJ._get(type, spec -> spec.withId(id));
    }

    /** Sets a value as a user would: only into a field that is shown and enabled (Karibu's _setValue fails on Flow 25.2). */
    private static <V> void enter(HasValue<?, V> field, V value) {
        LocatorJ.assertEditableByUser((Component) field);
        field.setValue(value);
    }

    private static void click(String id) {
        LocatorJ._click(byId(Button.class, id));
    }

    @Test
    void formShowsTheLossRiskSettingsInEnglish() {
        open(Locale.ENGLISH, Role.TENANT_ADMIN);
        IntegerField group = byId(IntegerField.class, "config-majorGroupSize");
        assertEquals("Major group size", group.getLabel());
        assertEquals("A complaint backed by at least this many complainants is major.", group.getHelperText());
        assertEquals(3, group.getValue());
        assertEquals(2, group.getMin());
        assertEquals(1000, group.getMax());
        CustomField<?> threshold = byId(CustomField.class, "config-majorLossThreshold");
        assertEquals("Major loss threshold", threshold.getLabel());
        assertEquals(new BigDecimal("10000.00"), byId(BigDecimalField.class, "config-majorLossThreshold-amount").getValue());
        assertEquals("CNY", byId(ComboBox.class, "config-majorLossThreshold-currency").getValue());
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> flags = byId(MultiSelectComboBox.class, "config-majorFlags");
        assertEquals("Major risk flags", flags.getLabel());
        assertTrue(flags.getValue().contains("PUBLIC_OPINION"));
        assertEquals("Public opinion", flags.getItemLabelGenerator().apply("PUBLIC_OPINION"));
        assertEquals("Loss and risk grading · grading-loss-risk 1.0.0",
                byId(Select.class, "policy-plugin").getItemLabelGenerator().apply(byId(Select.class, "policy-plugin").getValue()));
        assertEquals("Version 1 is in force (grading-loss-risk 1.0.0).", byId(Paragraph.class, "policy-current").getText());
    }

    @Test
    void formShowsTheLossRiskSettingsInChinese() {
        open(Locale.SIMPLIFIED_CHINESE, Role.TENANT_ADMIN);
        IntegerField group = byId(IntegerField.class, "config-majorGroupSize");
        assertEquals("重大群体投诉人数", group.getLabel());
        assertEquals("投诉人数达到此数即为重大投诉。", group.getHelperText());
        assertEquals("重大损失金额阈值", byId(CustomField.class, "config-majorLossThreshold").getLabel());
        assertEquals("舆情风险", byId(MultiSelectComboBox.class, "config-majorFlags").getItemLabelGenerator().apply("PUBLIC_OPINION"));
        assertEquals("重大投诉", byId(TabSheet.class, "policy-plan-tabs").getTabAt(2).getLabel());
        assertEquals("检查", byId(Button.class, "policy-check").getText());
    }

    @Test
    void aChangedValueChecksWithoutProblems() {
        PolicyView view = open(Locale.ENGLISH, Role.TENANT_ADMIN);
        enter(byId(IntegerField.class, "config-majorGroupSize"), 5);
        click("policy-check");
        assertEquals(5L, platform.checked.getLast().gradingConfig().values().get("majorGroupSize"));
        assertTrue(view.problemsShown());
        assertEquals("No problems: the draft can be saved.", view.problemsText());
        assertFalse(byId(IntegerField.class, "config-majorGroupSize").isInvalid());
    }

    @Test
    void anInvalidValueIsShownOnItsFieldAndInTheListAndCannotBeSaved() {
        PolicyView view = open(Locale.ENGLISH, Role.TENANT_ADMIN);
        IntegerField group = byId(IntegerField.class, "config-majorGroupSize");
        enter(group, 1);
        click("policy-check");
        assertTrue(group.isInvalid());
        assertEquals("must be at least 2", group.getErrorMessage());
        assertEquals(List.of("Major group size · grading.config.majorGroupSize: must be at least 2"), view.problemLines());

        click("policy-save");
        assertEquals(1, platform.saveCalls.size(), "the platform is asked, and refuses");
        assertEquals(1, platform.latestVersion());
        assertTrue(group.isInvalid());
        assertEquals(List.of("Major group size · grading.config.majorGroupSize: must be at least 2"), view.problemLines());
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void errorsOfAMoneySettingLandOnItsGroup() {
        PolicyView view = open(Locale.ENGLISH, Role.TENANT_ADMIN);
        enter(byId(BigDecimalField.class, "config-majorLossThreshold-amount"), new BigDecimal("-1"));
        click("policy-check");
        CustomField<?> threshold = byId(CustomField.class, "config-majorLossThreshold");
        assertTrue(threshold.isInvalid());
        assertEquals("amount: must be at least 0", threshold.getErrorMessage());
        assertEquals(List.of("Major loss threshold · grading.config.majorLossThreshold.amount: must be at least 0"),
                view.problemLines());
    }

    @Test
    void switchingToSeverityGradingRebuildsTheFormAndThePlans() {
        PolicyView view = open(Locale.ENGLISH, Role.TENANT_ADMIN);
        @SuppressWarnings("unchecked")
        Select<PluginFactory<?>> plugin = byId(Select.class, "policy-plugin");
        PluginFactory<?> severity = plugin.getListDataView().getItems()
                .filter(f -> f.id().equals("grading-severity")).findFirst().orElseThrow();
        enter(plugin, severity);

        LocatorJ._assertNone(IntegerField.class, spec -> spec.withId("config-majorGroupSize"));
        assertEquals("Response time", byId(CustomField.class, "config-responseTime").getLabel());
        assertEquals(2, byId(IntegerField.class, "config-responseTime-amount").getValue());
        assertEquals(DeadlineUnit.WORKING_HOURS, byId(Select.class, "config-responseTime-unit").getValue());

        TabSheet tabs = byId(TabSheet.class, "policy-plan-tabs");
        assertEquals(3, tabs.getTabCount());
        assertEquals(List.of("plan-tab-LEVEL_1", "plan-tab-LEVEL_2", "plan-tab-LEVEL_3"),
                List.of(tabs.getTabAt(0).getId().orElseThrow(), tabs.getTabAt(1).getId().orElseThrow(),
                        tabs.getTabAt(2).getId().orElseThrow()));
        assertEquals("Level 3 — severe", tabs.getTabAt(2).getLabel());
        Grid<PlanEditor.Row> level3 = view.plans().grid("LEVEL_3");
        assertEquals("Containment (CONTAINMENT)", GridKt._getFormatted(level3, 1, "stage"));
        assertEquals("Hours", GridKt._getFormatted(level3, 1, "unit"));

        click("policy-check");
        assertEquals("grading-severity", platform.checked.getLast().gradingPlugin());
        assertEquals("No problems: the draft can be saved.", view.problemsText());
    }

    @Test
    void savingSendsTheEditedConfigurationAndPlansAndShowsTheNewVersion() {
        PolicyView view = open(Locale.ENGLISH, Role.TENANT_ADMIN);
        enter(byId(IntegerField.class, "config-majorGroupSize"), 5);
        // the MAJOR plan: containment within 2 hours, owned by the leadership group, with an emergency meeting
        TabSheet tabs = byId(TabSheet.class, "policy-plan-tabs");
        tabs.setSelectedIndex(2);
        Grid<PlanEditor.Row> major = view.plans().grid("MAJOR");
        major.select(GridKt._get(major, 3));
        assertEquals("CONTAINMENT", byId(ComboBox.class, "stage-code").getValue());
        enter(byId(IntegerField.class, "stage-amount"), 2);
        enter(byId(TextField.class, "stage-owner"), "leadership_group");
        enter(byId(TextField.class, "stage-steps"), "EMERGENCY_MEETING, SPECIAL_REPORT");
        click("stage-apply");
        assertEquals("LEADERSHIP_GROUP", GridKt._getFormatted(major, 3, "owner"));

        click("policy-save");

        PolicyDraft saved = platform.saveCalls.getLast();
        assertEquals("grading-loss-risk", saved.gradingPlugin());
        assertEquals(5L, saved.gradingConfig().values().get("majorGroupSize"));
        assertEquals(Map.of("amount", "10000.00", "currency", "CNY"), saved.gradingConfig().values().get("majorLossThreshold"));
        assertEquals(List.of("PUBLIC_OPINION", "MEDIA_RISK", "PARTNERSHIP_RISK", "REGULATOR_RISK", "TRADE_SECRET_LEAK",
                "LAW_BREACH").stream().sorted().toList(), ((List<?>) saved.gradingConfig().values().get("majorFlags"))
                .stream().map(String::valueOf).sorted().toList());
        StageRule containment = saved.handlingPlans().get("MAJOR").stages().get(3);
        assertEquals(2, containment.clock().amount());
        assertEquals("LEADERSHIP_GROUP", containment.owner());
        assertEquals(List.of("EMERGENCY_MEETING", "SPECIAL_REPORT"), containment.mandatorySteps());
        NotificationsKt.expectNotifications("Saved as version 2.");
        assertEquals(2, platform.latestVersion());
        assertEquals("Version 2 is in force (grading-loss-risk 1.0.0).", byId(Paragraph.class, "policy-current").getText());
        assertEquals(2, GridKt._size(view.versions()));
        assertEquals("2", GridKt._getFormatted(view.versions(), 0, "version"));
        assertEquals("alice", GridKt._getFormatted(view.versions(), 0, "createdBy"));
        assertEquals(5, byId(IntegerField.class, "config-majorGroupSize").getValue());
    }

    @Test
    void planTablesAreCheckedAsTheApiChecksThem() {
        PolicyView view = open(Locale.ENGLISH, Role.TENANT_ADMIN);
        Grid<PlanEditor.Row> general = view.plans().grid("GENERAL");
        assertEquals(7, GridKt._size(general));
        // PLAN (anchored on INVESTIGATION) moved above INVESTIGATION
        general.select(GridKt._get(general, 4));
        assertEquals("Plan (PLAN)", GridKt._getFormatted(general, 4, "stage"));
        assertEquals("Investigation", GridKt._getFormatted(general, 4, "anchor"));
        click("stage-up");
        assertEquals("Plan (PLAN)", GridKt._getFormatted(general, 3, "stage"));
        click("policy-check");
        assertEquals(List.of("handlingPlans.GENERAL[3].anchor: must be RECEIVED or a stage listed before this one"),
                view.problemLines());
        click("policy-save");
        assertTrue(platform.saveCalls.isEmpty(), "a table in error is not sent");

        click("stage-down");
        click("stage-remove");
        assertEquals(6, GridKt._size(general));
        click("stage-add");
        assertEquals(7, GridKt._size(general));
        assertEquals("CONTAINMENT", byId(ComboBox.class, "stage-code").getValue(), "the first known stage the plan lacks");
        assertEquals(List.of("Containment (CONTAINMENT)", "Receipt", "1", "Working days", "Once", "—", "", ""),
                GridKt._getFormattedRow(general, 6));
        click("policy-check");
        assertEquals("No problems: the draft can be saved.", view.problemsText());
    }

    @Test
    void theStageEditorExplainsAStageItCannotTake() {
        PolicyView view = open(Locale.ENGLISH, Role.TENANT_ADMIN);
        Grid<PlanEditor.Row> general = view.plans().grid("GENERAL");
        general.select(GridKt._get(general, 4));
        @SuppressWarnings("unchecked")
        ComboBox<String> anchor = byId(ComboBox.class, "stage-anchor");
        assertEquals("INVESTIGATION", anchor.getValue());
        assertFalse(anchor.getListDataView().getItems().toList().contains("PLAN"), "not on itself");
        @SuppressWarnings("unchecked")
        ComboBox<String> stage = byId(ComboBox.class, "stage-code");
        enter(stage, "INVESTIGATION");
        click("stage-apply");
        assertEquals("INVESTIGATION cannot be anchored on itself", view.plans().form().error());
        assertEquals("Plan (PLAN)", GridKt._getFormatted(general, 4, "stage"));
        assertEquals("Investigation", GridKt._getFormatted(general, 4, "anchor"));
    }

    @Test
    void versionsAreListedNewestFirst() {
        PolicyView view = open(Locale.ENGLISH, Role.TENANT_ADMIN);
        Grid<PolicyVersion> versions = view.versions();
        assertEquals(1, GridKt._size(versions));
        assertEquals(List.of("1", "grading-loss-risk", "1.0.0", "2026-11-20 08:00", "setup"), GridKt._getFormattedRow(versions, 0));
        assertEquals("Created at (UTC)", versions.getColumnByKey("createdAt").getHeaderText());
    }

    @Test
    void tryingA12000CnyLossGivesMajor() {
        PolicyView view = open(Locale.ENGLISH, Role.TENANT_ADMIN);
        assertEquals(LocalDateTime.of(2026, 11, 23, 10, 0), view.tryPanel().receivedAt.getValue());
        assertEquals("CN", view.tryPanel().region.getValue());
        enter(byId(BigDecimalField.class, "try-loss"), new BigDecimal("12000"));
        click("try-run");

        ComplaintFacts facts = platform.previewedFacts.getLast();
        assertEquals(new BigDecimal("12000"), facts.claimedLoss().amount());
        assertEquals(Currency.getInstance("CNY"), facts.claimedLoss().currency());
        assertEquals(Currency.getInstance("CNY"), facts.exchangeRates().base());
        assertEquals("CN", platform.previewedRegions.getLast());
        assertEquals("Grade: Major complaint (MAJOR) · rule loss-above-threshold", view.tryPanel().result());
        Grid<PolicyPreview.Due> due = view.tryPanel().deadlines();
        assertEquals(11, GridKt._size(due));
        assertEquals(List.of("Response", "2026-11-23 11:00"), GridKt._getFormattedRow(due, 0));
        assertEquals(List.of("Plan", "Waits for Investigation"), GridKt._getFormattedRow(due, 6));
    }

    @Test
    void tryingUsesTheDraftNotThePolicyInForce() {
        PolicyView view = open(Locale.SIMPLIFIED_CHINESE, Role.TENANT_ADMIN);
        enter(byId(BigDecimalField.class, "config-majorLossThreshold-amount"), new BigDecimal("20000"));
        enter(byId(BigDecimalField.class, "try-loss"), new BigDecimal("12000"));
        click("try-run");
        assertEquals("等级：重要投诉（IMPORTANT）· 规则 loss-within-threshold", view.tryPanel().result());

        enter(byId(IntegerField.class, "config-majorGroupSize"), 1);
        click("try-run");
        assertEquals("", view.tryPanel().result());
        assertEquals(List.of("重大群体投诉人数 · grading.config.majorGroupSize: must be at least 2"), view.problemLines());
    }

    @Test
    void aSpecialistSeesNoControls() {
        open(Locale.ENGLISH, Role.SPECIALIST, Role.SUPERVISOR);
        assertEquals("Only a tenant administrator may see and change the policy.", byId(Paragraph.class, "policy-denied").getText());
        LocatorJ._assertNone(Button.class);
        LocatorJ._assertNone(Select.class);
        LocatorJ._assertNone(Grid.class);
        assertTrue(platform.saveCalls.isEmpty());
    }

    @Test
    void aSpecialistIsToldInChinese() {
        open(Locale.SIMPLIFIED_CHINESE, Role.SPECIALIST);
        assertEquals("只有租户管理员可以查看和修改策略。", byId(Paragraph.class, "policy-denied").getText());
    }

    @Test
    void theApprovalAndKpiSectionsShowThePluginsInForceWithTheirListsAsJson() {
        PolicyView view = open(Locale.ENGLISH, Role.TENANT_ADMIN);
        ActivePolicy inForce = platform.current("acme");
        assertEquals("Approval chain", byId(H3.class, "policy-approval-title").getText());
        assertEquals("In force: approval-thresholds 1.0.0.", byId(Paragraph.class, "policy-approval-current").getText());
        @SuppressWarnings("unchecked")
        Select<PluginFactory<?>> approval = byId(Select.class, "policy-approval-plugin");
        assertEquals("Approval plugin", approval.getLabel());
        assertEquals("approval-thresholds", approval.getValue().id());
        assertEquals("Approval by amount and grade · approval-thresholds 1.0.0", approval.getItemLabelGenerator().apply(approval.getValue()));
        assertFalse(approval.isEmptySelectionAllowed(), "the version names a plugin, and a draft cannot take it away");
        TextArea rules = byId(TextArea.class, "approval-config-rules");
        assertEquals("Approval rules", rules.getLabel());
        assertTrue(rules.getHelperText().startsWith("Checked in order"));
        assertTrue(rules.getValue().startsWith("["), rules.getValue());
        assertTrue(rules.getValue().contains("\"id\" : \"major-compensation-above-threshold\""), rules.getValue());
        assertTrue(rules.getValue().contains("\"amount\" : \"100000.00\""), "an amount stays text: " + rules.getValue());
        assertEquals(inForce.approval().config().values(), view.approval().form().values(), "unchanged, the rules come back as they were");

        assertEquals("KPI and incentives", byId(H3.class, "policy-kpi-title").getText());
        assertEquals("In force: kpi-scorecard 1.0.0.", byId(Paragraph.class, "policy-kpi-current").getText());
        @SuppressWarnings("unchecked")
        Select<PluginFactory<?>> kpi = byId(Select.class, "policy-kpi-plugin");
        assertEquals("KPI plugin", kpi.getLabel());
        assertEquals("KPI scorecard · kpi-scorecard 1.0.0", kpi.getItemLabelGenerator().apply(kpi.getValue()));
        TextArea targets = byId(TextArea.class, "kpi-config-targets");
        assertEquals("Targets", targets.getLabel());
        assertTrue(targets.getValue().contains("\"indicator\" : \"SATISFACTION_RATE\""), targets.getValue());
        TextArea incentives = byId(TextArea.class, "kpi-config-incentives");
        assertEquals("Incentive rules", incentives.getLabel());
        assertTrue(incentives.getValue().contains("\"outcome\" : \"BONUS_POINTS\""), incentives.getValue());
        assertEquals(inForce.kpi().config().values(), view.kpi().form().values());

        click("policy-check");
        PolicyDraft checked = platform.checked.getLast();
        assertEquals(new PolicyDraft.Choice("approval-thresholds", inForce.approval().config()), checked.approval());
        assertEquals(new PolicyDraft.Choice("kpi-scorecard", inForce.kpi().config()), checked.kpi());
        assertNull(checked.organisation());
        assertEquals("No problems: the draft can be saved.", view.problemsText());
    }

    @Test
    void theApprovalAndKpiSectionsInChinese() {
        open(Locale.SIMPLIFIED_CHINESE, Role.TENANT_ADMIN);
        assertEquals("审批链", byId(H3.class, "policy-approval-title").getText());
        assertEquals("当前生效：approval-thresholds 1.0.0。", byId(Paragraph.class, "policy-approval-current").getText());
        Select<?> approval = byId(Select.class, "policy-approval-plugin");
        assertEquals("审批插件", approval.getLabel());
        assertEquals("不使用", approval.getEmptySelectionCaption());
        assertEquals("金额与等级审批 · approval-thresholds 1.0.0",
                byId(Select.class, "policy-approval-plugin").getItemLabelGenerator().apply(approval.getValue()));
        assertEquals("审批规则", byId(TextArea.class, "approval-config-rules").getLabel());
        assertEquals("绩效与奖惩", byId(H3.class, "policy-kpi-title").getText());
        assertEquals("绩效插件", byId(Select.class, "policy-kpi-plugin").getLabel());
        assertEquals("指标目标", byId(TextArea.class, "kpi-config-targets").getLabel());
        assertEquals("奖惩规则", byId(TextArea.class, "kpi-config-incentives").getLabel());
    }

    @Test
    void anInvalidApprovalRuleIsShownOnTheRulesAndCannotBeSaved() {
        PolicyView view = open(Locale.ENGLISH, Role.TENANT_ADMIN);
        TextArea rules = byId(TextArea.class, "approval-config-rules");
        enter(rules, """
                [ {
                  "id" : "lunch-by-director",
                  "types" : [ "LUNCH" ],
                  "steps" : [ {
                    "approvers" : [ { "role" : "director", "scope" : "OWN_DEPARTMENT" } ],
                    "mode" : "SERIAL",
                    "deadline" : { "amount" : 1, "unit" : "WORKING_DAYS" }
                  } ]
                } ]
                """);
        click("policy-check");
        String types = "must be one of " + Arrays.toString(DecisionType.values());
        assertTrue(rules.isInvalid());
        assertEquals("[0].types[0]: " + types, rules.getErrorMessage());
        assertEquals(List.of("Approval rules · approval.config.rules[0].types[0]: " + types), view.problemLines());
        assertFalse(byId(TextArea.class, "kpi-config-targets").isInvalid());
        assertFalse(byId(IntegerField.class, "config-majorGroupSize").isInvalid());

        click("policy-save");
        assertEquals(1, platform.saveCalls.size(), "the platform is asked, and refuses");
        assertEquals("lunch-by-director", ((Map<?, ?>) ((List<?>) platform.saveCalls.getLast().approval().config().values()
                .get("rules")).get(0)).get("id"));
        assertEquals(1, platform.latestVersion());
        assertTrue(rules.isInvalid());
        assertEquals(List.of("Approval rules · approval.config.rules[0].types[0]: " + types), view.problemLines());
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void savingSendsTheEditedApprovalRulesAndKpiTargets() {
        PolicyView view = open(Locale.ENGLISH, Role.TENANT_ADMIN);
        ActivePolicy inForce = platform.current("acme");
        TextArea rules = byId(TextArea.class, "approval-config-rules");
        enter(rules, rules.getValue().replace("\"100000.00\"", "\"50000.00\""));
        enter(byId(TextArea.class, "kpi-config-targets"), """
                [ { "indicator" : "SATISFACTION_RATE", "atLeast" : "0.97" },
                  { "indicator" : "ON_TIME_RATE.*", "atLeast" : "0.90" } ]
                """);

        click("policy-save");

        PolicyDraft saved = platform.saveCalls.getLast();
        List<Map<String, Object>> expectedRules = new ArrayList<>(inForce.approval().config().objectList("rules"));
        Map<String, Object> compensation = new LinkedHashMap<>(expectedRules.get(1));
        assertEquals("major-compensation-above-threshold", compensation.get("id"));
        compensation.put("above", Map.of("amount", "50000.00", "currency", "CNY"));
        expectedRules.set(1, compensation);
        assertEquals(new PolicyDraft.Choice("approval-thresholds", PluginConfig.of(Map.of("rules", expectedRules))), saved.approval());
        Map<String, Object> expectedKpi = new LinkedHashMap<>();
        expectedKpi.put("targets", List.of(Map.of("indicator", "SATISFACTION_RATE", "atLeast", "0.97"),
                Map.of("indicator", "ON_TIME_RATE.*", "atLeast", "0.90")));
        expectedKpi.put("incentives", inForce.kpi().config().values().get("incentives"));
        assertEquals(new PolicyDraft.Choice("kpi-scorecard", PluginConfig.of(expectedKpi)), saved.kpi());
        assertNull(saved.organisation(), "the organisation is not edited here, so the version's is kept");

        NotificationsKt.expectNotifications("Saved as version 2.");
        assertEquals(2, platform.latestVersion());
        ActivePolicy version2 = platform.current("acme");
        assertEquals("approval-thresholds", version2.approval().plugin());
        assertEquals("1.0.0", version2.approval().version());
        assertEquals(saved.approval().config(), version2.approval().config());
        assertEquals(saved.kpi().config(), version2.kpi().config());
        assertTrue(byId(TextArea.class, "approval-config-rules").getValue().contains("\"amount\" : \"50000.00\""));
        assertTrue(byId(TextArea.class, "kpi-config-targets").getValue().contains("\"atLeast\" : \"0.97\""));
        assertEquals(saved.kpi().config().values(), view.kpi().form().values());
    }

    @Test
    void aPolicyWithoutApprovalOrKpiOffersNoneAndThePluginsWithTheirDefaults() {
        platform = InMemoryPolicyAdministration.withoutApprovalOrKpi(clock, FIRST);
        PolicyView view = open(Locale.ENGLISH, Role.TENANT_ADMIN);
        @SuppressWarnings("unchecked")
        Select<PluginFactory<?>> approval = byId(Select.class, "policy-approval-plugin");
        assertTrue(approval.isEmptySelectionAllowed());
        assertEquals("None", approval.getEmptySelectionCaption());
        assertNull(approval.getValue());
        assertEquals("The policy in force uses none.", byId(Paragraph.class, "policy-approval-current").getText());
        LocatorJ._assertNone(TextArea.class, spec -> spec.withId("approval-config-rules"));
        LocatorJ._assertNone(TextArea.class, spec -> spec.withId("kpi-config-targets"));
        click("policy-check");
        assertNull(platform.checked.getLast().approval(), "none, as the version has");
        assertNull(platform.checked.getLast().kpi());

        enter(approval, approval.getListDataView().getItems().findFirst().orElseThrow());
        TextArea rules = byId(TextArea.class, "approval-config-rules");
        assertTrue(rules.getValue().contains("important-plan-by-regional-centre"), "the plugin's defaults: " + rules.getValue());
        click("policy-save");
        PolicyDraft saved = platform.saveCalls.getLast();
        assertEquals("approval-thresholds", saved.approval().plugin());
        assertEquals(approval.getValue().configSchema().defaults(), saved.approval().config());
        assertNull(saved.kpi());
        assertEquals(2, platform.latestVersion());
        assertNull(platform.current("acme").kpi());
        assertFalse(approval.isEmptySelectionAllowed(), "version 2 names a plugin");
        assertEquals("In force: approval-thresholds 1.0.0.", byId(Paragraph.class, "policy-approval-current").getText());
        assertNull(view.kpi().choice(), "the KPI plugin stays none");
    }

    @Test
    void thePlansOfTheDraftArePlainGradePlans() {
        PolicyView view = open(Locale.ENGLISH, Role.TENANT_ADMIN);
        Map<String, GradePlan> plans = view.plans().plans(new java.util.ArrayList<>());
        assertEquals(List.of("GENERAL", "IMPORTANT", "MAJOR"), List.copyOf(plans.keySet()));
        assertEquals(platform.current("acme").handlingPlans(), plans);
        assertNull(plans.get("MAJOR").stages().get(0).owner());
        assertInstanceOf(GradePlan.class, plans.get("GENERAL"));
    }
}
