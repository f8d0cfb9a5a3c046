package io.redress.ui.approval;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.redress.core.InvalidInputException;
import io.redress.core.NotAllowedException;
import io.redress.core.NotFoundException;
import io.redress.core.approval.ApprovalDesk;
import io.redress.core.approval.ApprovalFile;
import io.redress.core.approval.ApprovedContent;
import io.redress.core.identity.Caller;
import io.redress.core.plugin.PluginFaultException;
import io.redress.core.sla.ClockStateException;
import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.DecisionType;
import io.redress.plugin.api.Money;
import io.redress.ui.i18n.Labels;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The approvals section of the case view: every decision of the case put to approval (plans, refunds, compensations,
 * purchases, extensions, closures) with its status and the rule that routed it, and for the members who work the case
 * a form to put one to approval — the tenant's chain decides who signs, in the approvals inbox. A closure the policy
 * puts to approval is asked for here; its last signature closes the case.
 */
public class CaseApprovals extends VerticalLayout {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ApprovalDesk desk;
    private final Grid<ApprovalFile> grid = new Grid<>();
    private final Select<DecisionType> type = new Select<>();
    private final BigDecimalField amount = new BigDecimalField();
    private final TextField currency = new TextField();
    private final TextField subject = new TextField();
    private final Select<String> stage = new Select<>();
    private final IntegerField extendBy = new IntegerField();
    private final Select<DeadlineUnit> unit = new Select<>();
    private final Button request = new Button();
    private final HorizontalLayout form;
    private Caller caller;
    private String caseNumber;
    private ZoneId zone = ZoneId.of("UTC");
    private Runnable changed = () -> { };

    public CaseApprovals(ApprovalDesk desk) {
        this.desk = desk;
        setId("case-approvals-section");
        setPadding(false);
        grid.setId("case-approvals");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(f -> getTranslation("approval.type." + f.type().name()) + " v" + f.version())
                .setHeader(getTranslation("approvals.type")).setKey("type").setAutoWidth(true);
        grid.addColumn(f -> getTranslation("approval.status." + f.status().name()))
                .setHeader(getTranslation("approvals.status")).setKey("status").setAutoWidth(true);
        grid.addColumn(SignatureDialog::amount).setHeader(getTranslation("approvals.amount")).setKey("amount").setAutoWidth(true);
        grid.addColumn(ApprovalFile::subject).setHeader(getTranslation("approvals.subject")).setKey("subject").setFlexGrow(1);
        grid.addColumn(ApprovalFile::rule).setHeader(getTranslation("approvals.rule")).setKey("rule").setAutoWidth(true);
        grid.addColumn(f -> at(f.requestedAt()) + " · " + f.requestedBy())
                .setHeader(getTranslation("approvals.requested")).setKey("requested").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("approvals.noneOnCase"));

