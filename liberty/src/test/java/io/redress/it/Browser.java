package io.redress.it;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * Debian's chromium, headless, with a profile of its own, for the browser tests. Runs where chromium and
 * chromedriver are installed; CI installs them and sets {@code REDRESS_IT_BROWSER=required}, which turns their
 * absence into a failure instead of a skip.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String mode = System.getProperty("redress.it.browser", System.getenv("REDRESS_IT_BROWSER"));
        if (!installed && "required".equals(mode)) {
            throw new IllegalStateException("chromium and chromium-driver are required: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, "chromium/chromedriver not installed: the browser test needs Debian's chromium");
        Path profile = Files.createTempDirectory("redress-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,900", "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (UncheckedIOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}
