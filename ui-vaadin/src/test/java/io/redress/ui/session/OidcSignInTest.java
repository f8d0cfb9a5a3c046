package io.redress.ui.session;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.nimbusds.openid.connect.sdk.SubjectType;
import com.nimbusds.openid.connect.sdk.claims.AccessTokenHash;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.redress.core.identity.Caller;
import io.redress.core.identity.Role;
import io.redress.ui.session.OidcSignIn.Pending;
import io.redress.ui.session.OidcSignIn.Refused;
import io.redress.ui.session.OidcSignIn.Refused.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OidcSignIn against a provider of the test's own (a token endpoint on a local port, its own RSA keys): every check
 * of the callback and of the tokens refuses what it must. The same flow against a real Keycloak is
 * {@link OidcSignInKeycloakTest}.
 */
class OidcSignInTest {

    private static final String CLIENT = "redress-ui";
    private static final String SECRET = "client-secret";
    private static final String CODE = "the-code";
    private static RSAKey key;
    private static RSAKey otherKey;

    private HttpServer server;
    private Issuer issuer;
    private OidcSignIn oidc;
    private Pending pending;
    private final AtomicInteger exchanges = new AtomicInteger();
    /** Shapes the next token response: the claims of both tokens and the key that signs them. */
    private UnaryOperator<JWTClaimsSet.Builder> idClaims = UnaryOperator.identity();
    private UnaryOperator<JWTClaimsSet.Builder> accessClaims = UnaryOperator.identity();
    private RSAKey signer;
    private String atHashOf;

