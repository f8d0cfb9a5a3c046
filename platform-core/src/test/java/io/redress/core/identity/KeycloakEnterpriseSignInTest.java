package io.redress.core.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redress.core.identity.KeycloakDirectory.NewUser;
import io.redress.core.identity.KeycloakDirectory.Settings;
import io.redress.core.identity.KeycloakEnterpriseSignIn.CompanyProvider;
import io.redress.core.identity.KeycloakEnterpriseSignIn.LinkedProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Enterprise sign-in against a real Keycloak: the test realm's second realm, {@code company}, plays a customer's own
 * OpenID Connect provider. A tenant links it; a company user who gives an address of the company's domain on
 * Keycloak's sign-in page is sent to the company's provider, signs in there, and comes back with a token of the
 * tenant and its default roles — driven through the real redirects and forms of the authorization-code flow.
 */
@EnabledIfEnvironmentVariable(named = Settings.URL, matches = ".+", disabledReason = "REDRESS_KEYCLOAK_URL is unset, "
        + "so the Keycloak tests are skipped: run .ci/keycloak start and eval \"$(.ci/keycloak env)\" to run them")
class KeycloakEnterpriseSignInTest {

    private static final String PASSWORD = "Str0ng-and-l0ng!";
    private static final String REDIRECT = "http://127.0.0.1:9080/oidc/callback";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Settings settings;
    private static KeycloakDirectory directory;
    private static Keycloak master;

    @BeforeAll
    static void connect() {
        settings = new Settings(env(Settings.URL), env(Settings.REALM), env(Settings.CLIENT_ID), env(Settings.CLIENT_SECRET));
        directory = new KeycloakDirectory(settings);
        // only to make the company's users in the company's realm: the throw-away server's console administrator
        master = KeycloakBuilder.builder().serverUrl(settings.url()).realm("master").clientId("admin-cli")
                .username(System.getenv().getOrDefault("REDRESS_KEYCLOAK_TEST_ADMIN", "admin"))
                .password(System.getenv().getOrDefault("REDRESS_KEYCLOAK_TEST_ADMIN_PASSWORD", "admin")).build();
    }

    @AfterAll
    static void disconnect() {
        if (directory != null) {
            directory.close();
        }
        if (master != null) {
            master.close();
        }
    }

    @Test
    void aCompanyUserSignsInThroughTheLinkedProviderAndIsStaffOfTheTenant() throws Exception {
        String slug = "ent-" + UUID.randomUUID().toString().substring(0, 8);
        String domain = slug + ".company.test";
        directory.createTenant(slug, "Enterprise " + slug, new NewUser(slug + "-boss", "boss@" + slug + ".test", "Boss", "Admin",
                PASSWORD.toCharArray(), Set.of()));
        String email = "alice@" + domain;
        companyUser(email);
        KeycloakEnterpriseSignIn signIn = directory.enterpriseSignIn();
        try {
            LinkedProvider linked = signIn.link(slug, new CompanyProvider(settings.url() + "/realms/company", "redress-broker",
                    "test-only-broker-secret".toCharArray(), domain, Set.of(Role.SPECIALIST)));
            assertEquals(Optional.of(linked), signIn.linked(slug));
            assertEquals(settings.url() + "/realms/company", linked.issuer());

            JsonNode claims = signInThroughTheBrowserFlow(email, PASSWORD);

            assertEquals(List.of(slug), strings(claims.get("organization")), claims::toString);
            assertTrue(strings(claims.get("groups")).contains("specialist"), claims::toString);
            assertEquals(email, claims.get("email").asText());
            assertEquals(Optional.of(slug), directory.tenantOf(claims.get("preferred_username").asText()));
            Caller caller = TokenIdentity.caller(claims.get("preferred_username").asText(), strings(claims.get("organization")),
                    strings(claims.get("groups"))).orElseThrow();
            assertEquals(slug, caller.tenant());
            assertEquals(Set.of(Role.SPECIALIST), caller.roles());
        } finally {
            signIn.unlink(slug);
        }
        assertEquals(Optional.empty(), signIn.linked(slug));
    }

    @Test
    void aProviderWithoutDiscoveryOrOfAnotherIssuerIsRefusedAndNothingIsLeft() {
        String slug = "ent-" + UUID.randomUUID().toString().substring(0, 8);
        directory.createTenant(slug, "Enterprise " + slug, new NewUser(slug + "-boss", "boss@" + slug + ".test", "Boss", "Admin",
                PASSWORD.toCharArray(), Set.of()));
        KeycloakEnterpriseSignIn signIn = directory.enterpriseSignIn();
        assertThrows(IllegalArgumentException.class, () -> signIn.link(slug, new CompanyProvider(settings.url() + "/realms/no-such-company",
                "x", "y".toCharArray(), slug + ".test", Set.of())));
        assertThrows(KeycloakDirectory.Refusal.class, () -> signIn.link(slug, new CompanyProvider(settings.url() + "/realms/company",
                "redress-broker", "s".toCharArray(), slug + ".test", Set.of(Role.PLATFORM_ADMIN))));
        assertThrows(KeycloakDirectory.Refusal.class, () -> signIn.link("no-such-tenant", new CompanyProvider(settings.url()
                + "/realms/company", "redress-broker", "s".toCharArray(), "nowhere.test", Set.of())));
        assertEquals(Optional.empty(), signIn.linked(slug));
    }

