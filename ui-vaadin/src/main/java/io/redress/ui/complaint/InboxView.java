package io.redress.ui.complaint;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.redress.core.complaint.CaseSummary;
import io.redress.core.complaint.Inbox;
import io.redress.core.identity.Caller;
import io.redress.ui.MainLayout;
import io.redress.ui.i18n.Labels;
import io.redress.ui.session.SignedIn;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The staff inbox: the tenant's open cases with grade, status and the next clock to run out; overdue in red. A click
 * on a case opens it.
 */
@Route(value = "", layout = MainLayout.class)
@Dependent
public class InboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int LIMIT = 500;
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Inbox inbox;
    private final Grid<CaseSummary> grid = new Grid<>();
    private final Grid.Column<CaseSummary> nextDeadlineColumn;
    private ZoneId zone = ZoneId.of("UTC");

    @Inject
    public InboxView(Inbox inbox) {
        this.inbox = inbox;
        setSizeFull();
        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(CaseSummary::caseNumber).setHeader(getTranslation("inbox.caseNumber")).setAutoWidth(true).setKey("caseNumber");
        grid.addColumn(CaseSummary::subject).setHeader(getTranslation("inbox.subject")).setFlexGrow(1).setWidth("14rem")
                .setTooltipGenerator(CaseSummary::subject).setResizable(true).setKey("subject");
        grid.addColumn(this::gradeLabel).setHeader(getTranslation("inbox.grade")).setAutoWidth(true).setKey("grade");
        grid.addColumn(s -> getTranslation("status." + s.status().name())).setHeader(getTranslation("inbox.status"))
                .setAutoWidth(true).setKey("status");
        nextDeadlineColumn = grid.addColumn(this::nextDeadline).setHeader(getTranslation("inbox.nextDeadline"))
                .setAutoWidth(true).setKey("nextDeadline");
        grid.addComponentColumn(this::timeLeft).setHeader(getTranslation("inbox.timeLeft")).setAutoWidth(true).setKey("timeLeft");
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addClassName("redress-clickable");
        add(new H2(getTranslation("inbox.title")), grid);
        expand(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedIn.caller().map(Caller::tenant).ifPresent(this::load);
    }

    void load(String tenant) {
        zone = inbox.zoneOf(tenant);
        nextDeadlineColumn.setHeader(getTranslation("inbox.nextDeadline") + " (" + zone.getId() + ")");
        List<CaseSummary> cases = inbox.inbox(tenant, LIMIT);
        grid.setItems(cases);
    }

    Grid<CaseSummary> grid() {
        return grid;
    }

    String gradeLabel(CaseSummary s) {
        if (s.gradeCode() == null) {
            return getTranslation("inbox.ungraded");
        }
        return s.gradeLabel() == null ? s.gradeCode() : s.gradeLabel().in(getLocale());
    }

    String nextDeadline(CaseSummary s) {
        if (s.nextDueAt() == null) {
            return "—";
        }
        return Labels.stage(this, s.nextStage()) + " · " + DUE.format(s.nextDueAt().atZone(zone));
    }

    /** Working time left in the case's calendar — what the policy's clocks count — or how late it is. */
    Component timeLeft(CaseSummary s) {
        return TimeLeft.of(this, s.nextDueAt() == null ? null : s.workingTimeLeft(), s.overdue());
    }

    /** Opens the case view of a case. */
    void open(CaseSummary s) {
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(s.caseNumber()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " · " + getTranslation("app.title");
    }
}
