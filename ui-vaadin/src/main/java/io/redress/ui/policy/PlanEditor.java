package io.redress.ui.policy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import io.redress.core.policy.GradePlan;
import io.redress.core.policy.StageRule;
import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.GradeDefinition;
import io.redress.plugin.api.StagePlan;
import io.redress.ui.i18n.Labels;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The handling plan of each grade as a table of stages, one tab per grade. A selected stage is edited in the form
 * below the tables; stages can be added, removed and moved. {@link #plans} checks the tables as the API checks
 * handling plans, with the same field paths and messages.
 */
public class PlanEditor extends VerticalLayout {

    /** The API's bounds of a stage code and of a clock's amount. */
    static final String CODE = "[A-Z][A-Z0-9_]{1,63}";
    static final int MAX_AMOUNT = 100_000;

    /** A row of a plan table; its identity keeps the selection while its stage is edited or moved. */
    static final class Row {
        StageRule rule;

        Row(StageRule rule) {
            this.rule = rule;
        }
    }

    private final Map<String, List<Row>> rows = new LinkedHashMap<>();
    private final Map<String, Grid<Row>> grids = new LinkedHashMap<>();
    private final Map<Tab, String> gradeOfTab = new LinkedHashMap<>();
    private TabSheet tabs = new TabSheet();
    private final StageForm form = new StageForm();
    private final Button apply = button("stage-apply", "policy.stage.apply", this::applyEdit);
    private final Button remove = button("stage-remove", "policy.stage.remove", this::removeSelected);
    private final Button up = button("stage-up", "policy.stage.up", () -> move(-1));
    private final Button down = button("stage-down", "policy.stage.down", () -> move(1));

    public PlanEditor() {
        setId("policy-plans");
        setPadding(false);
        Button add = button("stage-add", "policy.stage.add", this::addStage);
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(add, remove, up, down, apply);
        actions.setPadding(false);
        add(tabs, actions, form);
        select(null);
    }

    /** Shows one table per grade, mildest first; a grade without a plan starts with an empty table. */
    public void show(List<GradeDefinition> grades, Map<String, GradePlan> plans) {
        rows.clear();
        grids.clear();
        gradeOfTab.clear();
        TabSheet fresh = new TabSheet();
        fresh.setId("policy-plan-tabs");
        fresh.setWidthFull();
        for (GradeDefinition grade : grades) {
            List<Row> list = new ArrayList<>();
            GradePlan plan = plans.get(grade.code());
            if (plan != null) {
                plan.stages().forEach(rule -> list.add(new Row(rule)));
            }
            rows.put(grade.code(), list);
            Grid<Row> grid = table(grade.code(), list);
            grids.put(grade.code(), grid);
            Tab tab = fresh.add(grade.label().in(getLocale()), grid);
            tab.setId("plan-tab-" + grade.code());
            gradeOfTab.put(tab, grade.code());
        }
        fresh.addSelectedChangeListener(e -> {
            grids.values().forEach(Grid::deselectAll);
            select(null);
        });
        replace(tabs, fresh);
        tabs = fresh;
        select(null);
    }

    /**
     * The plans as tabled, checked as the API checks them ({@code handlingPlans.MAJOR[2].anchor}); a grade with a
     * problem is left out and its problems are added to {@code errors}.
     */
    public Map<String, GradePlan> plans(List<FieldError> errors) {
        Map<String, GradePlan> plans = new LinkedHashMap<>();
        rows.forEach((grade, list) -> {
            int before = errors.size();
            Set<String> earlier = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                check(list.get(i).rule, "handlingPlans." + grade + "[" + i + "]", earlier, errors);
                earlier.add(list.get(i).rule.stage());
            }
            if (errors.size() == before) {
                try {
                    plans.put(grade, new GradePlan(list.stream().map(r -> r.rule).toList()));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError("handlingPlans." + grade, e.getMessage()));
                }
            }
        });
        return plans;
    }

    private static void check(StageRule rule, String path, Set<String> earlier, List<FieldError> errors) {
        StagePlan clock = rule.clock();
        if (!clock.stage().matches(CODE)) {
            errors.add(new FieldError(path + ".stage", "must be an upper-case code such as RESOLUTION"));
        } else if (earlier.contains(clock.stage())) {
            errors.add(new FieldError(path + ".stage", "appears twice in the plan"));
        }
        if (!clock.anchor().matches(CODE)) {
            errors.add(new FieldError(path + ".anchor", "must be RECEIVED or the code of a stage listed before"));
        } else if (!clock.anchoredOnReceipt() && !earlier.contains(clock.anchor())) {
            errors.add(new FieldError(path + ".anchor", "must be RECEIVED or a stage listed before this one"));
        }
        if (clock.amount() > MAX_AMOUNT) {
            errors.add(new FieldError(path + ".amount", "must be a whole number from 1 to " + MAX_AMOUNT));
        }
        if (rule.owner() != null && !rule.owner().matches(CODE)) {
            errors.add(new FieldError(path + ".owner", "must be an upper-case code such as REGIONAL_CENTRE"));
        }
        codes(rule.approvals(), path + ".approvals", errors);
        codes(rule.mandatorySteps(), path + ".mandatorySteps", errors);
    }

    private static void codes(List<String> codes, String path, List<FieldError> errors) {
        for (int i = 0; i < codes.size(); i++) {
            if (!codes.get(i).matches(CODE)) {
                errors.add(new FieldError(path + "[" + i + "]", "must be an upper-case code such as MANAGEMENT"));
            }
        }
    }

    private Grid<Row> table(String grade, List<Row> list) {
        Grid<Row> grid = new Grid<>();
        grid.setId("plan-grid-" + grade);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> form.stageLabel(r.rule.stage())).setHeader(getTranslation("policy.stage.stage"))
                .setKey("stage").setAutoWidth(true);
        grid.addColumn(r -> Labels.anchor(this, r.rule.clock().anchor())).setHeader(getTranslation("policy.stage.anchor"))
                .setKey("anchor").setAutoWidth(true);
        grid.addColumn(r -> r.rule.clock().amount()).setHeader(getTranslation("policy.stage.amount")).setKey("amount");
        grid.addColumn(r -> unit(r.rule.clock().unit())).setHeader(getTranslation("policy.stage.unit")).setKey("unit")
                .setAutoWidth(true);
        grid.addColumn(r -> repeat(r.rule.clock())).setHeader(getTranslation("policy.stage.repeat")).setKey("repeat")
                .setAutoWidth(true);
        grid.addColumn(r -> r.rule.owner() == null ? "—" : r.rule.owner()).setHeader(getTranslation("policy.stage.owner"))
                .setKey("owner").setAutoWidth(true);
        grid.addColumn(r -> Labels.joined(r.rule.approvals())).setHeader(getTranslation("policy.stage.approvals"))
                .setKey("approvals").setAutoWidth(true);
        grid.addColumn(r -> Labels.joined(r.rule.mandatorySteps())).setHeader(getTranslation("policy.stage.steps"))
                .setKey("steps").setAutoWidth(true);
        grid.setItems(list);
        grid.setEmptyStateText(getTranslation("policy.stage.none"));
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
        return grid;
    }

    private String unit(DeadlineUnit unit) {
        return Labels.of(this, "policy.unit.", unit.name());
    }

    private String repeat(StagePlan clock) {
        if (clock.weeklyOn() != null) {
            return getTranslation("policy.stage.every", Labels.of(this, "policy.day.", clock.weeklyOn().name()));
        }
        return getTranslation(clock.recurring() ? "policy.stage.recurring" : "policy.stage.once");
    }

    private void select(Row row) {
        boolean selected = row != null;
        for (Button b : List.of(apply, remove, up, down)) {
            b.setEnabled(selected);
        }
        if (!selected) {
            form.clear();
            return;
        }
        List<String> others = currentRows().stream().filter(r -> r != row).map(r -> r.rule.stage()).toList();
        form.edit(row.rule, others);
    }

    /** The grade of the tab in front, if there are grades. */
    public Optional<String> selectedGrade() {
        Tab tab = tabs.getSelectedTab();
        return Optional.ofNullable(tab == null ? null : gradeOfTab.get(tab));
    }

    private List<Row> currentRows() {
        return selectedGrade().map(rows::get).orElse(List.of());
    }

    private Optional<Row> selectedRow() {
        return selectedGrade().map(grids::get).flatMap(g -> g.getSelectedItems().stream().findFirst());
    }

    private void applyEdit() {
        selectedRow().ifPresent(row -> form.read().ifPresent(rule -> {
            row.rule = rule;
            grids.get(selectedGrade().orElseThrow()).getDataProvider().refreshItem(row);
        }));
    }

    private void addStage() {
        selectedGrade().ifPresent(grade -> {
            List<Row> list = rows.get(grade);
            Set<String> used = new HashSet<>();
            list.forEach(r -> used.add(r.rule.stage()));
            String code = StageForm.KNOWN_STAGES.stream().filter(s -> !used.contains(s)).findFirst()
                    .orElseGet(() -> "STAGE_" + (list.size() + 1));
            Row row = new Row(StageRule.of(StagePlan.of(code, StagePlan.RECEIVED, 1, DeadlineUnit.WORKING_DAYS)));
            list.add(row);
            Grid<Row> grid = grids.get(grade);
            grid.getDataProvider().refreshAll();
            grid.select(row);
        });
    }

    private void removeSelected() {
        selectedRow().ifPresent(row -> {
            String grade = selectedGrade().orElseThrow();
            rows.get(grade).remove(row);
            grids.get(grade).getDataProvider().refreshAll();
            grids.get(grade).deselectAll();
        });
    }

    private void move(int by) {
        selectedRow().ifPresent(row -> {
            String grade = selectedGrade().orElseThrow();
            List<Row> list = rows.get(grade);
            int from = list.indexOf(row);
            int to = from + by;
            if (to >= 0 && to < list.size()) {
                Collections.swap(list, from, to);
                grids.get(grade).getDataProvider().refreshAll();
            }
        });
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    public TabSheet tabs() {
        return tabs;
    }

    Grid<Row> grid(String grade) {
        return grids.get(grade);
    }

    StageForm form() {
        return form;
    }
}
