package io.redress.ui.session;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.AccessTokenHash;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.AccessTokenValidator;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import com.nimbusds.openid.connect.sdk.validators.InvalidHashException;
import io.redress.core.identity.Caller;
import io.redress.core.identity.TokenIdentity;

import java.io.IOException;
import java.io.Serializable;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The UI's OpenID Connect sign-in against Keycloak (Nimbus OAuth 2.0 SDK): the authorization code flow with
 * {@code state}, {@code nonce} and PKCE S256 for the confidential UI client, the ID token checked (signature by the
 * realm's JWKS, issuer, audience, expiry, nonce, {@code at_hash}) and the access token too (signature, issuer, expiry,
 * issued to this client, same subject), whose {@code organization} and {@code groups} claims say who the caller is
 * through {@link TokenIdentity}. Stateless: what one sign-in must remember between its start and its callback is a
 * {@link Pending} that the caller keeps in the browser's session.
 */
public final class OidcSignIn {

    private static final int TIMEOUT_MS = 10_000;
    private static final JWSAlgorithm ALGORITHM = JWSAlgorithm.RS256;

    private final OidcSettings settings;
    private final OIDCProviderMetadata provider;
    private final IDTokenValidator idTokens;
    private final DefaultJWTProcessor<SecurityContext> accessTokens;

