package io.redress.ui.calendar;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import io.redress.core.sla.CalendarAdministration.PrayerBreaksDraft;
import io.redress.core.sla.PrayerBreaks;
import io.redress.ui.i18n.Labels;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The optional breaks at the day's prayer times (offices in the Middle East): where, by which calculation, how long
 * and for which prayers. The platform computes the times for each date; the preview shows the day cut by them.
 */
class PrayerBreaksForm extends VerticalLayout {

    /** The API's field under {@code prayerBreaks.}, and the input that shows its errors. */
    private final Map<String, HasValidation> inputs = new LinkedHashMap<>();
    final Checkbox enabled = new Checkbox();
    final NumberField latitude = new NumberField();
    final NumberField longitude = new NumberField();
    final Select<PrayerBreaks.Method> method = new Select<>();
    final IntegerField minutes = new IntegerField();
    final MultiSelectComboBox<PrayerBreaks.Prayer> prayers = new MultiSelectComboBox<>();
    private final FormLayout fields = new FormLayout();
    private final Span error = new Span();

    PrayerBreaksForm(Runnable onChange) {
        setId("calendar-prayer");
        setPadding(false);
        enabled.setId("calendar-prayer-enabled");
        enabled.setLabel(getTranslation("calendar.prayer.enabled"));
        latitude.setId("calendar-prayer-latitude");
        latitude.setLabel(getTranslation("calendar.prayer.latitude"));
        latitude.setHelperText(getTranslation("calendar.prayer.latitudeHelp"));
        longitude.setId("calendar-prayer-longitude");
        longitude.setLabel(getTranslation("calendar.prayer.longitude"));
        longitude.setHelperText(getTranslation("calendar.prayer.longitudeHelp"));
        for (NumberField degrees : new NumberField[] {latitude, longitude}) {
            degrees.setManualValidation(true);
            degrees.setStep(0.0001);
        }
        method.setId("calendar-prayer-method");
        method.setLabel(getTranslation("calendar.prayer.method"));
        method.setItems(PrayerBreaks.Method.values());
        method.setItemLabelGenerator(m -> m == null ? "" : Labels.of(this, "calendar.method.", m.name()));
        method.setManualValidation(true);
        minutes.setId("calendar-prayer-minutes");
        minutes.setLabel(getTranslation("calendar.prayer.minutes"));
        minutes.setMin(PrayerBreaks.MIN_MINUTES);
        minutes.setMax(PrayerBreaks.MAX_MINUTES);
        minutes.setStepButtonsVisible(true);
        minutes.setManualValidation(true);
        prayers.setId("calendar-prayer-prayers");
        prayers.setLabel(getTranslation("calendar.prayer.prayers"));
        prayers.setItems(PrayerBreaks.Prayer.values());
        prayers.setItemLabelGenerator(p -> Labels.of(this, "calendar.prayer.", p.name()));
        prayers.setManualValidation(true);
        inputs.put("latitude", latitude);
        inputs.put("longitude", longitude);
        inputs.put("method", method);
        inputs.put("minutes", minutes);
        inputs.put("prayers", prayers);
        fields.add(latitude, longitude, method, minutes, prayers);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        error.addClassName("redress-error");
        error.setVisible(false);
        enabled.addValueChangeListener(e -> {
            fields.setVisible(e.getValue());
            onChange.run();
        });
        latitude.addValueChangeListener(e -> onChange.run());
        longitude.addValueChangeListener(e -> onChange.run());
        method.addValueChangeListener(e -> onChange.run());
        minutes.addValueChangeListener(e -> onChange.run());
        prayers.addValueChangeListener(e -> onChange.run());
        add(enabled, error, fields);
    }

    /** Shows the breaks; none leaves the section switched off with the usual length and the midday prayers ready. */
    void show(PrayerBreaksDraft breaks) {
        enabled.setValue(breaks != null);
        fields.setVisible(breaks != null);
        latitude.setValue(breaks == null ? null : breaks.latitude());
        longitude.setValue(breaks == null ? null : breaks.longitude());
        method.setValue(breaks == null ? null : breaks.method());
        minutes.setValue(breaks == null || breaks.minutes() == null ? PrayerBreaks.DEFAULT_MINUTES : breaks.minutes());
        prayers.setValue(breaks == null ? EnumSet.of(PrayerBreaks.Prayer.DHUHR, PrayerBreaks.Prayer.ASR) : breaks.prayers());
    }

    /** Null when the calendar has no prayer breaks. */
    PrayerBreaksDraft draft() {
        if (!enabled.getValue()) {
            return null;
        }
        Set<PrayerBreaks.Prayer> chosen = prayers.getValue();
        return new PrayerBreaksDraft(latitude.getValue(), longitude.getValue(), method.getValue(), minutes.getValue(),
                chosen.isEmpty() ? Set.of() : EnumSet.copyOf(chosen));
    }

    /** Marks the input of {@code field} ({@code latitude}, {@code prayers[1]} …), or the section when none is named. */
    void showError(String field, String message) {
        String key = field.replaceFirst("\\[.*$", "");
        HasValidation input = inputs.get(key);
        if (input == null) {
            error.setText(error.isVisible() ? error.getText() + "; " + message : message);
            error.setVisible(true);
            return;
        }
        input.setErrorMessage(input.isInvalid() ? input.getErrorMessage() + "; " + message : message);
        input.setInvalid(true);
    }

    void clearErrors() {
        inputs.values().forEach(input -> {
            input.setInvalid(false);
            input.setErrorMessage(null);
        });
        error.setText("");
        error.setVisible(false);
    }
}
