package io.redress.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * For the Keycloak-mode run of the system tests: makes sure the test Keycloak ({@code .ci/keycloak}) answers before
 * any test, starting it if nothing runs there (the first time this fetches the distribution through Maven), and stops
 * it at the end only if it started it — a Keycloak that {@code .ci/run} or a developer started stays up. Does nothing in
 * the other runs.
 */
public class KeycloakSession implements LauncherSessionListener {

    private boolean started;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("redress.it.keycloak") || started || realmAnswers()) {
            return;
        }
        run("start");
        started = true;
        if (!realmAnswers()) {
            throw new IllegalStateException("the test Keycloak started but its realm redress does not answer at " + realmUrl());
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (started) {
            started = false;
            run("stop");
        }
    }

    static String keycloakUrl() {
        return System.getenv().getOrDefault("REDRESS_KEYCLOAK_URL", "http://127.0.0.1:8180");
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
