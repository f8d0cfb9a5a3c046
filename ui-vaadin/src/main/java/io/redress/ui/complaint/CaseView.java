package io.redress.ui.complaint;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.redress.core.InvalidInputException;
import io.redress.core.NotAllowedException;
import io.redress.core.NotFoundException;
import io.redress.core.complaint.CaseDesk;
import io.redress.core.approval.ApprovalDesk;
import io.redress.core.complaint.CaseAction;
import io.redress.core.complaint.ComplaintStatus;
import io.redress.core.complaint.CaseDesk.CaseDetail;
import io.redress.core.complaint.CaseDesk.Handling;
import io.redress.core.complaint.CaseDesk.Member;
import io.redress.core.complaint.CaseDesk.EscalationStep;
import io.redress.core.complaint.CaseDesk.StageClock;
import io.redress.core.complaint.CaseDesk.TimelineItem;
import io.redress.core.document.DocumentDesk;
import io.redress.core.identity.Caller;
import io.redress.core.identity.Role;
import io.redress.core.sla.ClockStateException;
import io.redress.plugin.api.FieldError;
import io.redress.ui.MainLayout;
import io.redress.ui.approval.CaseApprovals;
import io.redress.ui.i18n.Labels;
import io.redress.ui.session.SignedIn;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.inject.Inject;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One case as the staff handle it: what it is, who handles it, its group of complainants, every stage clock with its
 * due time and state, the escalations so far and the timeline; the lifecycle actions the signed-in member may take
 * now (assigning it among them), completing a stage, and pausing the clocks while the case waits for the customer.
 * Times are shown in the tenant's zone.
 */
