package io.redress.ui.approval;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.redress.core.approval.ApprovalDesk;
import io.redress.core.approval.ApprovalFile;
import io.redress.core.complaint.Inbox;
import io.redress.core.identity.Caller;
import io.redress.plugin.api.Approver;
import io.redress.ui.MainLayout;
import io.redress.ui.session.SignedIn;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * The approvals inbox: every pending request whose current step the signed-in member may sign, themselves or for
 * someone away, or because a missed step was escalated to them — what is to be approved, on which case, which step,
 * until when and whether it was escalated; "sign" opens the signature dialog.
 */
@Route(value = "approvals", layout = MainLayout.class)
@Dependent
public class ApprovalsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ApprovalDesk desk;
    // null when the view is made without it: times are then shown in UTC
    private final Inbox zones;
    private final Grid<ApprovalFile> grid = new Grid<>();
    private DateTimeFormatter when = at(ZoneId.of("UTC"));
    private Caller caller;

    public ApprovalsView(ApprovalDesk desk) {
        this(desk, null);
    }

    /** Due times are shown in the tenant's own zone, named, as the case view does. */
    @Inject
    public ApprovalsView(ApprovalDesk desk, Inbox zones) {
        this.desk = desk;
        this.zones = zones;
        setSizeFull();
        grid.setId("approvals-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(ApprovalFile::caseNumber).setHeader(getTranslation("approvals.case")).setAutoWidth(true).setKey("case");
        grid.addColumn(f -> getTranslation("approval.type." + f.type().name())).setHeader(getTranslation("approvals.type"))
                .setAutoWidth(true).setKey("type");
        grid.addColumn(f -> SignatureDialog.amount(f)).setHeader(getTranslation("approvals.amount")).setAutoWidth(true).setKey("amount");
        grid.addColumn(ApprovalFile::subject).setHeader(getTranslation("approvals.subject")).setFlexGrow(1).setWidth("14rem")
                .setTooltipGenerator(ApprovalFile::subject).setKey("subject");
        grid.addColumn(this::step).setHeader(getTranslation("approvals.step")).setAutoWidth(true).setKey("step");
        grid.addColumn(this::due).setHeader(getTranslation("approvals.due")).setAutoWidth(true).setKey("due");
        grid.addColumn(this::escalation).setHeader(getTranslation("approvals.escalation")).setAutoWidth(true).setKey("escalation");
        grid.setPartNameGenerator(f -> f.escalatedToYou() ? "escalated-to-you" : null);
        grid.addComponentColumn(this::signButton).setHeader("").setAutoWidth(true).setKey("sign");
        grid.setEmptyStateText(getTranslation("approvals.empty"));
        add(new H2(getTranslation("approvals.title")), grid);
        expand(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedIn.caller().ifPresent(this::load);
    }

    void load(Caller signedIn) {
        this.caller = signedIn;
        if (zones != null) {
            when = at(zones.zoneOf(signedIn.tenant()));
        }
        grid.setItems(desk.assignedTo(signedIn.tenant(), signedIn));
    }

    Grid<ApprovalFile> grid() {
        return grid;
    }

    /** "2 / 3 · finance": the step asked now, of how many, and its approvers. */
    String step(ApprovalFile f) {
        ApprovalFile.Step current = f.current();
        if (current == null) {
            return "—";
        }
        return current.number() + " / " + f.steps().size() + " · "
                + current.approvers().stream().map(Approver::role).collect(Collectors.joining(", "));
    }

    private static DateTimeFormatter at(ZoneId zone) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm VV").withZone(zone);
    }

    String due(ApprovalFile f) {
        ApprovalFile.Step current = f.current();
        return current == null || current.dueAt() == null ? "—" : when.format(current.dueAt());
    }

    /**
     * Whether the step asked now was missed: "escalated to you" when the caller may sign only because it was escalated
     * to them, "overdue since …" for its own approvers, empty while it is in time.
     */
    String escalation(ApprovalFile f) {
        ApprovalFile.Step current = f.current();
        if (current == null || current.escalatedAt() == null) {
            return "";
        }
        String since = current.dueAt() == null ? when.format(current.escalatedAt()) : when.format(current.dueAt());
        return f.escalatedToYou() ? getTranslation("approvals.escalatedToYou", since) : getTranslation("approvals.overdue", since);
    }

    private Component signButton(ApprovalFile f) {
        Button sign = new Button(getTranslation("approvals.sign"), e -> open(f));
        sign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        sign.setId("sign-" + f.id());
        return sign;
    }

    /** The signature dialog for a request; the list is read again once it is signed. */
    SignatureDialog open(ApprovalFile f) {
        SignatureDialog dialog = new SignatureDialog(desk, caller, f, () -> load(caller));
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approvals.title") + " · " + getTranslation("app.title");
    }
}
