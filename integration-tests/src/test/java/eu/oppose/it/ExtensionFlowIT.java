package eu.oppose.it;

import eu.oppose.letters.control.PdfChecks;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a person lives through, on the real parts: the real WAR on Payara Micro, Debian's Chromium (and
 * firefox-esr) with the built extension pointed at it, and pages that imitate Instagram and Facebook under their
 * real host names.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionFlowIT extends DeployedServer {

    private static final Path EXTENSION = Path.of(System.getProperty("extension.dir", "../extension/target/chromium"))
            .toAbsolutePath().normalize();
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final Path EXTENSION_ROOT = Path.of(System.getProperty("extension.root", "../extension"))
            .toAbsolutePath().normalize();

    static final String NAME = "Ilse Nordström-Kowalczyk";
    static final String EMAIL = "ilse.flow@example.org";
    static final String GROUNDS = "Ich werde verfolgt; meine Wohnadresse in Antworten von Meta AI gefährdet mich.";
    static final String ITEM = "https://verzeichnis.example.org/ilse-flow";


    private static FixtureServer fixtures;
    private static LoopbackProxy server;
    private static Chromium chromium;
    private static String extension;
    private static JsonObject walks;

    @BeforeEach
    void startOnce() throws Exception {
        if (chromium != null) {
            return;
        }
        fixtures = new FixtureServer();
        server = new LoopbackProxy(base().getPort());
        chromium = Chromium.withExtension(EXTENSION, fixtures);
        extension = "chrome-extension://" + chromium.extensionId() + "/";
        try (InputStream in = Files.newInputStream(FixtureServer.FIXTURES.resolve("walks.json"))) {
            walks = Json.createReader(in).readObject();
        }
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
            server.close();
            fixtures.close();
        }
    }

    private static ChromeDriver browser() {
        return chromium.driver();
    }

    @Test
    void instagramFromFeedToSentObjectionInFrenchAndGerman() {
        walkOwnData("instagram", "fr");
        walkOwnData("instagram", "de");
    }

    @Test
    void facebookFromFeedToSentObjectionInGermanAndFrench() {
        walkOwnData("facebook", "de");
        walkOwnData("facebook", "fr");
    }

    /**
     * The same walk in Debian's firefox-esr with the built Firefox add-on, against this server. Firefox is driven
     * over WebDriver BiDi (no geckodriver exists for Debian) by the extension's own browser-test driver, so the
     * walk, its checks and the Firefox set-up are written once, in extension/test/support.
     */
    @Test
    void instagramInFirefoxFromFeedToSentObjectionInFrench() throws Exception {
        Path output = Files.createTempFile("oppose-firefox-walk", ".log");
        Process walk = new ProcessBuilder("node", "test/support/walk-cli.js", "firefox", "instagram", "fr",
                "http://127.0.0.1:" + server.port())
                .directory(EXTENSION_ROOT.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean ended = walk.waitFor(3, java.util.concurrent.TimeUnit.MINUTES);
        if (!ended) {
            walk.destroyForcibly();
        }
        String log = Files.readString(output);
        List<String> steps = walks.getJsonObject("instagram").getJsonArray("moves").getValuesAs(JsonObject.class).stream()
                .map(move -> move.getString("step")).distinct().toList();
        assertAll("the walk in Firefox:\n" + log,
                () -> assertTrue(ended, "ended within 3 minutes"),
                () -> assertEquals(0, walk.exitValue(), "recorded as sent"),
                () -> assertTrue(log.contains("\"steps\":[\"" + String.join("\",\"", steps) + "\"]"), "every step, in order"));
    }

    /** Starts a session in the popup, follows every highlight by clicking it, sends, and finds it recorded. */
    private void walkOwnData(String platform, String lang) {
        setOptions(lang);
        pageLanguage(lang);
        startSession(platform, "own-data");
        JsonObject walk = walks.getJsonObject(platform);
        browser().get(walk.getString("feed"));
        for (JsonObject move : walk.getJsonArray("moves").getValuesAs(JsonObject.class)) {
            String step = move.getString("step");
            expectStep(step, move.getString("target"), "server");
            browser().findElement(By.cssSelector("[data-oppose-step='" + step + "']")).click();
        }
        expectCard("done", "server");
        assertEquals(0, browser().findElements(By.cssSelector("[data-oppose-step]")).size(), "nothing marked once sent");
        closeTab();

        WebElement entry = popupEntry(platform, "own-data");
        assertAll(platform + " in " + lang,
                () -> assertTrue(entry.findElement(By.cssSelector(".progress")).getText().matches(".*6\\D+6.*"),
                        entry.getText()),
                () -> assertFalse(entry.findElements(By.cssSelector(".sent")).isEmpty(), "the date it was sent"),
                () -> assertTrue(entry.findElements(By.cssSelector(".active")).isEmpty(), "the session ended"));
        closeTab();
    }

    @Test
    void fallsBackToItsOwnGuideWhenTheServerIsGoneAndResumesWhenItIsBack() {
        setOptions("en");
        pageLanguage("en");
        startSession("instagram", "own-data");
        browser().get("https://www.instagram.com/");
        expectStep("open-profile", "nav a", "server");

        server.down();
        try {
            browser().findElement(By.cssSelector("[data-oppose-step='open-profile']")).click();
            expectStep("open-menu", "a[href=\"/accounts/edit/\"]", "offline");
        } finally {
            server.up();
        }
        browser().findElement(By.cssSelector("[data-oppose-step='open-menu']")).click();
        expectStep("open-privacy-center", "a[href=\"https://privacycenter.instagram.com/\"]", "server");
        closeTab();
    }

    @Test
    void writesTheThirdPartyLetterKeepingWhatWasTypedThroughErrors() throws IOException {
        openExtensionPage("letter.html");
        WebDriverWait wait = new WebDriverWait(browser(), PATIENCE);
        wait.until(d -> !d.findElements(By.name("items[0].location")).isEmpty());
        new Select(browser().findElement(By.name("language"))).selectByValue("de");
        type("person.name", NAME);
        type("person.address", "Lindenstraße 5\n10115 Berlin");
        type("person.email", "ilse-at-example");
        type("items[0].location", ITEM);
        type("items[0].description", "Meine Wohnadresse");
        type("grounds", GROUNDS);
        type("place", "Berlin");

        browser().findElement(By.cssSelector("button[value='pdf']")).click();
        wait.until(d -> "true".equals(d.findElement(By.name("person.email")).getDomAttribute("aria-invalid")));
        assertEquals("ilse-at-example", browser().findElement(By.name("person.email")).getDomProperty("value"));
        assertEquals(NAME, browser().findElement(By.name("person.name")).getDomProperty("value"), "what was typed is kept");

        browser().findElement(By.name("person.email")).clear();
        type("person.email", EMAIL);
        browser().findElement(By.cssSelector("button[value='pdf']")).click();
        byte[] pdf = Files.readAllBytes(chromium.awaitDownload(".pdf", PATIENCE));
        String text = PdfChecks.text(pdf);
        assertAll(
                () -> assertEquals(List.of(), PdfChecks.failedRules(pdf), "PDF/A-2a and PDF/UA-1"),
                () -> assertTrue(text.contains(NAME), "name"),
                () -> assertTrue(text.contains(GROUNDS.substring(0, 40)), "grounds"),
                () -> assertTrue(text.contains(ITEM), "item"),
                () -> assertTrue(text.contains("Widerspruch"), "in German"));
        closeTab();
    }

    /** Last: by now the server has seen every walk, the outage and the letter. */
    @Test
    @Order(Integer.MAX_VALUE)
    void theServerLogHoldsNothingOfWhatPeopleDidOrTyped() {
        String log = ServerLog.read();
        for (String secret : List.of(NAME, EMAIL, ITEM, GROUNDS.substring(0, 30), "jane.doe", "accounts/edit",
                "privacycenter.instagram.com/", "767264225370182", "profile.php")) {
            assertFalse(log.contains(secret), "the server log contains " + secret);
        }
    }

    private void setOptions(String lang) {
        openExtensionPage("options.html");
        WebDriverWait wait = new WebDriverWait(browser(), PATIENCE);
        WebElement address = wait.until(d -> {
            WebElement field = d.findElement(By.id("server"));
            return field.getDomProperty("value").isEmpty() ? null : field;
        });
        address.clear();
        address.sendKeys("http://127.0.0.1:" + server.port());
        new Select(browser().findElement(By.id("lang"))).selectByValue(lang);
        browser().findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(d -> !d.findElement(By.id("saved")).getText().isEmpty());
        closeTab();
    }

    private void pageLanguage(String lang) {
        for (String site : List.of(".instagram.com", ".facebook.com")) {
            chromium.cookie(site, "fixture_lang", lang);
        }
    }

    private void startSession(String platform, String flow) {
        openExtensionPage("popup.html");
        Set<String> before = new HashSet<>(browser().getWindowHandles());
        WebElement start = new WebDriverWait(browser(), PATIENCE).until(d -> d.findElement(By.cssSelector(
                "li[data-platform='" + platform + "'][data-flow='" + flow + "'] button[data-action='start']")));
        String popup = browser().getWindowHandle();
        start.click();
        String opened = new WebDriverWait(browser(), PATIENCE).until(d -> d.getWindowHandles().stream()
                .filter(handle -> !before.contains(handle)).findFirst().orElse(null));
        if (browser().getWindowHandles().contains(popup)) {
            browser().switchTo().window(popup).close();
        }
        browser().switchTo().window(opened);
    }

    private WebElement popupEntry(String platform, String flow) {
        openExtensionPage("popup.html");
        return new WebDriverWait(browser(), PATIENCE).until(d -> d.findElement(By.cssSelector(
                "li[data-platform='" + platform + "'][data-flow='" + flow + "']")));
    }

    /** The data-oppose-step contract: exactly one element marked, the expected one, and the card naming the step. */
    private void expectStep(String step, String target, String source) {
        new WebDriverWait(browser(), PATIENCE).withMessage(() -> "step " + step + " on " + target + " from " + source
                        + " at " + browser().getCurrentUrl())
                .until(d -> !d.findElements(By.cssSelector(target + "[data-oppose-step='" + step + "']")).isEmpty()
                        && !d.findElements(By.cssSelector("oppose-overlay[data-step='" + step + "'][data-source='" + source + "']")).isEmpty());
        List<String> marked = browser().findElements(By.cssSelector("[data-oppose-step]")).stream()
                .map(e -> e.getDomAttribute("data-oppose-step")).toList();
        assertEquals(List.of(step), marked, "exactly one element marked");
    }

    private void expectCard(String step, String source) {
        new WebDriverWait(browser(), PATIENCE).withMessage(() -> "card " + step + " at " + browser().getCurrentUrl())
                .until(d -> !d.findElements(By.cssSelector("oppose-overlay[data-step='" + step + "'][data-source='" + source + "']")).isEmpty());
    }

    private void openExtensionPage(String page) {
        browser().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        browser().get(extension + page);
    }

    private void type(String name, String text) {
        browser().findElement(By.name(name)).sendKeys(text);
    }

    /** Closes the current tab and moves to another, keeping the browser open. */
    private void closeTab() {
        WebDriver driver = browser();
        if (driver.getWindowHandles().size() > 1) {
            driver.close();
            driver.switchTo().window(driver.getWindowHandles().iterator().next());
        } else {
            ((JavascriptExecutor) driver).executeScript("window.location = 'about:blank'");
        }
    }
}