    /** A user of the company's own provider (its realm), as the company's IT would have. */
    private static void companyUser(String email) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setFirstName("Alice");
        user.setLastName("Company");
        user.setEnabled(true);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        CreatedResponseUtil.getCreatedId(master.realm("company").users().create(user));
    }

    /**
     * The authorization-code flow with PKCE of the UI client, as a browser would walk it: Keycloak's sign-in page asks
     * for the address, sends a company address to the company's provider, whose page takes the password, and back
     * through the broker to our redirect URI with a code, exchanged for tokens. Returns the access token's claims.
     */
    private static JsonNode signInThroughTheBrowserFlow(String email, String password) throws Exception {
        Browser browser = new Browser();
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
        String realmUrl = settings.url() + "/realms/" + settings.realm();
        URI authorize = URI.create(realmUrl + "/protocol/openid-connect/auth?" + form(Map.of("client_id", "redress-ui",
                "response_type", "code", "scope", "openid", "redirect_uri", REDIRECT, "state", "st-1", "nonce", "n-1",
                "code_challenge", challenge, "code_challenge_method", "S256")));
        HttpResponse<String> page = follow(browser, browser.send(HttpRequest.newBuilder(authorize)));
        // Keycloak's sign-in page (identity first: the address decides where the user signs in)
        HttpResponse<String> company = follow(browser, submit(browser, page, Map.of("username", email)));
        assertTrue(company.uri().toString().contains("/realms/company/"), () -> "not sent to the company's provider: " + company.uri());
        HttpResponse<String> back = follow(browser, submit(browser, company, Map.of("username", email, "password", password)));
        String location = back.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "no way back to the application: " + back.statusCode() + " " + back.uri() + "\n" + back.body()));
        assertTrue(location.startsWith(REDIRECT), location);
        String code = query(location).get("code");
        assertEquals("st-1", query(location).get("state"));
        HttpResponse<String> tokens = browser.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "code", code,
                        "redirect_uri", REDIRECT, "client_id", "redress-ui", "client_secret", env("REDRESS_KEYCLOAK_TEST_UI_CLIENT_SECRET"),
                        "code_verifier", verifier)))));
        assertEquals(200, tokens.statusCode(), tokens::body);
        String jwt = JSON.readTree(tokens.body()).get("access_token").asText();
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    /** Follows redirects within Keycloak; stops at a page, or at a redirect to the application. */
    private static HttpResponse<String> follow(Browser browser, HttpResponse<String> response) throws IOException, InterruptedException {
        while (response.statusCode() / 100 == 3) {
            String location = response.headers().firstValue("Location").orElseThrow();
            if (location.startsWith(REDIRECT)) {
                return response;
            }
            response = browser.send(HttpRequest.newBuilder(response.uri().resolve(location)));
        }
        assertEquals(200, response.statusCode(), response::body);
        return response;
    }

    /** Posts the page's form (its action, its hidden fields) with these fields filled in. */
    private static HttpResponse<String> submit(Browser browser, HttpResponse<String> page, Map<String, String> fields)
            throws IOException, InterruptedException {
        Matcher action = Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(page.body());
        assertTrue(action.find(), () -> "no form on " + page.uri() + ":\n" + page.body());
        URI target = page.uri().resolve(action.group(1).replace("&amp;", "&"));
        Map<String, String> values = new java.util.LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"").matcher(page.body());
        while (hidden.find()) {
            values.put(hidden.group(1), hidden.group(2));
        }
        values.putAll(fields);
        return browser.send(HttpRequest.newBuilder(target).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(values))));
    }

    /**
     * A browser's part: one host, redirects left to the caller, and cookies sent back by path. Keycloak marks its
     * cookies {@code Secure}, which a browser honours on http://127.0.0.1 (a secure context) but java.net's cookie
     * handler does not; and each realm has cookies of the same names under its own path.
     */
    private static final class Browser {
        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        /** path → name → value */
        private final Map<String, Map<String, String>> cookies = new java.util.LinkedHashMap<>();

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpRequest built = request.build();
            String path = built.uri().getPath();
            String header = cookies.entrySet().stream().filter(e -> path.startsWith(e.getKey()))
                    .flatMap(e -> e.getValue().entrySet().stream()).map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "));
            if (!header.isEmpty()) {
                built = HttpRequest.newBuilder(built, (name, value) -> true).header("Cookie", header).build();
            }
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String[] parts = set.split(";");
                int eq = parts[0].indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String cookiePath = java.util.Arrays.stream(parts).map(String::trim)
                        .filter(a -> a.regionMatches(true, 0, "Path=", 0, 5)).map(a -> a.substring(5)).findFirst().orElse("/");
                String value = parts[0].substring(eq + 1).trim();
                Map<String, String> jar = cookies.computeIfAbsent(cookiePath, p -> new java.util.LinkedHashMap<>());
                boolean expired = set.toLowerCase(java.util.Locale.ROOT).contains("max-age=0") || value.isEmpty();
                if (expired) {
                    jar.remove(parts[0].substring(0, eq).trim());
                } else {
                    jar.put(parts[0].substring(0, eq).trim(), value);
                }
            }
            return response;
        }
    }

    private static Map<String, String> query(String url) {
        String q = URI.create(url).getRawQuery();
        return java.util.Arrays.stream(q.split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p.length > 1 ? p[1] : "", StandardCharsets.UTF_8)));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static byte[] sha256(String s) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.US_ASCII));
    }

    private static List<String> strings(JsonNode claim) {
        List<String> values = new java.util.ArrayList<>();
        if (claim == null || claim.isMissingNode()) {
            return values;
        }
        if (claim.isArray()) {
            claim.forEach(v -> values.add(v.asText()));
        } else {
            values.add(claim.asText());
        }
        return values;
    }

    private static String env(String name) {
        String value = System.getenv(name);
        assumeTrue(value != null, name + " is unset: eval \"$(.ci/keycloak env)\" sets it");
        return value;
    }
}