    @BeforeAll
    static void keys() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("realm-key").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("realm-key").generate();
    }

    @BeforeEach
    void provider() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/realms/redress/token", this::token);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        issuer = new Issuer(base + "/realms/redress");
        OIDCProviderMetadata metadata = new OIDCProviderMetadata(issuer, List.of(SubjectType.PUBLIC), URI.create(base + "/certs"));
        metadata.setAuthorizationEndpointURI(URI.create(base + "/realms/redress/auth"));
        metadata.setTokenEndpointURI(URI.create(base + "/realms/redress/token"));
        metadata.setEndSessionEndpointURI(URI.create(base + "/realms/redress/logout"));
        OidcSettings settings = new OidcSettings(base, "redress", CLIENT, SECRET, null);
        oidc = new OidcSignIn(settings, metadata, new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK())));
        pending = oidc.start(URI.create("https://redress.example/oidc/callback")).pending();
        signer = key;
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theAuthorizationRequestCarriesStateNonceAndTheS256ChallengeOfItsVerifier() {
        OidcSignIn.Start start = oidc.start(URI.create("https://redress.example/oidc/callback"));
        Map<String, List<String>> query = URLUtils.parseParameters(start.authorizationUrl().getRawQuery());
        assertTrue(start.authorizationUrl().toString().startsWith(issuer + "/auth?"), start.authorizationUrl()::toString);
        assertEquals(List.of("code"), query.get("response_type"));
        assertEquals(List.of("openid"), query.get("scope"));
        assertEquals(List.of(CLIENT), query.get("client_id"));
        assertEquals(List.of("https://redress.example/oidc/callback"), query.get("redirect_uri"));
        assertEquals(List.of(start.pending().state()), query.get("state"));
        assertEquals(List.of(start.pending().nonce()), query.get("nonce"));
        assertEquals(List.of("S256"), query.get("code_challenge_method"));
        assertEquals(List.of(CodeChallenge.compute(CodeChallengeMethod.S256, new CodeVerifier(start.pending().codeVerifier())).getValue()),
                query.get("code_challenge"));
        // a new state, nonce and verifier for every sign-in
        OidcSignIn.Pending another = oidc.start(URI.create("https://redress.example/oidc/callback")).pending();
        assertTrue(!another.state().equals(start.pending().state()) && !another.nonce().equals(start.pending().nonce())
                && !another.codeVerifier().equals(start.pending().codeVerifier()));
    }

    @Test
    void aValidResponseSignsInTheTokensStaffMember() throws Exception {
        accessClaims = c -> c.claim("groups", List.of("specialist", "supervisor", "offline_access", "default-roles-redress"));

        OidcSignIn.Success success = oidc.finish(pending, callback(pending.state()));

        assertEquals(new Caller("li", "acme", Set.of(Role.SPECIALIST, Role.SUPERVISOR)), success.caller());
        assertEquals(3, success.idToken().split("\\.").length);
        assertEquals(1, exchanges.get());
    }

    @Test
    void aForeignStateIsRefusedBeforeTheCodeIsExchanged() {
        assertRefused(Reason.STATE, callback("another-state"));
        assertRefused(Reason.STATE, URI.create(pending.redirectUri() + "?code=" + CODE));
        assertEquals(0, exchanges.get());
    }

    @Test
    void theProvidersErrorOrAnotherIssuerIsRefused() {
        assertRefused(Reason.PROVIDER, URI.create(pending.redirectUri() + "?error=access_denied&state=" + pending.state()));
        assertRefused(Reason.PROVIDER, URI.create(pending.redirectUri() + "?code=" + CODE + "&state=" + pending.state()
                + "&iss=" + encode("https://evil.example/realms/redress")));
        assertEquals(0, exchanges.get());
    }

    @Test
    void aCodeTheProviderRefusesIsRefused() {
        assertRefused(Reason.CODE, URI.create(pending.redirectUri() + "?code=used-before&state=" + pending.state()));
    }

    @Test
    void theTokenRequestCarriesTheVerifierOfThisSignIn() {
        Pending otherVerifier = new Pending(pending.state(), pending.nonce(), new CodeVerifier().getValue(), pending.redirectUri());
        assertRefused(Reason.CODE, otherVerifier, callback(pending.state()));
    }

    @Test
    void anIdTokenWithAnotherNonceIsRefused() {
        Pending otherNonce = new Pending(pending.state(), "another-nonce", pending.codeVerifier(), pending.redirectUri());
        assertRefused(Reason.TOKEN, otherNonce, callback(pending.state()));
    }

    @Test
    void tokensSignedByAnotherKeyAreRefused() {
        signer = otherKey;
        assertRefused(Reason.TOKEN, callback(pending.state()));
    }

    @Test
    void anExpiredIdTokenIsRefused() {
        idClaims = c -> c.expirationTime(Date.from(Instant.now().minusSeconds(600)));
        assertRefused(Reason.TOKEN, callback(pending.state()));
    }

    @Test
    void anIdTokenForAnotherClientOrFromAnotherIssuerIsRefused() {
        idClaims = c -> c.audience("another-client");
        assertRefused(Reason.TOKEN, callback(pending.state()));
        idClaims = c -> c.issuer("https://evil.example/realms/redress");
        assertRefused(Reason.TOKEN, callback(pending.state()));
    }

    @Test
    void anAccessTokenIssuedToAnotherClientOrExpiredIsRefused() {
        accessClaims = c -> c.claim("azp", "another-client");
        assertRefused(Reason.TOKEN, callback(pending.state()));
        accessClaims = c -> c.expirationTime(Date.from(Instant.now().minusSeconds(600)));
        assertRefused(Reason.TOKEN, callback(pending.state()));
    }

    @Test
    void tokensOfTwoSubjectsOrAnAccessTokenNotTheIdTokensAreRefused() {
        accessClaims = c -> c.subject("someone-else");
        assertRefused(Reason.TOKEN, callback(pending.state()));
        accessClaims = UnaryOperator.identity();
        atHashOf = "another-access-token";
        assertRefused(Reason.TOKEN, callback(pending.state()));
    }

    @Test
    void validTokensOfNoSingleTenantsStaffStandForNobody() {
        accessClaims = c -> c.claim("organization", List.of("acme", "globex"));
        assertRefused(Reason.NOBODY, callback(pending.state()));
        // the platform administrator has no tenant, and the UI is the staff's
        accessClaims = c -> c.claim("organization", null).claim("groups", List.of("platform-admin"));
        assertRefused(Reason.NOBODY, callback(pending.state()));
    }

    @Test
    void theOrganizationClaimMayBeAStringOrAnObjectKeyedByAlias() throws Exception {
        JWTClaimsSet.Builder base = new JWTClaimsSet.Builder().claim("preferred_username", "li").claim("groups", List.of("auditor"));
        Caller expected = new Caller("li", "acme", Set.of(Role.AUDITOR));
        assertEquals(expected, OidcSignIn.callerOf(base.claim("organization", "acme").build()).orElseThrow());
        assertEquals(expected, OidcSignIn.callerOf(base.claim("organization", Map.of("acme", Map.of())).build()).orElseThrow());
    }

    @Test
    void theLogoutUrlEndsTheProvidersSessionWithTheIdTokenAsHint() throws Exception {
        String idToken = oidc.finish(pending, callback(pending.state())).idToken();

        URI logout = oidc.logout(idToken, URI.create("https://redress.example/login?signedOut"));

        Map<String, List<String>> query = URLUtils.parseParameters(logout.getRawQuery());
        assertTrue(logout.toString().startsWith(issuer + "/logout?"), logout::toString);
        assertEquals(List.of(idToken), query.get("id_token_hint"));
        assertEquals(List.of("https://redress.example/login?signedOut"), query.get("post_logout_redirect_uri"));
    }

    private void assertRefused(Reason reason, URI callback) {
        assertRefused(reason, pending, callback);
    }

    private void assertRefused(Reason reason, Pending with, URI callback) {
        Refused refused = assertThrows(Refused.class, () -> oidc.finish(with, callback));
        assertEquals(reason, refused.reason(), refused::getMessage);
    }

    private URI callback(String state) {
        return URI.create(pending.redirectUri() + "?code=" + CODE + "&state=" + encode(state) + "&iss=" + encode(issuer.getValue()));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The token endpoint: the client's credentials, the code and this sign-in's verifier, or invalid_grant. */
    private void token(HttpExchange exchange) throws IOException {
        exchanges.incrementAndGet();
        Map<String, List<String>> form = URLUtils.parseParameters(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        boolean valid = basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                && List.of("authorization_code").equals(form.get("grant_type"))
                && List.of(CODE).equals(form.get("code"))
                && List.of(pending.redirectUri().toString()).equals(form.get("redirect_uri"))
                && List.of(pending.codeVerifier()).equals(form.get("code_verifier"));
        String body;
        try {
            body = valid ? tokens() : "{\"error\":\"invalid_grant\"}";
        } catch (Exception e) {
            throw new IOException(e);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(valid ? 200 : 400, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String tokens() throws Exception {
        Instant now = Instant.now();
        String access = sign(accessClaims.apply(new JWTClaimsSet.Builder().issuer(issuer.getValue()).subject("user-1")
                .audience(List.of("redress-api", "account")).claim("azp", CLIENT).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300))).claim("preferred_username", "li")
                .claim("organization", List.of("acme")).claim("groups", List.of("specialist", "supervisor"))).build());
        String hashed = atHashOf == null ? access : atHashOf;
        String id = sign(idClaims.apply(new JWTClaimsSet.Builder().issuer(issuer.getValue()).subject("user-1").audience(CLIENT)
                .claim("azp", CLIENT).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", pending.nonce())
                .claim("at_hash", AccessTokenHash.compute(new BearerAccessToken(hashed), JWSAlgorithm.RS256, null).getValue())).build());
        return """
                {"access_token": "%s", "id_token": "%s", "token_type": "Bearer", "expires_in": 300}""".formatted(access, id);
    }

    private String sign(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }
}
