package io.redress.ui.calendar;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.redress.core.sla.CalendarAdministration.Hours;
import io.redress.ui.i18n.Labels;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A weekday's working intervals, as many as the day is split into (08:00–12:00 and 13:00–17:00); none: the day is not
 * worked. Intervals are kept as entered, in order, so that an error about the second one lands on the second one.
 */
class DayHours extends HorizontalLayout {

    private final DayOfWeek day;
    private final Runnable onChange;
    /** The hours a new interval of an idle day starts from: those of the first day that is worked. */
    private final Supplier<List<Hours>> usualHours;
    private final HorizontalLayout intervals = new HorizontalLayout();
    private final Span dayError = new Span();
    private final List<Row> rows = new ArrayList<>();

    /** An interval as shown: its field and the button that removes it, side by side. */
    private record Row(IntervalField field, Button remove, HorizontalLayout item) {
    }

    DayHours(DayOfWeek day, Supplier<List<Hours>> usualHours, Runnable onChange) {
        this.day = day;
        this.usualHours = usualHours;
        this.onChange = onChange;
        setId("calendar-day-" + day.name());
        setAlignItems(FlexComponent.Alignment.CENTER);
        setWidthFull();
        Span name = new Span(Labels.of(this, "policy.day.", day.name()));
        name.setWidth("6em");
        name.addClassName("redress-day-name");
        intervals.setPadding(false);
        intervals.getStyle().set("flex-wrap", "wrap");
        Button add = new Button(getTranslation("calendar.interval.add"), e -> {
            added().forEach(this::addInterval);
            onChange.run();
        });
        add.setId("calendar-add-" + day.name());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        dayError.addClassName("redress-error");
        dayError.setVisible(false);
        add(name, intervals, add, dayError);
    }

    DayOfWeek day() {
        return day;
    }

    void show(List<Hours> hours) {
        intervals.removeAll();
        rows.clear();
        hours.forEach(this::addInterval);
    }

    /** The intervals as entered, empty or not. */
    List<Hours> hours() {
        return fields().stream().map(IntervalField::getValue).toList();
    }

    List<IntervalField> fields() {
        return rows.stream().map(Row::field).toList();
    }

    /** Marks the interval of that index (or, with none, the day) with the message. */
    void showError(Integer index, String message) {
        if (index != null && index >= 0 && index < rows.size()) {
            IntervalField field = rows.get(index).field();
            String before = field.isInvalid() ? field.getErrorMessage() + "; " : "";
            field.setErrorMessage(before + message);
            field.setInvalid(true);
            return;
        }
        dayError.setText(dayError.isVisible() ? dayError.getText() + "; " + message : message);
        dayError.setVisible(true);
    }

    void clearErrors() {
        fields().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        dayError.setText("");
        dayError.setVisible(false);
    }

    private void addInterval(Hours hours) {
        IntervalField field = new IntervalField(hours);
        field.addValueChangeListener(e -> onChange.run());
        Button remove = new Button(getTranslation("calendar.interval.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        HorizontalLayout item = new HorizontalLayout(field, remove);
        item.setPadding(false);
        item.setSpacing(false);
        item.setAlignItems(FlexComponent.Alignment.CENTER);
        Row row = new Row(field, remove, item);
        remove.addClickListener(e -> {
            rows.remove(row);
            intervals.remove(item);
            renumber();
            onChange.run();
        });
        rows.add(row);
        intervals.add(item);
        renumber();
    }

    /** Ids follow the index, as the errors do. */
    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).field().setId("calendar-" + day.name() + "-" + i);
            rows.get(i).remove().setId("calendar-remove-" + day.name() + "-" + i);
        }
    }

    /**
     * An idle day starts from the usual hours, split as they are; a worked day gets one more interval an hour after
     * its last, left empty when that would run past the day.
     */
    private List<Hours> added() {
        if (rows.isEmpty()) {
            List<Hours> usual = usualHours.get();
            return usual.isEmpty() ? List.of(new Hours(LocalTime.of(9, 0), LocalTime.of(18, 0))) : usual;
        }
        LocalTime lastEnd = rows.get(rows.size() - 1).field().getValue().end();
        if (lastEnd == null || lastEnd.isAfter(LocalTime.of(18, 59))) {
            return List.of(new Hours(null, null));
        }
        return List.of(new Hours(lastEnd.plusHours(1), lastEnd.plusHours(5)));
    }
}