@Route(value = "cases/:" + CaseView.CASE_NUMBER, layout = MainLayout.class)
@Dependent
public class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CASE_NUMBER = "caseNumber";
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Where a stage clock stands, as the case view shows it. */
    enum ClockState {
        NOT_STARTED, OPEN, PAUSED, MET, MISSED, CANCELLED;

        static ClockState of(StageClock clock) {
            if ("CANCELLED".equals(clock.outcome())) {
                return CANCELLED;
            }
            if (clock.outcome() != null || clock.completedAt() != null) {
                return Boolean.FALSE.equals(clock.met()) ? MISSED : MET;
            }
            if (clock.dueAt() == null) {
                return NOT_STARTED;
            }
            return clock.paused() ? PAUSED : OPEN;
        }
    }

    /** The roles that handle cases: they see the buttons that complete a stage. */
    private static final Set<Role> HANDLERS = EnumSet.of(Role.SPECIALIST, Role.SUPERVISOR, Role.DIRECTOR, Role.MANAGEMENT);

    private final CaseDesk desk;
    private final Clock clock;
    private final H2 title = new H2();
    private final Paragraph notFound = new Paragraph();
    private final VerticalLayout content = new VerticalLayout();
    private final Span subject = new Span();
    private final Span complainant = new Span();
    private final Span grade = new Span();
    private final Span status = new Span();
    private final Span receivedAt = new Span();
    private final Span region = new Span();
    private final TextField trackingLink = new TextField();
    private final Button copyTrackingLink = new Button();
    private final Paragraph description = new Paragraph();
    private final Paragraph paused = new Paragraph();
    private final TextField note = new TextField();
    private final Button waitForCustomer = new Button();
    private final Button resume = new Button();
    private final Span assignee = new Span();
    private final Span ownerUnit = new Span();
    private final Span translator = new Span();
    private final ComboBox<String> assignTo = new ComboBox<>();
    private final HorizontalLayout lifecycle = new HorizontalLayout();
    private final Grid<Member> members = new Grid<>();
    private final Paragraph statement = new Paragraph();
    private final Grid<StageClock> clocks = new Grid<>();
    private final Grid<EscalationStep> escalations = new Grid<>();
    private final Grid<TimelineItem> timeline = new Grid<>();
    private final Grid.Column<StageClock> dueColumn;
    private final Grid.Column<EscalationStep> reachedColumn;
    private final Grid.Column<TimelineItem> atColumn;
    private Caller caller;
    private CaseDetail detail;
    private Handling handling;
    // null when the view is made without a document desk
    private final CaseDocuments documents;
    // null when the view is made without an approval desk
    private final CaseApprovals approvals;

    public CaseView(CaseDesk desk, Clock clock) {
        this(desk, null, clock);
    }

    public CaseView(CaseDesk desk, DocumentDesk documentDesk, Clock clock) {
        this(desk, documentDesk, null, clock);
    }

    @Inject
    public CaseView(CaseDesk desk, DocumentDesk documentDesk, ApprovalDesk approvalDesk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
        this.documents = documentDesk == null ? null : new CaseDocuments(documentDesk);
        this.approvals = approvalDesk == null ? null : new CaseApprovals(approvalDesk);
        setWidthFull();
        title.setId("case-title");
        notFound.setId("case-not-found");
        notFound.setVisible(false);

        FormLayout header = new FormLayout();
        header.setId("case-header");
        header.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        subject.setId("case-subject");
        complainant.setId("case-complainant");
        grade.setId("case-grade");
        status.setId("case-status");
        receivedAt.setId("case-received-at");
        region.setId("case-region");
        header.addFormItem(subject, getTranslation("case.subject"));
        header.addFormItem(complainant, getTranslation("case.complainant"));
        header.addFormItem(grade, getTranslation("case.grade"));
        header.addFormItem(status, getTranslation("case.status"));
        header.addFormItem(receivedAt, getTranslation("case.receivedAt"));
        header.addFormItem(region, getTranslation("case.region"));
        trackingLink.setId("case-tracking-link");
        trackingLink.setReadOnly(true);
        trackingLink.setWidthFull();
        copyTrackingLink.setId("case-tracking-copy");
        copyTrackingLink.setText(getTranslation("case.trackingLink.copy"));
        copyTrackingLink.addThemeVariants(ButtonVariant.LUMO_SMALL);
        copyTrackingLink.addClickListener(e -> copyTrackingLink());
        HorizontalLayout tracking = new HorizontalLayout(trackingLink, copyTrackingLink);
        tracking.setAlignItems(FlexComponent.Alignment.BASELINE);
        tracking.setWidthFull();
        header.setColspan(header.addFormItem(tracking, getTranslation("case.trackingLink")), 2);
        description.setId("case-description");
        paused.setId("case-paused");
        paused.addClassName("redress-paused");

        note.setId("case-note");
        note.setLabel(getTranslation("case.note"));
        note.setHelperText(getTranslation("case.noteHelp"));
        note.setWidth("24em");
        note.setMaxLength(500);
        waitForCustomer.setId("case-wait");
        waitForCustomer.setText(getTranslation("case.wait"));
        waitForCustomer.addClickListener(e -> act(() -> desk.transition(tenant(), number(), CaseAction.WAIT_FOR_CUSTOMER,
                noteText(), null, caller), getTranslation("case.waiting")));
        resume.setId("case-resume");
        resume.setText(getTranslation("case.resume"));
        resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resume.addClickListener(e -> act(() -> desk.transition(tenant(), number(), CaseAction.RESUME, noteText(), null, caller),
                getTranslation("case.resumed")));
        HorizontalLayout actions = new HorizontalLayout(note, waitForCustomer, resume);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);

        dueColumn = clocksGrid();
        reachedColumn = escalationsGrid();
        atColumn = timelineGrid();

        FormLayout handlingForm = new FormLayout();
        handlingForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        assignee.setId("case-assignee");
        ownerUnit.setId("case-owner-unit");
        translator.setId("case-translator");
        translator.addClassName("redress-due-soon");
        handlingForm.addFormItem(assignee, getTranslation("case.assignee"));
        handlingForm.addFormItem(ownerUnit, getTranslation("case.ownerUnit"));
        handlingForm.add(translator);
        assignTo.setId("case-assign-to");
        assignTo.setLabel(getTranslation("case.assignTo"));
        lifecycle.setId("case-lifecycle");
        lifecycle.setAlignItems(FlexComponent.Alignment.BASELINE);
        lifecycle.getStyle().set("flex-wrap", "wrap");
        membersGrid();
        statement.setId("case-statement");

        content.setPadding(false);
        content.add(header, description, paused, new H3(getTranslation("case.handling")), handlingForm, actions, lifecycle,
                new H3(getTranslation("case.members")), members, statement, new H3(getTranslation("case.clocks")), clocks,
                new H3(getTranslation("case.escalations")), escalations, new H3(getTranslation("case.timeline")), timeline);
        if (approvals != null) {
            content.add(approvals);
        }
        if (documents != null) {
            content.add(documents);
        }
        add(new RouterLink(getTranslation("case.back"), InboxView.class), title, notFound, content);
    }

    /** The route parameters of a case's view. */
    public static RouteParameters parameters(String caseNumber) {
        return new RouteParameters(CASE_NUMBER, caseNumber);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedIn.caller().ifPresent(signedIn -> show(signedIn, event.getRouteParameters().get(CASE_NUMBER).orElse("")));
    }

    /** Shows the case of that number in the caller's tenant, or that there is none. */
    void show(Caller signedIn, String caseNumber) {
        caller = signedIn;
        title.setText(getTranslation("case.title", caseNumber));
        show(desk.find(caller.tenant(), caseNumber).orElse(null), caseNumber);
    }

    private void show(CaseDetail shown, String caseNumber) {
        detail = shown;
        notFound.setVisible(shown == null);
        content.setVisible(shown != null);
        if (shown == null) {
            notFound.setText(getTranslation("case.notFound", caseNumber));
            return;
        }
        ZoneId zone = shown.zone();
        subject.setText(shown.subject());
        complainant.setText(shown.complainantName());
        grade.setText(gradeLabel(shown));
        status.setText(getTranslation("status." + shown.status().name()));
        receivedAt.setText(at(shown.receivedAt()) + " (" + zone.getId() + ")");
        region.setText(shown.region() == null ? "—" : shown.region());
        trackingLink.setValue(trackingUrl(shown.trackingToken()));
        description.setText(shown.description() == null ? "" : shown.description());
        description.setVisible(shown.description() != null && !shown.description().isBlank());
        paused.setText(shown.pausedAt() == null ? "" : getTranslation("case.pausedSince", at(shown.pausedAt()), zone.getId()));
        paused.setVisible(shown.pausedAt() != null);
        handling = desk.handling(tenant(), shown.caseNumber(), caller);
        showHandling(handling);

        dueColumn.setHeader(getTranslation("case.clock.due", zone.getId()));
        reachedColumn.setHeader(getTranslation("case.escalation.reachedAt", zone.getId()));
        atColumn.setHeader(getTranslation("case.timeline.at", zone.getId()));
        clocks.setItems(shown.clocks());
        escalations.setItems(shown.escalations());
        timeline.setItems(shown.timeline());
        if (approvals != null) {
            boolean works = caller.hasAny(HANDLERS) && shown.status() != ComplaintStatus.CLOSED;
            approvals.show(caller, shown.caseNumber(), zone, works,
                    shown.clocks().stream().map(StageClock::stage).distinct().toList(), () -> show(caller, shown.caseNumber()));
        }
        if (documents != null) {
            documents.show(caller, shown.caseNumber(), zone);
        }
    }

    /**
     * The complainant's page of the case on this server ({@code track/<token>} at the application's root), for the
     * staff to give them; the API's case file has the same as {@code trackingUrl}.
     */
    static String trackingUrl(String token) {
        String path = "track/" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            HttpServletRequest http = request.getHttpServletRequest();
            return URI.create(http.getRequestURL().toString()).resolve(http.getContextPath() + "/" + path).toString();
        }
        return "/" + path;
    }

    /** Puts the tracking link on the clipboard (the browser's, by a small script), and says so once it is there. */
    private void copyTrackingLink() {
        getUI().ifPresent(ui -> ui.getPage().executeJs("return navigator.clipboard.writeText($0)", trackingLink.getValue())
                .then(done -> Notification.show(getTranslation("case.trackingLink.copied"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS)));
    }

    /** Who handles the case, its group, and a button for each action the caller may take now. */
    private void showHandling(Handling shown) {
        assignee.setText(shown.assignee() == null ? getTranslation("case.unassigned") : shown.assignee());
        ownerUnit.setText(shown.ownerUnit() == null ? "—" : shown.ownerUnit());
        translator.setText(getTranslation("case.needsTranslator"));
        translator.setVisible(shown.needsTranslator());
        waitForCustomer.setVisible(shown.actions().contains(CaseAction.WAIT_FOR_CUSTOMER));
        resume.setVisible(shown.actions().contains(CaseAction.RESUME));
        lifecycle.removeAll();
        if (shown.actions().contains(CaseAction.ASSIGN)) {
            assignTo.setItems(desk.candidates(tenant(), number()));
            lifecycle.add(assignTo);
        }
        shown.actions().stream().filter(a -> a != CaseAction.WAIT_FOR_CUSTOMER && a != CaseAction.RESUME).forEach(action -> {
            Button button = new Button(getTranslation("case.action." + action.name()), e -> take(action));
            button.setId("case-action-" + action.name());
            if (action == CaseAction.REJECT_PLAN || action == CaseAction.REOPEN) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            } else {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            lifecycle.add(button);
        });
        boolean handler = caller.hasAny(HANDLERS);
        clocks.getColumnByKey("action").setVisible(handler);
        members.setItems(shown.members());
        members.setVisible(!shown.members().isEmpty());
        statement.setText(shown.statement() == null ? getTranslation("case.noStatement")
                : getTranslation("case.statement", shown.statement()));
    }

    private void take(CaseAction action) {
        String to = action == CaseAction.ASSIGN ? assignTo.getValue() : null;
        act(() -> desk.transition(tenant(), number(), action, noteText(), to, caller),
                getTranslation("case.transitioned", getTranslation("case.action." + action.name())));
    }

    private void membersGrid() {
        members.setId("case-members");
        members.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        members.setAllRowsVisible(true);
        members.addColumn(Member::name).setHeader(getTranslation("case.member.name")).setKey("name").setAutoWidth(true);
        members.addColumn(m -> m.email() != null ? m.email() : m.phone() == null ? "" : m.phone())
                .setHeader(getTranslation("case.member.contact")).setKey("contact").setAutoWidth(true);
        members.addColumn(m -> m.demand() == null ? "" : m.demand()).setHeader(getTranslation("case.member.demand"))
                .setKey("demand").setFlexGrow(1);
        members.addColumn(m -> m.spokesperson() ? getTranslation("case.member.spokesperson") : "")
                .setKey("spokesperson").setAutoWidth(true);
    }

    /**
     * Runs one of the acts on the case and shows the case as it answers; when the platform refuses, says why and
     * shows the case as it now is (someone else may have acted on it meanwhile).
     */
    private void act(Supplier<CaseDetail> action, String done) {
        String caseNumber = number();
        try {
            show(action.get(), caseNumber);
            note.clear();
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            refused(caseNumber, e.errors().stream().map(CaseView::line).collect(Collectors.joining("; ")));
        } catch (NotFoundException e) {
            refused(caseNumber, getTranslation("case.notFound", caseNumber));
        } catch (NotAllowedException e) {
            refused(caseNumber, getTranslation("case.notAllowed"));
        } catch (ClockStateException | IllegalStateException conflict) {
            refused(caseNumber, conflict.getMessage());
        }
    }

    private void refused(String caseNumber, String why) {
        Notification.show(getTranslation("case.refused", why)).addThemeVariants(NotificationVariant.LUMO_ERROR);
        show(desk.find(tenant(), caseNumber).orElse(null), caseNumber);
    }

    private static String line(FieldError error) {
        return error.field() + ": " + error.message();
    }

    private void complete(StageClock stage) {
        act(() -> desk.completeStage(tenant(), number(), stage.stage(), noteText(), actor()),
                getTranslation("case.completed", Labels.stage(this, stage.stage())));
    }

    private Grid.Column<StageClock> clocksGrid() {
        clocks.setId("case-clocks");
        clocks.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        clocks.setAllRowsVisible(true);
        clocks.addColumn(c -> Labels.stage(this, c.stage())).setHeader(getTranslation("case.clock.stage")).setKey("stage")
                .setAutoWidth(true);
        clocks.addColumn(c -> c.recurring() ? getTranslation("case.clock.nth", c.occurrence()) : "")
                .setHeader(getTranslation("case.clock.occurrence")).setKey("occurrence").setAutoWidth(true);
        clocks.addColumn(this::rule).setHeader(getTranslation("case.clock.rule")).setKey("rule").setAutoWidth(true);
        Grid.Column<StageClock> due = clocks.addColumn(c -> c.dueAt() == null ? "—" : at(c.dueAt()))
                .setHeader(getTranslation("case.clock.due", "UTC")).setKey("due").setAutoWidth(true);
        clocks.addComponentColumn(this::timeLeft).setHeader(getTranslation("case.clock.timeLeft")).setKey("timeLeft")
                .setAutoWidth(true);
        clocks.addComponentColumn(this::state).setHeader(getTranslation("case.clock.state")).setKey("state").setAutoWidth(true);
        clocks.addComponentColumn(this::completeButton).setKey("action").setAutoWidth(true);
        clocks.setEmptyStateText(getTranslation("case.clock.none"));
        return due;
    }

    /** "Receipt + 2 working hours". */
    String rule(StageClock c) {
        return getTranslation("case.clock.ruleText", Labels.anchor(this, c.anchor()), c.amount(),
                c.unit() == null ? "" : Labels.of(this, "policy.unit.", c.unit().name()));
    }

    private Component timeLeft(StageClock c) {
        return switch (ClockState.of(c)) {
            case OPEN, PAUSED -> TimeLeft.of(this, c.workingTimeLeft(), !c.dueAt().isAfter(clock.instant()));
            case MET, MISSED -> new Span(c.completedAt() == null ? "—"
                    : getTranslation("case.clock.completedAt", at(c.completedAt())));
            case NOT_STARTED -> new Span(getTranslation("case.clock.waitsFor", Labels.anchor(this, c.anchor())));
            case CANCELLED -> new Span("—");
        };
    }

    private Component state(StageClock c) {
        ClockState state = ClockState.of(c);
        Span span = new Span(getTranslation("clock.state." + state.name()));
        span.addClassName("redress-clock-" + state.name().toLowerCase().replace('_', '-'));
        if (state == ClockState.MISSED) {
            span.addClassName("redress-overdue");
        }
        return span;
    }

    private Component completeButton(StageClock c) {
        if (ClockState.of(c) != ClockState.OPEN) {
            return new Span();
        }
        Button complete = new Button(getTranslation("case.complete"), e -> complete(c));
        complete.addThemeVariants(ButtonVariant.LUMO_SMALL);
        complete.setId("case-complete-" + c.stage() + "-" + c.occurrence());
        return complete;
    }

    private Grid.Column<EscalationStep> escalationsGrid() {
        escalations.setId("case-escalations");
        escalations.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        escalations.setAllRowsVisible(true);
        escalations.addColumn(e -> e.occurrence() > 1 ? getTranslation("case.escalation.stageOccurrence",
                        Labels.stage(this, e.stage()), e.occurrence()) : Labels.stage(this, e.stage()))
                .setHeader(getTranslation("case.escalation.stage")).setKey("stage").setAutoWidth(true);
        escalations.addColumn(EscalationStep::rung).setHeader(getTranslation("case.escalation.rung")).setKey("rung")
                .setAutoWidth(true);
        escalations.addColumn(e -> getTranslation("case.escalation.shareText", e.sharePercent()))
                .setHeader(getTranslation("case.escalation.share")).setKey("share").setAutoWidth(true);
        escalations.addColumn(e -> Labels.of(this, "escalation.target.", e.target()))
                .setHeader(getTranslation("case.escalation.target")).setKey("target").setAutoWidth(true);
        Grid.Column<EscalationStep> reached = escalations.addColumn(e -> at(e.reachedAt()))
                .setHeader(getTranslation("case.escalation.reachedAt", "UTC")).setKey("reachedAt").setAutoWidth(true);
        escalations.setEmptyStateText(getTranslation("case.escalation.none"));
        return reached;
    }

    private Grid.Column<TimelineItem> timelineGrid() {
        timeline.setId("case-timeline");
        timeline.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        timeline.setAllRowsVisible(true);
        Grid.Column<TimelineItem> at = timeline.addColumn(t -> at(t.at())).setHeader(getTranslation("case.timeline.at", "UTC"))
                .setKey("at").setAutoWidth(true);
        timeline.addColumn(t -> Labels.of(this, "timeline.kind.", t.kind())).setHeader(getTranslation("case.timeline.kind"))
                .setKey("kind").setAutoWidth(true);
        timeline.addColumn(TimelineItem::actor).setHeader(getTranslation("case.timeline.actor")).setKey("actor")
                .setAutoWidth(true);
        timeline.addColumn(t -> detailText(t.detail())).setHeader(getTranslation("case.timeline.detail")).setKey("detail")
                .setFlexGrow(1).setTooltipGenerator(TimelineItem::detail);
        return at;
    }

    /** A timeline entry's JSON detail as "key: value" pairs; anything else as it is. */
    static String detailText(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        try {
            JsonNode node = JSON.readTree(json);
            if (!node.isObject()) {
                return json;
            }
            List<String> pairs = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                JsonNode value = field.getValue();
                pairs.add(field.getKey() + ": " + (value.isValueNode() ? value.asString() : value.toString()));
            }
            return String.join(" · ", pairs);
        } catch (JacksonException e) {
            return json;
        }
    }

    private String gradeLabel(CaseDetail shown) {
        if (shown.gradeCode() == null) {
            return getTranslation("inbox.ungraded");
        }
        return shown.gradeLabel() == null ? shown.gradeCode() : shown.gradeLabel().in(getLocale());
    }

    private String at(Instant instant) {
        return instant == null ? "—" : AT.format(instant.atZone(detail == null ? ZoneId.of("UTC") : detail.zone()));
    }

    private String tenant() {
        return caller.tenant();
    }

    private String actor() {
        return caller.username();
    }

    private String number() {
        return detail.caseNumber();
    }

    private String noteText() {
        return note.getValue().isBlank() ? null : note.getValue().strip();
    }

    Grid<StageClock> clocks() {
        return clocks;
    }

    Grid<EscalationStep> escalations() {
        return escalations;
    }

    Grid<TimelineItem> timeline() {
        return timeline;
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · " + getTranslation("app.title");
    }
}
