package io.redress.ui.staff;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import io.redress.core.identity.Caller;
import io.redress.core.identity.Role;
import io.redress.core.identity.StaffMember;
import io.redress.ui.i18n.RedressI18nProvider;
import io.redress.ui.session.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tenant admin's staff screen on the server side (Karibu), over an in-memory platform: it lists the staff with
 * their roles and status, replaces a member's roles, disables a member, and keeps an administrator from disabling
 * or demoting themselves; nobody else sees it.
 */
class StaffViewTest {

    private InMemoryStaffAdministration platform;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", RedressI18nProvider.class.getName());
        MockVaadin.setup(new Routes());
        platform = new InMemoryStaffAdministration()
                .with("boss", Set.of(Role.TENANT_ADMIN))
                .with("carl", Set.of(Role.SPECIALIST));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private StaffView open(Locale locale, Role... roles) {
        UI.getCurrent().setLocale(locale);
        SignedIn.set(new Caller("boss", InMemoryStaffAdministration.TENANT, Set.of(roles)));
        StaffView view = new StaffView(platform);
        UI.getCurrent().add(view);
        view.enter();
        return view;
    }

    @SuppressWarnings("unchecked")
    private static Grid<StaffMember> list() {
        return LocatorJ._get(Grid.class, spec -> spec.withId("staff-list"));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> roles() {
        return LocatorJ._get(CheckboxGroup.class, spec -> spec.withId("staff-roles"));
    }

    private static Button button(String id) {
        return LocatorJ._get(Button.class, spec -> spec.withId(id));
    }

    private static StaffMember row(String username) {
        return GridKt._findAll(list()).stream().filter(m -> m.username().equals(username)).findFirst().orElseThrow();
    }

    @Test
    void listsTheStaffWithTheirRolesAndStatus() {
        open(Locale.ENGLISH, Role.TENANT_ADMIN);

        assertEquals(2, GridKt._size(list()));
        assertEquals(List.of("boss", "BOSS", "Tenant administrator", "May sign in"), GridKt._getFormattedRow(list(), 0));
        assertEquals(List.of("carl", "CARL", "Specialist", "May sign in"), GridKt._getFormattedRow(list(), 1));
    }

    @Test
    void replacesTheRolesOfTheChosenMember() {
        open(RedressI18nProvider.CHINESE, Role.TENANT_ADMIN);
        list().select(row("carl"));

        roles().setValue(Set.of(Role.SUPERVISOR, Role.AUDITOR));
        LocatorJ._click(button("staff-save-roles"));

        assertEquals(List.of("boss gave carl [SUPERVISOR, AUDITOR]"), platform.acts);
        assertEquals(Set.of(Role.SUPERVISOR, Role.AUDITOR), row("carl").roles());
        assertEquals("主管, 审计员", GridKt._getFormattedRow(list(), 1).get(2));
        NotificationsKt.expectNotifications("carl 的角色已更新。");
    }

    @Test
    void disablesTheChosenMember() {
        open(Locale.ENGLISH, Role.TENANT_ADMIN);
        list().select(row("carl"));

        LocatorJ._click(button("staff-disable"));

        assertEquals(List.of("boss disabled carl"), platform.acts);
        assertFalse(row("carl").enabled());
        assertEquals("Disabled", GridKt._getFormattedRow(list(), 1).get(3));
        assertFalse(button("staff-disable").isEnabled(), "a disabled member is not disabled twice");
        NotificationsKt.expectNotifications("carl is disabled and can no longer sign in.");
    }

    @Test
    void anAdministratorNeitherDisablesNorDemotesThemselves() {
        open(Locale.ENGLISH, Role.TENANT_ADMIN);
        list().select(row("boss"));

        assertFalse(button("staff-disable").isEnabled());
        roles().setValue(Set.of(Role.AUDITOR));
        LocatorJ._click(button("staff-save-roles"));

        assertTrue(roles().isInvalid());
        assertEquals("An administrator cannot take away their own tenant administrator role.", roles().getErrorMessage());
        assertEquals(List.of(), platform.acts);
    }

    @Test
    void aMemberRemovedMeanwhileIsReported() {
        open(Locale.ENGLISH, Role.TENANT_ADMIN);
        list().select(row("carl"));
        platform.forget("carl");

        LocatorJ._click(button("staff-disable"));

        NotificationsKt.expectNotifications("The tenant has no member carl.");
        assertEquals(1, GridKt._size(list()));
    }

    @Test
    void nobodyButATenantAdministratorSeesIt() {
        open(Locale.ENGLISH, Role.SUPERVISOR);

        assertEquals("Only a tenant administrator may see and manage the staff.",
                LocatorJ._get(Paragraph.class, spec -> spec.withId("staff-denied")).getText());
        LocatorJ._assertNone(Grid.class);
    }
}
