package io.redress.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The test Keycloak as the Keycloak-mode system tests use it: users' access tokens by the password grant (the test
 * realm allows it), and what a test must arrange behind the platform's back through the realm's provisioning service
 * account — an organization and its members. The secrets are those of the throw-away realm in .ci/keycloak-realm.
 */
final class TestKeycloak {

    static final String REALM = "redress";
    static final String UI_CLIENT = "redress-ui";
    static final String UI_SECRET = "test-only-ui-secret";
    static final String SHORT_LIVED_CLIENT = "redress-test-short-lived";
    static final String SHORT_LIVED_SECRET = "test-only-short-lived-secret";
    static final String PLATFORM_ADMIN = "platform-root";
    static final String PLATFORM_ADMIN_PASSWORD = "test-only-platform-root";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TestKeycloak() {
    }

    static String url() {
        return KeycloakSession.keycloakUrl();
    }

    /** A user's access token from the UI client by the password grant. */
    static String token(String username, String password) {
        return token(REALM, UI_CLIENT, UI_SECRET, username, password);
    }

    /** An access token of any realm and client by the password grant; fails the test if Keycloak refuses. */
    static String token(String realm, String clientId, String secret, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        if (secret != null) {
            form.put("client_secret", secret);
        }
        form.put("username", username);
        form.put("password", password);
        HttpResponse<String> r = post(URI.create(url() + "/realms/" + realm + "/protocol/openid-connect/token"), null,
                "application/x-www-form-urlencoded", form(form));
        if (r.statusCode() != 200) {
            throw new AssertionError("Keycloak refused a token for " + username + ": " + r.statusCode() + " " + r.body());
        }
        return json(r.body()).asJsonObject().getString("access_token");
    }

    static String platformAdminToken() {
        return token(PLATFORM_ADMIN, PLATFORM_ADMIN_PASSWORD);
    }

    /** The organization of the tenant, created unless it exists; its id. */
    static String ensureOrganization(String slug) {
        Optional<String> existing = organizationId(slug);
        if (existing.isPresent()) {
            return existing.get();
        }
        HttpResponse<String> r = admin("POST", "/organizations", Json.createObjectBuilder()
                .add("name", slug).add("alias", slug).add("enabled", true).build().toString());
        assertCreated(r, "organization " + slug);
        return organizationId(slug).orElseThrow();
    }

    static Optional<String> organizationId(String slug) {
        JsonArray found = json(admin("GET", "/organizations?exact=true&search=" + enc(slug), null).body()).asJsonArray();
        return found.stream().map(JsonValue::asJsonObject).filter(o -> slug.equals(o.getString("alias", null)))
                .map(o -> o.getString("id")).findFirst();
    }

    /**
     * A user who is a member of the organization with these realm roles, created unless a user of that name exists
     * (then it is taken as it is: the platform may have created it with the same password).
     */
    static void ensureMember(String slug, String username, String password, Collection<String> roles) {
        String orgId = ensureOrganization(slug);
        Optional<String> userId = userId(username);
        if (userId.isPresent()) {
            return;
        }
        HttpResponse<String> r = admin("POST", "/users", Json.createObjectBuilder()
                .add("username", username).add("enabled", true).add("email", username + "@" + slug + ".test")
                .add("emailVerified", true).add("firstName", username).add("lastName", slug)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", password).add("temporary", false)))
                .build().toString());
        assertCreated(r, "user " + username);
        String id = userId(username).orElseThrow();
        assertCreated(admin("POST", "/organizations/" + orgId + "/members", Json.createValue(id).toString()), "membership of " + username);
        // the service account may not read the realm's roles directly (no view-realm), only those a user may get
        var mappings = Json.createArrayBuilder();
        json(admin("GET", "/users/" + id + "/role-mappings/realm/available", null).body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(role -> roles.contains(role.getString("name"))).forEach(mappings::add);
        HttpResponse<String> granted = admin("POST", "/users/" + id + "/role-mappings/realm", mappings.build().toString());
        if (granted.statusCode() != 204) {
            throw new AssertionError("roles " + roles + " for " + username + ": " + granted.statusCode() + " " + granted.body());
        }
    }

    /** Makes an existing user a member of one more organization (Keycloak allows it; Redress refuses such users). */
    static void addMembership(String slug, String username) {
        String orgId = ensureOrganization(slug);
        assertCreated(admin("POST", "/organizations/" + orgId + "/members", Json.createValue(userId(username).orElseThrow()).toString()),
                "membership of " + username + " in " + slug);
    }

    static Optional<String> userId(String username) {
        JsonArray found = json(admin("GET", "/users?exact=true&username=" + enc(username), null).body()).asJsonArray();
        return found.stream().map(v -> v.asJsonObject().getString("id")).findFirst();
    }

    private static HttpResponse<String> admin(String method, String path, String json) {
        String token = serviceAccountToken();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url() + "/admin/realms/" + REALM + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String serviceAccountToken() {
        HttpResponse<String> r = post(URI.create(url() + "/realms/" + REALM + "/protocol/openid-connect/token"), null,
                "application/x-www-form-urlencoded", form(Map.of("grant_type", "client_credentials",
                        "client_id", "redress-provisioner", "client_secret", "test-only-provisioner-secret")));
        if (r.statusCode() != 200) {
            throw new AssertionError("the provisioning service account got no token: " + r.statusCode() + " " + r.body());
        }
        return json(r.body()).asJsonObject().getString("access_token");
    }

    private static void assertCreated(HttpResponse<String> r, String what) {
        if (r.statusCode() != 201) {
            throw new AssertionError(what + " not created: " + r.statusCode() + " " + r.body());
        }
    }

    private static HttpResponse<String> post(URI uri, String authorization, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Content-Type", contentType);
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return send(b.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static JsonValue json(String body) {
        return Json.createReader(new StringReader(body)).readValue();
    }

    /** The claims of a token, read without verifying it (the test's own look at what Keycloak issued). */
    static JsonObject claims(String token) {
        String payload = token.split("\\.")[1];
        return json(new String(java.util.Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)).asJsonObject();
    }
}
