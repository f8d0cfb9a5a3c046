package io.redress.ui.session;

import io.redress.core.identity.Caller;
import io.redress.core.identity.KeycloakDirectory;
import io.redress.core.identity.KeycloakDirectory.NewUser;
import io.redress.core.identity.Role;
import io.redress.ui.session.OidcSignIn.Pending;
import io.redress.ui.session.OidcSignIn.Refused;
import io.redress.ui.session.OidcSignIn.Refused.Reason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The UI's OpenID Connect sign-in against a real Keycloak (the test realm of .ci/keycloak-realm), without a browser: a
 * plain HTTP client with its own cookies opens the authorization URL, fills in Keycloak's login forms and stops at the
 * redirect to the callback, whose URL goes through {@link OidcSignIn#finish}. Start Keycloak with
 * {@code .ci/keycloak start} and run with the environment of {@code eval "$(.ci/keycloak env)"}; without
 * REDRESS_KEYCLOAK_URL every test is skipped. Each test makes its own tenant (organization and users).
 */
@EnabledIfEnvironmentVariable(named = OidcSettings.URL, matches = ".+", disabledReason = "REDRESS_KEYCLOAK_URL is unset, "
        + "so the Keycloak tests are skipped: run .ci/keycloak start and eval \"$(.ci/keycloak env)\" to run them")
class OidcSignInKeycloakTest {

    private static final String PASSWORD = "Str0ng-and-l0ng!";
    /** A redirect URI the test realm allows; nothing needs to answer there, the client stops at the redirect. */
    private static final URI CALLBACK = URI.create("http://127.0.0.1:9080/oidc/callback");
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"", Pattern.DOTALL);

    private static OidcSettings settings;
    private static OidcSignIn oidc;
    private static KeycloakDirectory directory;

    @BeforeAll
    static void connect() throws IOException {
        String realm = System.getenv().getOrDefault(OidcSettings.REALM, "redress");
        settings = new OidcSettings(env(OidcSettings.URL), realm, env(OidcSettings.CLIENT_ID), env(OidcSettings.CLIENT_SECRET), null);
        oidc = OidcSignIn.discover(settings);
        directory = new KeycloakDirectory(new KeycloakDirectory.Settings(settings.url(), realm,
                env(KeycloakDirectory.Settings.CLIENT_ID), env(KeycloakDirectory.Settings.CLIENT_SECRET)));
    }

    @AfterAll
    static void disconnect() {
        if (directory != null) {
            directory.close();
        }
    }

    @Test
    void aStaffMemberSignsInWithTheirTenantAndRoles() throws Exception {
        String slug = onboard();
        String li = staff(slug, "li", Role.SPECIALIST, Role.DIRECTOR);
        Browserless browser = new Browserless();
        OidcSignIn.Start start = oidc.start(CALLBACK);

        URI callback = browser.signIn(start.authorizationUrl(), li, PASSWORD);
        OidcSignIn.Success success = oidc.finish(start.pending(), callback);

        assertEquals(new Caller(li, slug, Set.of(Role.SPECIALIST, Role.DIRECTOR)), success.caller());
        Browserless other = new Browserless();
        OidcSignIn.Start second = oidc.start(CALLBACK);
        assertEquals(new Caller(slug + "-admin", slug, Set.of(Role.TENANT_ADMIN)),
                oidc.finish(second.pending(), other.signIn(second.authorizationUrl(), slug + "-admin", PASSWORD)).caller());
    }

    @Test
    void aWrongStateIsRefusedWithoutSpendingTheCode() throws Exception {
        String slug = onboard();
        OidcSignIn.Start start = oidc.start(CALLBACK);
        URI callback = new Browserless().signIn(start.authorizationUrl(), slug + "-admin", PASSWORD);
        Pending forged = new Pending(oidc.start(CALLBACK).pending().state(), start.pending().nonce(),
                start.pending().codeVerifier(), CALLBACK);

        assertEquals(Reason.STATE, assertThrows(Refused.class, () -> oidc.finish(forged, callback)).reason());
        assertEquals(slug, oidc.finish(start.pending(), callback).caller().tenant());
    }

    @Test
    void aReplayedCodeIsRefused() throws Exception {
        String slug = onboard();
        OidcSignIn.Start start = oidc.start(CALLBACK);
        URI callback = new Browserless().signIn(start.authorizationUrl(), slug + "-admin", PASSWORD);
        assertEquals(slug, oidc.finish(start.pending(), callback).caller().tenant());

        Refused replay = assertThrows(Refused.class, () -> oidc.finish(start.pending(), callback));

        assertEquals(Reason.CODE, replay.reason(), replay::getMessage);
    }

    @Test
    void aWrongNonceIsRefused() throws Exception {
        String slug = onboard();
        OidcSignIn.Start start = oidc.start(CALLBACK);
        URI callback = new Browserless().signIn(start.authorizationUrl(), slug + "-admin", PASSWORD);
        Pending otherNonce = new Pending(start.pending().state(), oidc.start(CALLBACK).pending().nonce(),
                start.pending().codeVerifier(), CALLBACK);

        Refused refused = assertThrows(Refused.class, () -> oidc.finish(otherNonce, callback));

        assertEquals(Reason.TOKEN, refused.reason(), refused::getMessage);
    }

    @Test
    void signingOutEndsTheKeycloakSessionSoThatTheNextSignInAsksForThePassword() throws Exception {
        String slug = onboard();
        Browserless browser = new Browserless();
        OidcSignIn.Start first = oidc.start(CALLBACK);
        OidcSignIn.Success success = oidc.finish(first.pending(), browser.signIn(first.authorizationUrl(), slug + "-admin", PASSWORD));
        // while the Keycloak session lasts, a new sign-in gets its code without a form
        OidcSignIn.Start again = oidc.start(CALLBACK);
        assertEquals(slug, oidc.finish(again.pending(), browser.redirectWithoutForm(again.authorizationUrl())).caller().tenant());

        URI afterwards = URI.create("http://127.0.0.1:9080/login?signedOut");
        HttpResponse<String> logout = browser.get(oidc.logout(success.idToken(), afterwards));

        assertEquals(302, logout.statusCode(), logout::body);
        assertEquals(afterwards.toString(), logout.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> next = browser.get(oidc.start(CALLBACK).authorizationUrl());
        assertEquals(200, next.statusCode());
        assertTrue(FORM_ACTION.matcher(next.body()).find(), "Keycloak shows its login form again");
    }

    private static String onboard() {
        String slug = "oidc-" + UUID.randomUUID().toString().substring(0, 8);
        directory.createTenant(slug, "Tenant " + slug, user(slug + "-admin", Set.of()));
        return slug;
    }

    private static String staff(String slug, String name, Role... roles) {
        String username = slug + "-" + name;
        directory.addStaff(slug, user(username, Set.of(roles)));
        return username;
    }

    private static NewUser user(String username, Set<Role> roles) {
        return new NewUser(username, username + "@example.test", "Test", "User", PASSWORD.toCharArray(), roles);
    }

    private static String env(String name) {
        String value = System.getenv(name);
        assumeTrue(value != null, name + " is unset: eval \"$(.ci/keycloak env)\" sets it");
        return value;
    }

    /** A person's browser without the browser: cookies, Keycloak's redirects followed, its login forms filled in. */
    private static final class Browserless {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        /** Signs in at Keycloak (user name, then password: the organizations' identity-first login) up to the callback. */
        URI signIn(URI authorizationUrl, String username, String password) throws IOException, InterruptedException {
            HttpResponse<String> page = follow(get(authorizationUrl));
            for (int form = 0; form < 3 && page.statusCode() == 200; form++) {
                String html = page.body();
                Matcher action = FORM_ACTION.matcher(html);
                assertTrue(action.find(), () -> "no login form on " + html);
                Map<String, String> fields = new LinkedHashMap<>();
                if (html.contains("name=\"username\"")) {
                    fields.put("username", username);
                }
                if (html.contains("name=\"password\"")) {
                    fields.put("password", password);
                    fields.put("credentialId", "");
                }
                page = follow(post(URI.create(action.group(1).replace("&amp;", "&")), fields));
            }
            return callback(page);
        }

        /** The redirect to the callback that an authorization request gets while the Keycloak session lasts. */
        URI redirectWithoutForm(URI authorizationUrl) throws IOException, InterruptedException {
            return callback(follow(get(authorizationUrl)));
        }

        private static URI callback(HttpResponse<String> response) {
            String location = response.headers().firstValue("Location").orElse("");
            assertTrue(response.statusCode() == 302 && location.startsWith(CALLBACK.toString()),
                    () -> "no redirect to the callback: " + response.statusCode() + " " + location + " " + response.body());
            return URI.create(location);
        }

        /** Follows Keycloak's own redirects; stops at one that leaves it (the callback). */
        private HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
            while (response.statusCode() / 100 == 3) {
                URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                if (!next.toString().startsWith(settings.url())) {
                    return response;
                }
                response = get(next);
            }
            return response;
        }

        HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpResponse<String> post(URI uri, Map<String, String> fields) throws IOException, InterruptedException {
            String body = fields.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /**
     * Keycloak marks its cookies Secure even over plain HTTP; browsers send them to a loopback address anyway (a secure
     * context), Java's CookieManager does not. So they are kept here without the flag.
     */
    private static final class LoopbackCookies extends CookieHandler {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return cookies.get(uri, headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            Map<String, List<String>> insecure = new LinkedHashMap<>();
            headers.forEach((name, values) -> insecure.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure", "")).toList() : values));
            cookies.put(uri, insecure);
        }
    }
}
