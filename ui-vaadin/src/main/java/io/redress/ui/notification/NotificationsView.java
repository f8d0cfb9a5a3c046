package io.redress.ui.notification;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.redress.core.complaint.Inbox;
import io.redress.core.identity.Caller;
import io.redress.core.notification.NotificationDesk;
import io.redress.core.notification.NotificationDesk.NotificationView;
import io.redress.ui.MainLayout;
import io.redress.ui.complaint.CaseView;
import io.redress.ui.corrective.CorrectiveActionsView;
import io.redress.ui.session.SignedIn;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The signed-in member's notifications, newest first: what escalated to them, cases assigned to them, approvals
 * awaiting their signature. A click marks one read and opens its case (or the ledger, for a corrective action).
 */
@Route(value = "notifications", layout = MainLayout.class)
@Dependent
public class NotificationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 100;
    private final NotificationDesk desk;
    // null when the view is made without it: times are then shown in UTC
    private final Inbox zones;
    private DateTimeFormatter when = at(ZoneId.of("UTC"));
    private final Grid<NotificationView> grid = new Grid<>();
    private final Checkbox unreadOnly = new Checkbox();
    private final Button readAll;
    private Caller caller;

    public NotificationsView(NotificationDesk desk) {
        this(desk, null);
    }

    /** Times are shown in the tenant's own zone, named, as the case view does. */
    @Inject
    public NotificationsView(NotificationDesk desk, Inbox zones) {
        this.desk = desk;
        this.zones = zones;
        setSizeFull();
        unreadOnly.setLabel(getTranslation("notifications.unreadOnly"));
        unreadOnly.setId("notifications-unread-only");
        unreadOnly.addValueChangeListener(e -> refresh());
        readAll = new Button(getTranslation("notifications.readAll"), e -> markAllRead());
        readAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        readAll.setId("notifications-read-all");
        HorizontalLayout bar = new HorizontalLayout(unreadOnly, readAll);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("notifications-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(n -> when.format(n.createdAt())).setHeader(getTranslation("notifications.when"))
                .setAutoWidth(true).setKey("when");
        grid.addColumn(n -> getTranslation("notifications.kind." + n.kind().name()))
                .setHeader(getTranslation("notifications.kind")).setAutoWidth(true).setKey("kind");
        grid.addColumn(n -> n.text(getLocale())).setHeader(getTranslation("notifications.message")).setFlexGrow(1)
                .setKey("message");
        grid.addColumn(n -> getTranslation(n.read() ? "notifications.read" : "notifications.unread"))
                .setHeader(getTranslation("notifications.state")).setAutoWidth(true).setKey("state");
        grid.setPartNameGenerator(n -> n.read() ? null : "redress-unread");
        grid.setEmptyStateText(getTranslation("notifications.empty"));
        grid.addItemClickListener(e -> open(e.getItem()));
        add(new H2(getTranslation("notifications.title")), bar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedIn.caller().ifPresent(this::load);
    }

    /** Shows the member's notifications. */
    void load(Caller member) {
        this.caller = member;
        if (zones != null) {
            when = at(zones.zoneOf(member.tenant()));
        }
        refresh();
    }

    private static DateTimeFormatter at(ZoneId zone) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm VV").withZone(zone);
    }

    Grid<NotificationView> grid() {
        return grid;
    }

    private void refresh() {
        if (caller == null) {
            return;
        }
        grid.setItems(desk.list(caller.tenant(), caller.username(), unreadOnly.getValue(), 0, PAGE).items());
        MainLayout layout = findAncestor(MainLayout.class);
        if (layout != null) {
            layout.refreshBell();
        }
    }

    private void markAllRead() {
        desk.markAllRead(caller.tenant(), caller.username());
        refresh();
    }

    private void open(NotificationView n) {
        desk.markRead(caller.tenant(), caller.username(), n.id());
        refresh();
        if (n.caseNumber() != null) {
            UI.getCurrent().navigate(CaseView.class, CaseView.parameters(n.caseNumber()));
        } else if (n.actionId() != null) {
            UI.getCurrent().navigate(CorrectiveActionsView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " · " + getTranslation("app.title");
    }
}
