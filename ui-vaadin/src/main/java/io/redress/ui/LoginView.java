package io.redress.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import io.redress.core.identity.Caller;
import io.redress.core.identity.IdentityStore;
import io.redress.ui.complaint.InboxView;
import io.redress.ui.i18n.RedressI18nProvider;
import io.redress.ui.session.OidcServlet;
import io.redress.ui.session.SignInMode;
import io.redress.ui.session.SignedIn;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-in for a tenant's staff: company (tenant slug), user name, password — checked by the same identity store
 * as the API. {@code ?tenant=acme} fills the company in.
 *
 * <p>In Keycloak mode ({@link SignInMode}) there is no password form: the view sends the browser to Keycloak through
 * the OpenID Connect code flow ({@link OidcServlet}), unless it comes back with an error or from a sign-out, which it
 * shows with a button to sign in (again).
 */
@Route("login")
@Dependent
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final IdentityStore identity;
    private final boolean keycloak;
    private final TextField tenant = new TextField();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final Paragraph error = new Paragraph();

    @Inject
    public LoginView(IdentityStore identity, SignInMode mode) {
        this.identity = identity;
        this.keycloak = mode.keycloak();
        addClassName("redress-login");
        tenant.setLabel(getTranslation("login.tenant"));
        tenant.setId("login-tenant");
        username.setLabel(getTranslation("login.username"));
        username.setId("login-username");
        password.setLabel(getTranslation("login.password"));
        password.setId("login-password");
        for (TextField f : List.of(tenant, username)) {
            f.setWidthFull();
            f.setRequired(true);
        }
        password.setWidthFull();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        error.setId("login-error");
        Button signIn = new Button(getTranslation("login.signIn"), e -> signIn());
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickShortcut(Key.ENTER);
        signIn.setId("login-submit");
        if (keycloak) {
            Button throughKeycloak = new Button(getTranslation("login.signIn"), e -> startKeycloakSignIn());
            throughKeycloak.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            throughKeycloak.setId("login-keycloak");
            add(new H2(getTranslation("app.title")), error, throughKeycloak);
        } else {
            add(new H2(getTranslation("app.title")), tenant, username, password, error, signIn);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> lang = event.getLocation().getQueryParameters().getParameters().get("lang");
        if (lang != null && !lang.isEmpty()) {
            Locale wanted = RedressI18nProvider.supported(Locale.forLanguageTag(lang.get(0)));
            if (!wanted.equals(RedressI18nProvider.supported(getLocale()))) {
                VaadinSession.getCurrent().setLocale(wanted);
                UI.getCurrent().getPage().reload();
                return;
            }
        }
        if (SignedIn.caller().isPresent()) {
            event.forwardTo(InboxView.class);
            return;
        }
        if (keycloak) {
            showKeycloakOutcome(event.getLocation().getQueryParameters().getParameters());
            return;
        }
        List<String> preset = event.getLocation().getQueryParameters().getParameters().get("tenant");
        if (preset != null && !preset.isEmpty()) {
            tenant.setValue(preset.get(0));
        }
    }

    /** After a failed sign-in or a sign-out: say so and wait for the button; otherwise straight to Keycloak. */
    void showKeycloakOutcome(Map<String, List<String>> parameters) {
        List<String> failure = parameters.get(OidcServlet.ERROR);
        if (failure != null && !failure.isEmpty()) {
            String key = switch (failure.get(0)) {
                case OidcServlet.NOBODY -> "login.keycloak.nobody";
                case OidcServlet.UNAVAILABLE -> "login.keycloak.unavailable";
                default -> "login.keycloak.failed";
            };
            error.setText(getTranslation(key));
            error.setVisible(true);
        } else if (parameters.containsKey(OidcServlet.SIGNED_OUT)) {
            error.setText(getTranslation("login.keycloak.signedOut"));
            error.getStyle().remove("color");
            error.setVisible(true);
        } else {
            startKeycloakSignIn();
        }
    }

    private void startKeycloakSignIn() {
        UI.getCurrent().getPage().setLocation("oidc/login");
    }

    private void signIn() {
        String slug = tenant.getValue().strip();
        String user = username.getValue().strip();
        Optional<Caller> caller = slug.isEmpty() || user.isEmpty() ? Optional.empty()
                : identity.authenticateStaff(slug, user, password.getValue().toCharArray());
        password.clear();
        if (caller.isEmpty()) {
            error.setText(getTranslation("login.failed"));
            error.setVisible(true);
            return;
        }
        // a new session id after sign-in, so a session id planted before it is worth nothing
        VaadinService.reinitializeSession(VaadinService.getCurrentRequest());
        SignedIn.set(caller.get());
        UI.getCurrent().navigate(InboxView.class);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
