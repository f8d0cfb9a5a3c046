package io.redress.ui.session;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OidcSettingsTest {

    @Test
    void withoutTheKeycloakUrlTheUiSignsInLocally() {
        assertEquals(Optional.empty(), OidcSettings.from(new MapConfig(Map.of())));
        assertEquals(Optional.empty(), OidcSettings.from(new MapConfig(Map.of(OidcSettings.URL, " "))));
        assertFalse(new SignInMode(new MapConfig(Map.of())).keycloak());
    }

    @Test
    void theRealmAndTheClientHaveDefaultsTheSecretHasNone() {
        OidcSettings settings = OidcSettings.from(new MapConfig(Map.of(OidcSettings.URL, "http://kc.example:8180/",
                OidcSettings.CLIENT_SECRET, "s3cret"))).orElseThrow();

        assertEquals(new OidcSettings("http://kc.example:8180", "redress", "redress-ui", "s3cret", null), settings);
        assertEquals(URI.create("http://kc.example:8180/realms/redress"), settings.issuer());
        assertEquals(Optional.empty(), settings.publicBase());
        assertFalse(settings.toString().contains("s3cret"), settings::toString);
        assertThrows(NoSuchElementException.class, () -> OidcSettings.from(new MapConfig(Map.of(OidcSettings.URL, "http://kc"))));
    }

    @Test
    void everySettingCanBeGiven() {
        OidcSettings settings = OidcSettings.from(new MapConfig(Map.of(OidcSettings.URL, "https://id.example",
                OidcSettings.REALM, "acme", OidcSettings.CLIENT_ID, "acme-ui", OidcSettings.CLIENT_SECRET, "s",
                OidcSettings.PUBLIC_URL, "https://redress.example/app/"))).orElseThrow();

        assertEquals(URI.create("https://id.example/realms/acme"), settings.issuer());
        assertEquals("acme-ui", settings.clientId());
        assertEquals(Optional.of(URI.create("https://redress.example/app")), settings.publicBase());
        assertTrue(new SignInMode(new MapConfig(Map.of(OidcSettings.URL, "https://id.example", OidcSettings.CLIENT_SECRET, "s")))
                .keycloak());
    }
}
