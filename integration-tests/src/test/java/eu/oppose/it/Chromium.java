package eu.oppose.it;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven by Debian's chromedriver — never a downloaded browser — with a fresh
 * profile and a download folder of its own.
 */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1280,900");

    private final ChromeDriver driver;
    private final Path downloads;

    private Chromium(List<String> arguments, boolean javascript) {
        if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's Chromium and its driver at " + BINARY + " and "
                    + DRIVER + ": apt-get install -y chromium chromium-driver (bin/test does it when run as root).");
        }
        try {
            downloads = Files.createTempDirectory("oppose-downloads");
            Path profile = Files.createTempDirectory("oppose-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BINARY.toFile());
            options.addArguments(FLAGS);
            options.addArguments(arguments);
            options.addArguments("--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false,
                    "profile.managed_default_content_settings.javascript", javascript ? 1 : 2));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
            driver.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A browser for ordinary pages; with {@code javascript} false it behaves as a browser with scripts off. */
    static Chromium pages(boolean javascript) {
        return new Chromium(List.of(), javascript);
    }

    /**
     * A browser with the unpacked extension loaded, and the fixture hosts (www.instagram.com …) answered by the
     * local fixture server, so the extension's real match patterns apply.
     */
    static Chromium withExtension(Path extension, FixtureServer fixtures) {
        if (!Files.isRegularFile(extension.resolve("manifest.json"))) {
            throw new IllegalStateException("No extension build at " + extension + ": the extension module builds it first.");
        }
        String rules = fixtures.hosts().stream().map(host -> "MAP " + host + ":443 127.0.0.1:" + fixtures.port())
                .collect(Collectors.joining(", "));
        return new Chromium(List.of("--disable-extensions-except=" + extension, "--load-extension=" + extension,
                "--host-resolver-rules=" + rules, "--ignore-certificate-errors"), true);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** The id of the loaded extension, read from its service worker's address. */
    @SuppressWarnings("unchecked")
    String extensionId() {
        Instant deadline = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(deadline)) {
            List<Map<String, Object>> targets = (List<Map<String, Object>>) driver.executeCdpCommand("Target.getTargets", Map.of())
                    .get("targetInfos");
            Optional<String> id = targets.stream()
                    .filter(target -> "service_worker".equals(target.get("type")))
                    .map(target -> String.valueOf(target.get("url")))
                    .filter(url -> url.startsWith("chrome-extension://"))
                    .map(url -> url.substring("chrome-extension://".length(), url.indexOf('/', "chrome-extension://".length())))
                    .findFirst();
            if (id.isPresent()) {
                return id.get();
            }
            pause(Duration.ofMillis(200));
        }
        throw new IllegalStateException("the extension's service worker did not start");
    }

    /** Sets a cookie for a whole site, as the site itself would. */
    void cookie(String domain, String name, String value) {
        driver.executeCdpCommand("Network.setCookie", Map.of("name", name, "value", value, "domain", domain, "path", "/",
                "secure", true));
    }

    /**
     * Waits for a finished download whose name ends with {@code suffix}: no partial file left, and its size no
     * longer changing (the browser may create the file before it writes it).
     */
    Path awaitDownload(String suffix, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        long lastSize = -1;
        while (Instant.now().isBefore(deadline)) {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> all = files.toList();
                Optional<Path> done = all.stream().filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
                boolean partial = all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
                if (done.isPresent() && !partial) {
                    long size = Files.size(done.get());
                    if (size > 0 && size == lastSize) {
                        return done.get();
                    }
                    lastSize = size;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pause(Duration.ofMillis(100));
        }
        throw new AssertionError("no " + suffix + " download within " + timeout + "; downloads: " + listing());
    }

    private List<String> listing() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(ArrayList::new));
        } catch (IOException e) {
            return List.of(e.toString());
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
