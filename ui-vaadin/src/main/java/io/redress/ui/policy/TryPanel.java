package io.redress.ui.policy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import io.redress.core.policy.PolicyPreview;
import io.redress.plugin.api.Channel;
import io.redress.plugin.api.ComplaintFacts;
import io.redress.plugin.api.Emotion;
import io.redress.plugin.api.ExchangeRates;
import io.redress.plugin.api.Impact;
import io.redress.plugin.api.Money;
import io.redress.plugin.api.RiskFlag;
import io.redress.ui.i18n.Labels;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * "Which grade and which deadlines would this get?": a complaint's facts, tried against the draft policy before it
 * is saved. The view does the trying ({@link Trial}); this panel takes the facts in and shows the answer.
 */
class TryPanel extends VerticalLayout {

    /** Runs the draft on the facts; null when the draft could not be tried (the view then shows why). */
    @FunctionalInterface
    interface Trial {
        PolicyPreview run(ComplaintFacts facts, Instant receivedAt, String region);
    }

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    final Select<Channel> channel = new Select<>();
    final DateTimePicker receivedAt = new DateTimePicker();
    final Select<String> region = new Select<>();
    final BigDecimalField loss = new BigDecimalField();
    final ComboBox<String> currency = ConfigForm.currencies();
    final IntegerField complainants = new IntegerField();
    final Select<Impact> impact = new Select<>();
    final Select<Emotion> emotion = new Select<>();
    final MultiSelectComboBox<RiskFlag> flags = new MultiSelectComboBox<>();
    final Button run = new Button();
    private final Span result = new Span();
    private final Grid<PolicyPreview.Due> deadlines = new Grid<>();
    private final Clock clock;
    private final Trial trial;
    private final ZoneId zone;

    /** @param zone the zone the time of receipt is entered and the deadlines are shown in */
    TryPanel(Clock clock, ZoneId zone, Trial trial) {
        this.clock = clock;
        this.zone = zone;
        this.trial = trial;
        setId("policy-try");
        setPadding(false);
        channel.setId("try-channel");
        channel.setLabel(getTranslation("policy.try.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> Labels.value(this, c.name()));
        channel.setValue(Channel.PHONE);
        receivedAt.setId("try-received-at");
        receivedAt.setLabel(getTranslation("policy.try.receivedAt", zone.getId()));
        region.setId("try-region");
        region.setLabel(getTranslation("policy.try.region"));
        loss.setId("try-loss");
        loss.setLabel(getTranslation("policy.try.loss"));
        currency.setId("try-currency");
        currency.setLabel(getTranslation("policy.try.currency"));
        currency.setValue(CNY.getCurrencyCode());
        complainants.setId("try-complainants");
        complainants.setLabel(getTranslation("policy.try.complainants"));
        complainants.setMin(1);
        complainants.setStepButtonsVisible(true);
        complainants.setManualValidation(true);
        complainants.setValue(1);
        impact.setId("try-impact");
        impact.setLabel(getTranslation("policy.try.impact"));
        impact.setItems(Impact.values());
        impact.setItemLabelGenerator(i -> i == null ? "" : Labels.value(this, i.name()));
        impact.setEmptySelectionAllowed(true);
        impact.setEmptySelectionCaption(getTranslation("policy.try.notJudged"));
        emotion.setId("try-emotion");
        emotion.setLabel(getTranslation("policy.try.emotion"));
        emotion.setItems(Emotion.values());
        emotion.setItemLabelGenerator(e -> e == null ? "" : Labels.value(this, e.name()));
        emotion.setEmptySelectionAllowed(true);
        emotion.setEmptySelectionCaption(getTranslation("policy.try.notJudged"));
        flags.setId("try-flags");
        flags.setLabel(getTranslation("policy.try.flags"));
        flags.setItems(RiskFlag.values());
        flags.setItemLabelGenerator(f -> Labels.value(this, f.name()));
        run.setText(getTranslation("policy.try.run"));
        run.setId("try-run");
        run.addClickListener(e -> tryIt());
        result.setId("try-result");
        deadlines.setId("try-deadlines");
        deadlines.addThemeVariants(GridVariant.LUMO_COMPACT);
        deadlines.setAllRowsVisible(true);
        deadlines.addColumn(d -> Labels.stage(this, d.stage())).setHeader(getTranslation("policy.try.stage")).setKey("stage")
                .setAutoWidth(true);
        deadlines.addColumn(this::due).setHeader(getTranslation("policy.try.due", zone.getId())).setKey("due")
                .setAutoWidth(true);
        deadlines.setVisible(false);

        FormLayout facts = new FormLayout(channel, receivedAt, region, new HorizontalLayout(loss, currency), complainants,
                impact, emotion, flags);
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(new Paragraph(getTranslation("policy.try.help")), facts, run, result, deadlines);
    }

    void setRegions(List<String> codes) {
        region.setItems(codes);
        if (!codes.isEmpty()) {
            region.setValue(codes.get(0));
        }
        if (receivedAt.isEmpty()) {
            receivedAt.setValue(LocalDateTime.ofInstant(clock.instant(), zone).truncatedTo(ChronoUnit.MINUTES));
        }
    }

    /** The facts as entered; null, with the field marked, when the number of complainants is missing. */
    ComplaintFacts facts() {
        complainants.setInvalid(false);
        if (complainants.isEmpty() || complainants.getValue() < 1) {
            complainants.setErrorMessage(getTranslation("policy.try.complainantsInvalid"));
            complainants.setInvalid(true);
            return null;
        }
        Money claimed = loss.isEmpty() ? null
                : new Money(loss.getValue(), Currency.getInstance(currency.isEmpty() ? CNY.getCurrencyCode() : currency.getValue()));
        // the platform puts the tenant's own exchange rates in place of these
        return new ComplaintFacts(channel.isEmpty() ? Channel.PHONE : channel.getValue(), complainants.getValue(), claimed,
                impact.getValue(), emotion.getValue(), Set.copyOf(flags.getValue()), null, ExchangeRates.only(CNY));
    }

    private void tryIt() {
        ComplaintFacts facts = facts();
        if (facts == null) {
            return;
        }
        Instant at = receivedAt.isEmpty() ? clock.instant() : receivedAt.getValue().atZone(zone).toInstant();
        show(trial.run(facts, at, region.getValue()));
    }

    /** Shows a preview; null clears the answer. */
    void show(PolicyPreview preview) {
        result.removeClassName("redress-error");
        if (preview == null) {
            result.setText("");
            deadlines.setVisible(false);
            return;
        }
        if (preview.grade() == null) {
            result.setText(getTranslation("policy.try.fault", preview.fault()));
            result.addClassName("redress-error");
            deadlines.setVisible(false);
            return;
        }
        result.setText(getTranslation("policy.try.result", preview.grade().label().in(getLocale()), preview.grade().code(),
                preview.rule()));
        deadlines.setItems(preview.deadlines());
        deadlines.setVisible(true);
    }

    private String due(PolicyPreview.Due d) {
        return d.dueAt() == null ? getTranslation("policy.try.waitsFor", Labels.anchor(this, d.anchor()))
                : DUE.format(d.dueAt().atZone(zone));
    }

    String result() {
        return result.getText();
    }

    Grid<PolicyPreview.Due> deadlines() {
        return deadlines;
    }
}