        type.setId("approval-request-type");
        type.setLabel(getTranslation("approvals.type"));
        type.setItems(Arrays.stream(DecisionType.values()).filter(t -> t != DecisionType.PLAN).toList());
        type.setItemLabelGenerator(t -> getTranslation("approval.type." + t.name()));
        type.addValueChangeListener(e -> showFieldsOf(e.getValue()));
        amount.setId("approval-request-amount");
        amount.setLabel(getTranslation("approvals.amount"));
        currency.setId("approval-request-currency");
        currency.setLabel(getTranslation("approvals.currency"));
        currency.setPattern("[A-Z]{3}");
        currency.setMaxLength(3);
        currency.setWidth("6em");
        subject.setId("approval-request-subject");
        subject.setLabel(getTranslation("approvals.subject"));
        subject.setMaxLength(2000);
        subject.setWidth("20em");
        stage.setId("approval-request-stage");
        stage.setLabel(getTranslation("approvals.stage"));
        stage.setItemLabelGenerator(code -> Labels.stage(this, code));
        extendBy.setId("approval-request-extend-by");
        extendBy.setLabel(getTranslation("approvals.extendBy"));
        extendBy.setMin(1);
        extendBy.setWidth("7em");
        unit.setId("approval-request-unit");
        unit.setLabel(getTranslation("approvals.unit"));
        unit.setItems(DeadlineUnit.values());
        unit.setItemLabelGenerator(u -> getTranslation("policy.unit." + u.name()));
        request.setId("approval-request");
        request.setText(getTranslation("approvals.request"));
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        request.addClickListener(e -> request());
        form = new HorizontalLayout(type, amount, currency, stage, extendBy, unit, subject, request);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        showFieldsOf(null);
        add(new H3(getTranslation("approvals.ofCase")), grid, form);
    }

    /**
     * Shows the case's requests; the form only to those who work the case, and only while it is open.
     *
     * @param stages   the stages of the case's clocks, for an extension
     * @param onChange called after a request was made (its approval may have moved the case)
     */
    public void show(Caller signedIn, String number, ZoneId tenantZone, boolean mayRequest, List<String> stages, Runnable onChange) {
        caller = signedIn;
        caseNumber = number;
        zone = tenantZone;
        changed = onChange;
        stage.setItems(stages);
        form.setVisible(mayRequest);
        refresh();
    }

    private void refresh() {
        try {
            grid.setItems(desk.ofCase(caller.tenant(), caseNumber));
        } catch (NotFoundException e) {
            grid.setItems(List.of());
        }
    }

    private void showFieldsOf(DecisionType chosen) {
        boolean money = chosen == DecisionType.REFUND || chosen == DecisionType.COMPENSATION || chosen == DecisionType.PURCHASE;
        boolean extension = chosen == DecisionType.EXTENSION;
        amount.setVisible(money);
        currency.setVisible(money);
        stage.setVisible(extension);
        extendBy.setVisible(extension);
        unit.setVisible(extension);
    }

    /** Puts the decision in the form to approval. */
    void request() {
        DecisionType chosen = type.getValue();
        if (chosen == null) {
            refused(getTranslation("approvals.field.type") + ": " + getTranslation("approvals.required"));
            return;
        }
        if (subject.getValue().isBlank()) {
            refused(getTranslation("approvals.field.subject") + ": " + getTranslation("approvals.required"));
            return;
        }
        Money money = null;
        ApprovedContent.Extension extension = null;
        try {
            if (amount.isVisible() && amount.getValue() != null) {
                money = Money.of(amount.getValue().toPlainString(), currency.getValue().strip().toUpperCase(java.util.Locale.ROOT));
            }
            if (chosen == DecisionType.EXTENSION) {
                if (stage.getValue() == null || extendBy.getValue() == null || extendBy.getValue() < 1 || unit.getValue() == null) {
                    refused(getTranslation("approvals.field.stage") + ": " + getTranslation("approvals.extensionNeeds"));
                    return;
                }
                extension = new ApprovedContent.Extension(stage.getValue(), extendBy.getValue(), unit.getValue());
            }
        } catch (IllegalArgumentException e) {
            refused(getTranslation("approvals.field.amount.currency") + ": " + e.getMessage());
            return;
        }
        try {
            ApprovalFile made = desk.request(caller.tenant(), caseNumber, chosen, money, subject.getValue().strip(), extension, caller);
            subject.clear();
            amount.clear();
            refresh();
            Notification.show(getTranslation("approvals.requested." + made.status().name(),
                    getTranslation("approval.type." + made.type().name()))).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            changed.run();
        } catch (InvalidInputException e) {
            refused(e.errors().stream().map(f -> getTranslation("approvals.field." + f.field()) + ": " + f.message())
                    .collect(Collectors.joining("; ")));
        } catch (NotAllowedException | NotFoundException | ClockStateException | PluginFaultException e) {
            refused(e.getMessage());
        }
    }

    private void refused(String why) {
        Notification.show(getTranslation("approvals.refused", why)).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private String at(Instant instant) {
        return instant == null ? "—" : AT.format(instant.atZone(zone));
    }
}
