package io.redress.ui.calendar;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import io.redress.core.sla.CalendarAdministration;
import io.redress.core.sla.CalendarDay;
import io.redress.ui.i18n.Labels;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The working intervals of the next days under the calendar as edited, before it is saved: each day's kind and its
 * intervals in the calendar's local time, prayer breaks already cut out.
 */
class CalendarPreview extends VerticalLayout {

    static final int DEFAULT_DAYS = 14;
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    final DatePicker from = new DatePicker();
    final IntegerField days = new IntegerField();
    private final Grid<CalendarDay> grid = new Grid<>();
    private final Paragraph unavailable = new Paragraph();

    CalendarPreview(Runnable onChange) {
        setId("calendar-preview");
        setPadding(false);
        from.setId("calendar-preview-from");
        from.setLabel(getTranslation("calendar.preview.from"));
        from.addValueChangeListener(e -> onChange.run());
        days.setId("calendar-preview-days");
        days.setLabel(getTranslation("calendar.preview.days"));
        days.setMin(1);
        days.setMax(CalendarAdministration.MAX_PREVIEW_DAYS);
        days.setStepButtonsVisible(true);
        days.setValue(DEFAULT_DAYS);
        days.addValueChangeListener(e -> onChange.run());
        grid.setId("calendar-preview-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(d -> d.date().toString()).setHeader(getTranslation("calendar.preview.date")).setKey("date")
                .setAutoWidth(true);
        grid.addColumn(d -> Labels.of(this, "policy.day.", d.date().getDayOfWeek().name()))
                .setHeader(getTranslation("calendar.preview.weekday")).setKey("weekday").setAutoWidth(true);
        grid.addComponentColumn(this::kind).setHeader(getTranslation("calendar.preview.kind")).setKey("kind").setAutoWidth(true);
        grid.addColumn(CalendarPreview::intervals).setHeader(getTranslation("calendar.preview.intervals")).setKey("intervals")
                .setFlexGrow(1);
        unavailable.setId("calendar-preview-unavailable");
        unavailable.setText(getTranslation("calendar.preview.unavailable"));
        unavailable.addClassName("redress-error");
        unavailable.setVisible(false);
        HorizontalLayout range = new HorizontalLayout(from, days);
        range.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(range, unavailable, grid);
    }

    /** The days to show, or null when the calendar as edited cannot be previewed. */
    void show(List<CalendarDay> shown) {
        unavailable.setVisible(shown == null);
        grid.setVisible(shown != null);
        grid.setItems(shown == null ? List.of() : shown);
    }

    int dayCount() {
        return days.isEmpty() ? DEFAULT_DAYS : days.getValue();
    }

    Grid<CalendarDay> grid() {
        return grid;
    }

    boolean unavailable() {
        return unavailable.isVisible();
    }

    private Component kind(CalendarDay day) {
        Span span = new Span(Labels.of(this, "calendar.kind.", day.kind().name()));
        span.addClassName("redress-day-" + day.kind().name().toLowerCase().replace('_', '-'));
        return span;
    }

    /** "08:00–12:00, 13:00–17:00", or a dash for a day without working time. */
    static String intervals(CalendarDay day) {
        if (day.intervals().isEmpty()) {
            return "—";
        }
        return day.intervals().stream().map(i -> HOURS.format(i.local().start()) + "–" + HOURS.format(i.local().end()))
                .collect(Collectors.joining(", "));
    }
}
