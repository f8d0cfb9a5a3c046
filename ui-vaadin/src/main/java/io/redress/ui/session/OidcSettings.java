package io.redress.ui.session;

import io.redress.core.identity.KeycloakDirectory;
import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the UI signs in with OpenID Connect: the Keycloak server and realm, the UI's confidential client, and
 * optionally the application's external base URL (for the redirect URIs; without it they are taken from the request).
 *
 * @param publicUrl the application's base URL as browsers reach it (with its context path), or null
 */
public record OidcSettings(String url, String realm, String clientId, String clientSecret, URI publicUrl) {

    public static final String URL = KeycloakDirectory.Settings.URL;
    public static final String REALM = KeycloakDirectory.Settings.REALM;
    public static final String CLIENT_ID = "REDRESS_KEYCLOAK_UI_CLIENT_ID";
    public static final String CLIENT_SECRET = "REDRESS_KEYCLOAK_UI_CLIENT_SECRET";
    public static final String PUBLIC_URL = "REDRESS_PUBLIC_URL";

    public OidcSettings {
        Objects.requireNonNull(url, URL);
        Objects.requireNonNull(realm, REALM);
        Objects.requireNonNull(clientId, CLIENT_ID);
        Objects.requireNonNull(clientSecret, CLIENT_SECRET);
        url = withoutTrailingSlash(url);
        if (publicUrl != null) {
            publicUrl = URI.create(withoutTrailingSlash(publicUrl.toString()));
        }
    }

    /**
     * The settings from MicroProfile Config; empty when REDRESS_KEYCLOAK_URL is unset, which means the UI signs in
     * against the local identity store.
     */
    public static Optional<OidcSettings> from(Config config) {
        return config.getOptionalValue(URL, String.class).filter(u -> !u.isBlank()).map(url -> new OidcSettings(url,
                config.getOptionalValue(REALM, String.class).orElse("redress"),
                config.getOptionalValue(CLIENT_ID, String.class).orElse("redress-ui"),
                config.getValue(CLIENT_SECRET, String.class),
                config.getOptionalValue(PUBLIC_URL, String.class).filter(u -> !u.isBlank()).map(URI::create).orElse(null)));
    }

    /** The realm's issuer, as its tokens name it. */
    public URI issuer() {
        return URI.create(url + "/realms/" + realm);
    }

    /** The external base URL, if configured. */
    public Optional<URI> publicBase() {
        return Optional.ofNullable(publicUrl);
    }

    private static String withoutTrailingSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public String toString() {
        return "OidcSettings[url=" + url + ", realm=" + realm + ", clientId=" + clientId + ", clientSecret=***, publicUrl="
                + publicUrl + "]";
    }
}