    /** With the provider's metadata and its signing keys as given (tests make both themselves). */
    OidcSignIn(OidcSettings settings, OIDCProviderMetadata provider, JWKSource<SecurityContext> keys) {
        this.settings = settings;
        this.provider = provider;
        ClientID client = new ClientID(settings.clientId());
        idTokens = new IDTokenValidator(provider.getIssuer(), client, new JWSVerificationKeySelector<>(ALGORITHM, keys), null);
        accessTokens = new DefaultJWTProcessor<>();
        accessTokens.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHM, keys));
        accessTokens.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(null,
                new JWTClaimsSet.Builder().issuer(provider.getIssuer().getValue()).claim("azp", settings.clientId()).build(),
                Set.of("sub", "exp", "iat", "preferred_username"), null));
    }

    /** Reads the realm's discovery document (its issuer must be the realm's) and keys its JWKS, cached, by URL. */
    public static OidcSignIn discover(OidcSettings settings) throws IOException {
        OIDCProviderMetadata provider;
        try {
            provider = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), TIMEOUT_MS, TIMEOUT_MS);
        } catch (com.nimbusds.oauth2.sdk.GeneralException e) {
            throw new IOException("no usable OpenID Connect discovery document at " + settings.issuer(), e);
        }
        try {
            return new OidcSignIn(settings, provider, JWKSourceBuilder.create(provider.getJWKSetURI().toURL()).build());
        } catch (MalformedURLException e) {
            throw new IOException("the provider's JWKS URI is no URL: " + provider.getJWKSetURI(), e);
        }
    }

    /** Where to send the browser to sign in, and what to remember until it comes back to {@code redirectUri}. */
    public Start start(URI redirectUri) {
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI authorization = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid"),
                new ClientID(settings.clientId()), redirectUri)
                .endpointURI(provider.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
        return new Start(authorization, new Pending(state.getValue(), nonce.getValue(), verifier.getValue(), redirectUri));
    }

    /**
     * Finishes the sign-in the browser came back from: {@code callback} is the full URL it was sent to (with its
     * query). The state must be the pending one (checked before anything else), the code is exchanged once, and both
     * tokens must pass every check.
     *
     * @throws Refused when anything does not hold; nothing is signed in then
     */
    public Success finish(Pending pending, URI callback) throws Refused {
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(callback);
        } catch (ParseException e) {
            throw new Refused(Refused.Reason.MALFORMED, "not an authentication response: " + e.getMessage());
        }
        if (response.getState() == null || !pending.state().equals(response.getState().getValue())) {
            throw new Refused(Refused.Reason.STATE, "the state is not the one this session sent");
        }
        if (!response.indicatesSuccess()) {
            AuthenticationErrorResponse error = response.toErrorResponse();
            throw new Refused(Refused.Reason.PROVIDER, "the provider answered " + error.getErrorObject().getCode());
        }
        AuthenticationSuccessResponse success = response.toSuccessResponse();
        // RFC 9207: an issuer parameter, where sent, must be ours (no mix-up with another provider)
        if (success.getIssuer() != null && !success.getIssuer().equals(provider.getIssuer())) {
            throw new Refused(Refused.Reason.PROVIDER, "the response comes from issuer " + success.getIssuer());
        }
        OIDCTokenResponse tokens = exchange(success.getAuthorizationCode(), pending);
        return verified(tokens, pending);
    }

    private OIDCTokenResponse exchange(AuthorizationCode code, Pending pending) throws Refused {
        TokenRequest request = new TokenRequest(provider.getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
                new AuthorizationCodeGrant(code, pending.redirectUri(), new CodeVerifier(pending.codeVerifier())));
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(TIMEOUT_MS);
        http.setReadTimeout(TIMEOUT_MS);
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException | ParseException e) {
            throw new Refused(Refused.Reason.CODE, "the code exchange failed: " + e.getMessage());
        }
        if (!response.indicatesSuccess()) {
            throw new Refused(Refused.Reason.CODE, "the code was refused: " + response.toErrorResponse().getErrorObject().getCode());
        }
        return (OIDCTokenResponse) response.toSuccessResponse();
    }

    private Success verified(OIDCTokenResponse response, Pending pending) throws Refused {
        JWT idToken = response.getOIDCTokens().getIDToken();
        AccessToken accessToken = response.getOIDCTokens().getAccessToken();
        if (idToken == null || accessToken == null) {
            throw new Refused(Refused.Reason.TOKEN, "the token response lacks the ID token or the access token");
        }
        IDTokenClaimsSet id;
        JWTClaimsSet access;
        try {
            id = idTokens.validate(idToken, new Nonce(pending.nonce()));
            AccessTokenHash hash = id.getAccessTokenHash();
            if (hash != null) {
                AccessTokenValidator.validate(accessToken, ALGORITHM, hash);
            }
            access = accessTokens.process(accessToken.getValue(), null);
        } catch (BadJOSEException | JOSEException | InvalidHashException | java.text.ParseException e) {
            throw new Refused(Refused.Reason.TOKEN, "a token failed its checks: " + e.getMessage());
        }
        if (!id.getSubject().getValue().equals(access.getSubject())) {
            throw new Refused(Refused.Reason.TOKEN, "the ID token and the access token name different subjects");
        }
        Caller caller = callerOf(access).filter(c -> c.tenant() != null)
                .orElseThrow(() -> new Refused(Refused.Reason.NOBODY, "the token stands for no staff member of one tenant"));
        return new Success(caller, response.getOIDCTokens().getIDTokenString());
    }

    /** The staff member a verified access token stands for (the UI has no platform administrator). */
    static Optional<Caller> callerOf(JWTClaimsSet access) {
        return TokenIdentity.caller((String) access.getClaim("preferred_username"), strings(access.getClaim("organization")),
                strings(access.getClaim("groups")));
    }

    /** A claim as a list of names: a string, a list of them, or an object keyed by them (organizations with attributes). */
    private static Collection<String> strings(Object claim) {
        if (claim instanceof String s) {
            return List.of(s);
        }
        if (claim instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        if (claim instanceof Map<?, ?> m) {
            return m.keySet().stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    /**
     * Where to send the browser to end its Keycloak session: the end-session endpoint with the ID token as the hint,
     * coming back to {@code afterwards}.
     */
    public URI logout(String idToken, URI afterwards) {
        try {
            return new LogoutRequest(provider.getEndSessionEndpointURI(), JWTParser.parse(idToken), afterwards, null).toURI();
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException("not a JWT", e);
        }
    }

    /** The authorization URL to send the browser to, and what to keep until the callback. */
    public record Start(URI authorizationUrl, Pending pending) {
    }

    /** What a started sign-in remembers: its state, nonce and PKCE verifier, and the redirect URI it named. */
    public record Pending(String state, String nonce, String codeVerifier, URI redirectUri) implements Serializable {

        public Pending {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(nonce, "nonce");
            Objects.requireNonNull(codeVerifier, "codeVerifier");
            Objects.requireNonNull(redirectUri, "redirectUri");
        }

        @Override
        public String toString() {
            return "Pending[redirectUri=" + redirectUri + "]";
        }
    }

    /** A finished sign-in: the caller, and the ID token to end the provider's session with. */
    public record Success(Caller caller, String idToken) {

        @Override
        public String toString() {
            return "Success[caller=" + caller + "]";
        }
    }

    /** A sign-in that did not finish. */
    public static final class Refused extends Exception {

        /** What did not hold. */
        public enum Reason {
            /** The callback is no authentication response. */
            MALFORMED,
            /** Its state is not the pending sign-in's (forged, replayed or from another session). */
            STATE,
            /** The provider reported an error, or the response names another issuer. */
            PROVIDER,
            /** The code exchange failed (a code used twice, a wrong PKCE verifier, the provider unreachable). */
            CODE,
            /** A token failed its checks. */
            TOKEN,
            /** The tokens are valid but stand for no staff member of exactly one tenant. */
            NOBODY
        }

        private final Reason reason;

        public Refused(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
