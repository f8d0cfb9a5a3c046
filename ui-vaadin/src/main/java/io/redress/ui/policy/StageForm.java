package io.redress.ui.policy;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.redress.core.policy.StageRule;
import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.StagePlan;
import io.redress.ui.i18n.Labels;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The fields of the stage selected in a plan table; {@link #read()} gives the edited stage, or shows why it cannot be. */
class StageForm extends FormLayout {

    /** The stages the bundles name ({@code stage.*}), offered first; any other upper-case code may be typed. */
    static final List<String> KNOWN_STAGES = List.of("RESPONSE", "REGISTRATION", "TRIAGE", "CONTAINMENT",
            "INVESTIGATION_PLAN", "INVESTIGATION", "PLAN", "RESOLUTION", "FEEDBACK", "RETURN_VISIT", "SATISFACTION",
            "PROGRESS_UPDATE");

    final ComboBox<String> stage = new ComboBox<>();
    final ComboBox<String> anchor = new ComboBox<>();
    final IntegerField amount = new IntegerField();
    final Select<DeadlineUnit> unit;
    final Checkbox recurring = new Checkbox();
    final Select<DayOfWeek> weeklyOn = new Select<>();
    final TextField owner = new TextField();
    final TextField approvals = new TextField();
    final TextField steps = new TextField();
    private final Span error = new Span();
    private final List<String> stageChoices = new ArrayList<>(KNOWN_STAGES);

    StageForm() {
        setId("stage-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 3));
        stage.setId("stage-code");
        stage.setLabel(getTranslation("policy.stage.stage"));
        stage.setItems(stageChoices);
        stage.setItemLabelGenerator(this::stageLabel);
        stage.setAllowCustomValue(true);
        stage.addCustomValueSetListener(e -> {
            String code = e.getDetail().strip().toUpperCase(Locale.ROOT);
            if (!code.isEmpty()) {
                offer(code);
                stage.setValue(code);
            }
        });
        anchor.setId("stage-anchor");
        anchor.setLabel(getTranslation("policy.stage.anchor"));
        anchor.setItemLabelGenerator(code -> Labels.anchor(this, code) + " (" + code + ")");
        amount.setId("stage-amount");
        amount.setLabel(getTranslation("policy.stage.amount"));
        amount.setMin(1);
        amount.setMax(PlanEditor.MAX_AMOUNT);
        amount.setStepButtonsVisible(true);
        amount.setManualValidation(true);
        unit = ConfigForm.units(this);
        unit.setId("stage-unit");
        unit.setLabel(getTranslation("policy.stage.unit"));
        recurring.setId("stage-recurring");
        recurring.setLabel(getTranslation("policy.stage.recurring"));
        weeklyOn.setId("stage-weekly");
        weeklyOn.setLabel(getTranslation("policy.stage.weeklyOn"));
        weeklyOn.setItems(DayOfWeek.values());
        weeklyOn.setItemLabelGenerator(d -> d == null ? "" : Labels.of(this, "policy.day.", d.name()));
        weeklyOn.setEmptySelectionAllowed(true);
        weeklyOn.setEmptySelectionCaption(getTranslation("policy.stage.notWeekly"));
        weeklyOn.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                recurring.setValue(true);
            }
        });
        owner.setId("stage-owner");
        owner.setLabel(getTranslation("policy.stage.owner"));
        approvals.setId("stage-approvals");
        approvals.setLabel(getTranslation("policy.stage.approvals"));
        steps.setId("stage-steps");
        steps.setLabel(getTranslation("policy.stage.steps"));
        for (TextField codes : List.of(approvals, steps)) {
            codes.setHelperText(getTranslation("policy.stage.codesHelp"));
        }
        error.setId("stage-error");
        error.addClassName("redress-error");
        error.setVisible(false);
        add(stage, anchor, amount, unit, recurring, weeklyOn, owner, approvals, steps, error);
        setColspan(error, 3);
        clear();
    }

    /** Shows a stage; {@code otherStages} are the plan's other stages, which it may be anchored on. */
    void edit(StageRule rule, List<String> otherStages) {
        setEnabled(true);
        error.setVisible(false);
        amount.setInvalid(false);
        StagePlan clock = rule.clock();
        offer(clock.stage());
        stage.setValue(clock.stage());
        Set<String> anchors = new LinkedHashSet<>();
        anchors.add(StagePlan.RECEIVED);
        anchors.addAll(otherStages);
        anchors.add(clock.anchor());
        anchor.setItems(List.copyOf(anchors));
        anchor.setValue(clock.anchor());
        amount.setValue(clock.amount());
        unit.setValue(clock.unit());
        weeklyOn.setValue(clock.weeklyOn());
        recurring.setValue(clock.recurring());
        owner.setValue(rule.owner() == null ? "" : rule.owner());
        approvals.setValue(Labels.joined(rule.approvals()));
        steps.setValue(Labels.joined(rule.mandatorySteps()));
    }

    /** Empties and disables the form while no stage is selected. */
    void clear() {
        stage.clear();
        anchor.clear();
        amount.clear();
        unit.clear();
        weeklyOn.clear();
        recurring.clear();
        owner.clear();
        approvals.clear();
        steps.clear();
        error.setVisible(false);
        setEnabled(false);
    }

    /** The stage as edited, or empty with the reason shown when the clock cannot be built from it. */
    Optional<StageRule> read() {
        error.setVisible(false);
        amount.setInvalid(false);
        if (stage.isEmpty() || anchor.isEmpty() || amount.isEmpty() || unit.isEmpty()) {
            return fail(getTranslation("policy.stage.incomplete"));
        }
        if (amount.getValue() < 1) {
            amount.setErrorMessage(getTranslation("policy.stage.amountPositive"));
            amount.setInvalid(true);
            return fail(getTranslation("policy.stage.amountPositive"));
        }
        try {
            StagePlan clock = new StagePlan(stage.getValue(), anchor.getValue(), amount.getValue(), unit.getValue(),
                    recurring.getValue() || weeklyOn.getValue() != null, weeklyOn.getValue());
            String ownerCode = owner.getValue().strip().toUpperCase(Locale.ROOT);
            return Optional.of(new StageRule(clock, ownerCode.isEmpty() ? null : ownerCode,
                    upper(Labels.codes(approvals.getValue())), upper(Labels.codes(steps.getValue()))));
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        }
    }

    String stageLabel(String code) {
        String name = Labels.stage(this, code);
        return name.equals(code) ? code : name + " (" + code + ")";
    }

    private void offer(String code) {
        if (!stageChoices.contains(code)) {
            stageChoices.add(code);
            stage.setItems(stageChoices);
        }
    }

    private Optional<StageRule> fail(String message) {
        error.setText(message);
        error.setVisible(true);
        return Optional.empty();
    }

    String error() {
        return error.isVisible() ? error.getText() : null;
    }

    private static List<String> upper(List<String> codes) {
        return codes.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
    }
}
