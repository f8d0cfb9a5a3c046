package io.redress.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Makes sure the test Keycloak ({@code .ci/keycloak}) answers before the system tests of a run that needs it (system
 * property {@code redress.it.keycloak}), starting it if nothing runs there — the first time this fetches the
 * distribution through Maven. A Keycloak the tests started is marked (a file in {@code target/}) so that the last
 * run ({@code redress.it.keycloak.stop}) stops it; one that {@code .ci/run} or a developer started stays up.
 */
public class KeycloakSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("redress.it.keycloak") || realmAnswers()) {
            return;
        }
        run("start");
        try {
            Files.writeString(marker(), "the system tests started the test Keycloak\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!realmAnswers()) {
            throw new IllegalStateException("the test Keycloak started but its realm redress does not answer at " + realmUrl());
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (Boolean.getBoolean("redress.it.keycloak.stop") && Files.exists(marker())) {
            run("stop");
            try {
                Files.delete(marker());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Path marker() {
        return Path.of(System.getProperty("redress.it.keycloak.marker"));
    }

    static String keycloakUrl() {
        String url = System.getenv("REDRESS_KEYCLOAK_URL");
        if (url == null || url.isBlank()) {
            url = System.getenv("REDRESS_IT_KEYCLOAK_URL");
        }
        return url == null || url.isBlank() ? "http://127.0.0.1:8180" : url;
    }

    private static URI realmUrl() {
        return URI.create(keycloakUrl() + "/realms/redress/.well-known/openid-configuration");
    }

    private static boolean realmAnswers() {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()) {
            return http.send(HttpRequest.newBuilder(realmUrl()).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void run(String command) {
        Path script = Path.of(System.getProperty("redress.it.keycloak.script"));
        try {
            Process process = new ProcessBuilder("bash", script.toString(), command)
                    .directory(script.getParent().getParent().toFile()).inheritIO().start();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException(script + " " + command + " ended with " + exit);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + script + " " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
