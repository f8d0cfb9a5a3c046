package io.redress.ui.calendar;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import io.redress.core.sla.CalendarAdministration.Hours;

import java.time.Duration;

/** One working interval of a weekday, from a time to a time, under one error message. */
class IntervalField extends CustomField<Hours> {

    private static final Duration STEP = Duration.ofMinutes(15);

    final TimePicker start = picker();
    final TimePicker end = picker();

    IntervalField(Hours hours) {
        start.setAriaLabel(getTranslation("calendar.interval.start"));
        end.setAriaLabel(getTranslation("calendar.interval.end"));
        HorizontalLayout row = new HorizontalLayout(start, new Span("–"), end);
        row.setPadding(false);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        add(row);
        setValue(hours);
        start.addValueChangeListener(e -> updateValue());
        end.addValueChangeListener(e -> updateValue());
    }

    private static TimePicker picker() {
        TimePicker picker = new TimePicker();
        picker.setStep(STEP);
        picker.setManualValidation(true);
        picker.setWidth("7em");
        return picker;
    }

    @Override
    protected Hours generateModelValue() {
        return new Hours(start.getValue(), end.getValue());
    }

    @Override
    protected void setPresentationValue(Hours hours) {
        start.setValue(hours == null ? null : hours.start());
        end.setValue(hours == null ? null : hours.end());
    }
}
