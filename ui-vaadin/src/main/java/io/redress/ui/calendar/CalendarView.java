package io.redress.ui.calendar;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.redress.core.InvalidInputException;
import io.redress.core.identity.Caller;
import io.redress.core.sla.CalendarAdministration;
import io.redress.core.sla.CalendarAdministration.CalendarDraft;
import io.redress.core.sla.CalendarAdministration.Hours;
import io.redress.core.sla.CalendarDay;
import io.redress.plugin.api.FieldError;
import io.redress.ui.MainLayout;
import io.redress.ui.session.SignedIn;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tenant administrator's business calendars: the list, and one calendar to edit or create — time zone, the
 * week's working intervals, holidays, make-up working days and prayer-time breaks — with a preview of the next days
 * that follows every edit before anything is saved. The platform checks the calendar; its messages land on the
 * fields they name. Nobody but a tenant administrator sees any of it.
 */
@Route(value = "calendars", layout = MainLayout.class)
@Dependent
public class CalendarView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CalendarAdministration admin;
    private final Clock clock;
    private final Grid<String> list = new Grid<>();
    private final CalendarForm form = new CalendarForm(this::refreshPreview);
    private final CalendarPreview preview = new CalendarPreview(this::refreshPreview);
    private final Div problems = new Div();
    private final H3 editing = new H3();
    private final VerticalLayout editor = new VerticalLayout();
    private final VerticalLayout controls = new VerticalLayout();
    private final Paragraph denied = new Paragraph();
    private Caller caller;
    /** The code of the calendar shown; null while a new one is edited. */
    private String shown;
    private boolean selecting;

    @Inject
    public CalendarView(CalendarAdministration admin, Clock clock) {
        this.admin = admin;
        this.clock = clock;
        setWidthFull();
        add(new H2(getTranslation("calendar.title")));
        denied.setId("calendar-denied");
        denied.setText(getTranslation("calendar.notAllowed"));

        list.setId("calendar-list");
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        list.setAllRowsVisible(true);
        list.setWidth("16em");
        list.addColumn(code -> code).setHeader(getTranslation("calendar.list.code")).setKey("code");
        list.setEmptyStateText(getTranslation("calendar.list.none"));
        list.asSingleSelect().addValueChangeListener(e -> {
            if (!selecting && e.getValue() != null) {
                open(e.getValue());
            }
        });
        Button create = new Button(getTranslation("calendar.new"), e -> startNew());
        create.setId("calendar-new");
        VerticalLayout side = new VerticalLayout(list, create);
        side.setPadding(false);
        side.setWidth("auto");

        Button save = new Button(getTranslation("calendar.save"), e -> save());
        save.setId("calendar-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        problems.setId("calendar-problems");
        problems.setVisible(false);
        editing.setId("calendar-editing");
        editor.setPadding(false);
        editor.add(editing, form, save, problems, new H3(getTranslation("calendar.preview")),
                new Paragraph(getTranslation("calendar.preview.help")), preview);
        editor.setVisible(false);

        HorizontalLayout body = new HorizontalLayout(side, editor);
        body.setWidthFull();
        body.expand(editor);
        controls.setPadding(false);
        controls.add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        enter();
    }

    /** The signed-in tenant admin's calendars, the first one open; anyone else is told it is not theirs to see. */
    void enter() {
        caller = SignedIn.admit(this, controls, denied, SignedIn::isTenantAdmin).orElse(null);
        if (caller == null) {
            return;
        }
        List<String> codes = admin.codes(caller.tenant());
        list.setItems(codes);
        if (codes.isEmpty()) {
            startNew();
        } else {
            open(codes.get(0));
        }
    }

    /** Opens a calendar of the tenant; edits not saved are dropped. */
    void open(String code) {
        Optional<CalendarDraft> draft = admin.find(caller.tenant(), code);
        if (draft.isEmpty()) {
            Notification.show(getTranslation("calendar.gone", code)).addThemeVariants(NotificationVariant.LUMO_ERROR);
            list.setItems(admin.codes(caller.tenant()));
            return;
        }
        shown = code;
        select(code);
        editing.setText(getTranslation("calendar.editing", code));
        edit(code, draft.get(), false);
    }

    /**
     * A new calendar in the zone of the one shown (the tenant's calendars tend to share it), worked Monday to Friday
     * from 09:00 to 18:00.
     */
    void startNew() {
        String zone = Optional.ofNullable(form.draft().timeZone()).orElse("UTC");
        Map<DayOfWeek, List<Hours>> week = new LinkedHashMap<>();
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            week.put(day, List.of(new Hours(LocalTime.of(9, 0), LocalTime.of(18, 0))));
        }
        shown = null;
        select(null);
        editing.setText(getTranslation("calendar.creating"));
        edit("", new CalendarDraft(zone, week, List.of(), List.of(), null), true);
    }

    private void edit(String code, CalendarDraft draft, boolean isNew) {
        form.show(code, draft, isNew);
        showProblems(null);
        editor.setVisible(true);
        preview.from.setValue(today(draft.timeZone()));
        refreshPreview();
    }

    /** Previews the calendar as edited; when it cannot be, its problems are shown where they are. */
    void refreshPreview() {
        if (caller == null) {
            return;
        }
        LocalDate from = preview.from.isEmpty() ? today(form.draft().timeZone()) : preview.from.getValue();
        try {
            List<CalendarDay> days = admin.preview(form.draft(), from, preview.dayCount());
            preview.show(days);
            form.clearErrors();
            showProblems(null);
        } catch (InvalidInputException e) {
            preview.show(null);
            showProblems(e.errors());
        }
    }

    private void save() {
        String code = form.code();
        if (shown == null && admin.codes(caller.tenant()).contains(code)) {
            showProblems(List.of(new FieldError("code", getTranslation("calendar.codeTaken", code))));
            return;
        }
        try {
            boolean created = admin.save(caller.tenant(), code, form.draft());
            Notification.show(getTranslation(created ? "calendar.created" : "calendar.saved", code))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            list.setItems(admin.codes(caller.tenant()));
            open(code);
        } catch (InvalidInputException rejected) {
            showProblems(rejected.errors());
        }
    }

    /** Lists the problems and marks the fields they name; null hides the list. */
    private void showProblems(List<FieldError> errors) {
        problems.removeAll();
        problems.removeClassName("redress-problems");
        if (errors == null || errors.isEmpty()) {
            form.clearErrors();
            problems.setVisible(false);
            return;
        }
        form.showErrors(errors);
        problems.setVisible(true);
        problems.addClassName("redress-problems");
        UnorderedList lines = new UnorderedList();
        errors.forEach(e -> lines.add(new ListItem(e.field() + ": " + e.message())));
        problems.add(new Paragraph(getTranslation("calendar.problems", errors.size())), lines);
    }

    private void select(String code) {
        selecting = true;
        try {
            if (code == null) {
                list.asSingleSelect().clear();
            } else {
                list.select(code);
            }
        } finally {
            selecting = false;
        }
    }

    /** Today where the calendar is; in UTC while its zone is not a valid one. */
    private LocalDate today(String zone) {
        ZoneId id;
        try {
            id = zone == null ? ZoneId.of("UTC") : ZoneId.of(zone);
        } catch (DateTimeException e) {
            id = ZoneId.of("UTC");
        }
        return LocalDate.now(clock.withZone(id));
    }

    CalendarForm form() {
        return form;
    }

    CalendarPreview preview() {
        return preview;
    }

    Grid<String> list() {
        return list;
    }

    /** The problems listed, one line each, for tests. */
    List<String> problemLines() {
        return problems.getChildren().filter(UnorderedList.class::isInstance)
                .flatMap(c -> c.getChildren()).map(c -> c.getElement().getText()).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title") + " · " + getTranslation("app.title");
    }
}
