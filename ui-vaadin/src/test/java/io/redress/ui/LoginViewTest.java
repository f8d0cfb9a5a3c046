package io.redress.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import io.redress.ui.i18n.RedressI18nProvider;
import io.redress.ui.session.MapConfig;
import io.redress.ui.session.OidcServlet;
import io.redress.ui.session.OidcSettings;
import io.redress.ui.session.SignInMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The login view asks for a password in local mode only; in Keycloak mode it explains why a sign-in did not finish. */
class LoginViewTest {

    private static final SignInMode KEYCLOAK = new SignInMode(new MapConfig(Map.of(OidcSettings.URL, "http://127.0.0.1:1",
            OidcSettings.CLIENT_SECRET, "s")));
    private static final SignInMode LOCAL = new SignInMode(new MapConfig(Map.of()));

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", RedressI18nProvider.class.getName());
        MockVaadin.setup(new Routes());
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private LoginView view(SignInMode mode, Locale locale) {
        UI.getCurrent().setLocale(locale);
        LoginView view = new LoginView(null, mode);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void locallyThePasswordFormIsThere() {
        view(LOCAL, Locale.ENGLISH);
        assertEquals(1, LocatorJ._find(PasswordField.class).size());
        assertEquals(List.of("login-submit"), LocatorJ._find(Button.class).stream().map(b -> b.getId().orElseThrow()).toList());
    }

    @Test
    void throughKeycloakThereIsNoPasswordFormOnlyTheWayToKeycloak() {
        view(KEYCLOAK, Locale.ENGLISH);
        assertTrue(LocatorJ._find(PasswordField.class).isEmpty());
        assertEquals(List.of("login-keycloak"), LocatorJ._find(Button.class).stream().map(b -> b.getId().orElseThrow()).toList());
    }

    @Test
    void aTokenThatStandsForNobodyIsExplainedInTheUsersLanguage() {
        view(KEYCLOAK, Locale.SIMPLIFIED_CHINESE).showKeycloakOutcome(Map.of(OidcServlet.ERROR, List.of(OidcServlet.NOBODY)));
        assertEquals("此账号不是本平台上唯一一家公司的员工，请联系贵公司的管理员。", message());

        view(KEYCLOAK, Locale.ENGLISH).showKeycloakOutcome(Map.of(OidcServlet.ERROR, List.of(OidcServlet.NOBODY)));
        assertTrue(LocatorJ._find(Paragraph.class).stream().anyMatch(p -> p.isVisible()
                && p.getText().startsWith("This account is not a staff member of exactly one company")));
    }

    @Test
    void aFailedSignInAndASignOutAreSaid() {
        view(KEYCLOAK, Locale.ENGLISH).showKeycloakOutcome(Map.of(OidcServlet.ERROR, List.of(OidcServlet.FAILED)));
        assertEquals("The sign-in could not be completed. Please sign in again.", message());
        MockVaadin.tearDown();
        MockVaadin.setup(new Routes());
        view(KEYCLOAK, Locale.ENGLISH).showKeycloakOutcome(Map.of(OidcServlet.SIGNED_OUT, List.of("")));
        assertEquals("You have signed out.", message());
    }

    private static String message() {
        Paragraph p = LocatorJ._get(Paragraph.class, spec -> spec.withId("login-error"));
        assertTrue(p.isVisible());
        return p.getText();
    }
}
