package io.redress.ui.calendar;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.redress.ui.i18n.Labels;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/** A set of dates — the holidays, or the make-up working days — in date order, added with a picker. */
class DateList extends VerticalLayout {

    private final TreeSet<LocalDate> dates = new TreeSet<>();
    private final Runnable onChange;
    final DatePicker picker = new DatePicker();
    final Button add = new Button();
    private final Grid<LocalDate> grid = new Grid<>();
    private final Span error = new Span();

    /** @param id the prefix of the ids: {@code <id>}, {@code <id>-picker}, {@code <id>-add}, {@code <id>-grid} */
    DateList(String id, String label, String help, Runnable onChange) {
        this.onChange = onChange;
        setId(id);
        setPadding(false);
        picker.setId(id + "-picker");
        picker.setLabel(label);
        picker.setHelperText(help);
        picker.setManualValidation(true);
        add.setId(id + "-add");
        add.setText(getTranslation("calendar.date.add"));
        add.addClickListener(e -> addPicked());
        grid.setId(id + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setWidth("24em");
        grid.addColumn(LocalDate::toString).setHeader(getTranslation("calendar.date.date")).setKey("date").setAutoWidth(true);
        grid.addColumn(d -> Labels.of(this, "policy.day.", d.getDayOfWeek().name()))
                .setHeader(getTranslation("calendar.date.weekday")).setKey("weekday").setAutoWidth(true);
        grid.addComponentColumn(d -> {
            Button remove = new Button(getTranslation("calendar.date.remove"), e -> {
                dates.remove(d);
                refresh();
                onChange.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setKey("remove").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("calendar.date.none"));
        error.addClassName("redress-error");
        error.setVisible(false);
        HorizontalLayout pick = new HorizontalLayout(picker, add);
        pick.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(pick, error, grid);
    }

    void show(List<LocalDate> shown) {
        dates.clear();
        dates.addAll(shown);
        picker.clear();
        refresh();
    }

    List<LocalDate> dates() {
        return List.copyOf(dates);
    }

    Grid<LocalDate> grid() {
        return grid;
    }

    void showError(String message) {
        error.setText(error.isVisible() ? error.getText() + "; " + message : message);
        error.setVisible(true);
    }

    void clearErrors() {
        error.setText("");
        error.setVisible(false);
    }

    String errorText() {
        return error.isVisible() ? error.getText() : "";
    }

    private void addPicked() {
        if (picker.isEmpty() || !dates.add(picker.getValue())) {
            return;
        }
        picker.clear();
        refresh();
        onChange.run();
    }

    private void refresh() {
        grid.setItems(List.copyOf(dates));
    }
}
