package io.redress.ui.corrective;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.redress.core.corrective.CorrectiveActionStatus;
import io.redress.core.corrective.Ledger.ActionView;
import io.redress.core.identity.Caller;
import io.redress.core.identity.Role;
import io.redress.ui.i18n.RedressI18nProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ledger view (Karibu) over an in-memory ledger: the filters, and for each member only the acts that are theirs —
 * the owner reports done, a supervisor other than the owner verifies, supervisors add actions.
 */
class CorrectiveActionsViewTest {

    private static final Caller OMAR = new Caller("omar", "acme", Set.of(Role.SPECIALIST));
    private static final Caller SARA = new Caller("sara", "acme", Set.of(Role.SUPERVISOR));

    private final InMemoryLedger ledger = new InMemoryLedger();

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", RedressI18nProvider.class.getName());
        MockVaadin.setup(new Routes());
        ledger.add("Courier contracts", "omar", LocalDate.parse("2026-12-03"), CorrectiveActionStatus.OPEN, true,
                List.of("C-20261120-0001"));
        ledger.add("Training", "sara", LocalDate.parse("2027-01-31"), CorrectiveActionStatus.OPEN, false, List.of());
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @SuppressWarnings("unchecked")
    private Grid<ActionView> viewAs(Caller caller, Locale locale) {
        UI.getCurrent().setLocale(locale);
        CorrectiveActionsView view = new CorrectiveActionsView(ledger);
        UI.getCurrent().add(view);
        view.load(caller);
        return view.grid();
    }

    private static <T extends Component> T get(Class<T> type, String id) {
        return LocatorJ._get(type, spec -> spec.withId(id));
    }

    @Test
    void listsTheActionsWithStatusEscalationsAndFilters() {
        Grid<ActionView> grid = viewAs(SARA, Locale.ENGLISH);
        assertEquals(2, GridKt._size(grid));
        assertEquals("Open · overdue", GridKt._getFormatted(grid, 0, "status"));
        assertEquals("Owner", GridKt._getFormatted(grid, 0, "escalations"));
        assertEquals("C-20261120-0001", GridKt._getFormatted(grid, 0, "cases"));
        get(Checkbox.class, "ledger-filter-overdue").setValue(true);
        assertEquals(1, GridKt._size(grid));
        get(Checkbox.class, "ledger-filter-overdue").setValue(false);
        get(TextField.class, "ledger-filter-owner").setValue("sara");
        assertEquals("Training", GridKt._getFormatted(grid, 0, "title"));
        assertEquals(1, GridKt._size(grid));
        get(TextField.class, "ledger-filter-owner").setValue("");
        @SuppressWarnings("unchecked")
        Select<CorrectiveActionStatus> status = get(Select.class, "ledger-filter-status");
        status.setValue(CorrectiveActionStatus.ACCEPTED);
        assertEquals(0, GridKt._size(grid));
    }

    @Test
    void theOwnerReportsDoneAndSomeoneElseVerifies() {
        Grid<ActionView> grid = viewAs(OMAR, Locale.ENGLISH);
        assertTrue(LocatorJ._find(Details.class, spec -> spec.withId("ledger-new")).isEmpty(), "a specialist adds no actions");
        grid.select(ledger.actions.get(1));
        assertTrue(LocatorJ._find(Button.class, spec -> spec.withId("ledger-mark-done")).isEmpty(), "not omar's action");
        grid.select(ledger.actions.get(0));
        get(TextArea.class, "ledger-evidence").setValue("contracts amended");
        get(Button.class, "ledger-mark-done").click();
        assertEquals(CorrectiveActionStatus.DONE, ledger.actions.get(0).status());
        assertTrue(LocatorJ._find(Button.class, spec -> spec.withId("ledger-accept")).isEmpty(), "the owner never verifies");

        UI.getCurrent().removeAll();
        Grid<ActionView> saras = viewAs(SARA, Locale.ENGLISH);
        saras.select(ledger.actions.get(0));
        get(TextArea.class, "ledger-reason").setValue("two contracts missing");
        get(Button.class, "ledger-reject").click();
        assertEquals(CorrectiveActionStatus.OPEN, ledger.actions.get(0).status());
        assertEquals("two contracts missing", ledger.actions.get(0).rejectionReason());
    }

    @Test
    void aSupervisorAddsAnActionInChinese() {
        viewAs(SARA, Locale.SIMPLIFIED_CHINESE);
        Details create = get(Details.class, "ledger-new");
        assertTrue(create.isVisible());
        assertEquals("新增整改措施", create.getSummaryText());
        get(Button.class, "ledger-create").click();
        assertTrue(get(TextField.class, "ledger-new-title").isInvalid(), "the title is required");
        assertEquals(2, ledger.actions.size());
        get(TextField.class, "ledger-new-title").setValue("Check the couriers");
        get(TextField.class, "ledger-new-owner").setValue("omar");
        get(DatePicker.class, "ledger-new-due").setValue(LocalDate.parse("2027-02-28"));
        get(TextArea.class, "ledger-new-criteria").setValue("every contract names a delivery time");
        get(TextField.class, "ledger-new-cases").setValue("C-20261120-0001, C-20261121-0002");
        get(Button.class, "ledger-create").click();
        assertEquals(3, ledger.actions.size());
        assertEquals(List.of("C-20261120-0001", "C-20261121-0002"), ledger.actions.get(2).caseNumbers());
    }
}
