package eu.oppose.it;

import eu.oppose.letters.control.PdfChecks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web page at / in a real browser, with JavaScript and without, on the real WAR in Payara Micro: its
 * languages, the letter form end to end (the PDF read back), errors in place, accessibility by axe-core, the
 * security headers, its weight and that it asks nothing of any other site.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageIT extends DeployedServer {

    static final String NAME = "Aurélie Webpage-Testeuse";
    static final String EMAIL = "aurelie.webpage@example.org";
    static final String GROUNDS = "Je suis infirmière et j'ai été menacée : mon adresse ne doit pas ressortir dans Meta AI.";
    static final String LOCATION = "https://annuaire.example.org/aurelie-webpage";
    static final String DESCRIPTION = "Mon adresse personnelle et mon numéro de téléphone";
    static final String SECOND_LOCATION = "Un message dans le groupe Randonnée Webpage";
    static final String SECOND_DESCRIPTION = "Une photo de mes enfants devant l'école";
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String AXE = axeSource();

    /** One browser with JavaScript and one without, started once for the whole class. */
    private static Chromium scripted;
    private static Chromium plain;
    private URI base;
    private Http http;

    @BeforeEach
    void connect() {
        base = base();
        http = http();
        if (scripted == null) {
            scripted = Chromium.pages(true);
            plain = Chromium.pages(false);
        }
    }

    @AfterAll
    static void quit() {
        for (Chromium chromium : new Chromium[]{scripted, plain}) {
            if (chromium != null) {
                chromium.close();
            }
        }
        scripted = null;
        plain = null;
    }

    @Test
    @Order(1)
    void answersInTheBrowsersLanguageAndSwitchesOnRequest() {
        for (String lang : List.of("en", "fr", "de")) {
            HttpResponse<String> page = http.get("", "Accept-Language", lang + "-XX," + lang + ";q=0.9,en;q=0.1");
            assertAll(lang,
                    () -> assertEquals(200, page.statusCode()),
                    () -> assertEquals(lang, page.headers().firstValue("Content-Language").orElseThrow()),
                    () -> assertTrue(page.headers().firstValue("Vary").orElseThrow().contains("Accept-Language")),
                    () -> assertTrue(page.body().contains("<html lang=\"" + lang + "\">")));
        }

        ChromeDriver browser = scripted.driver();
        acceptLanguage(browser, "fr-FR,fr;q=0.9");
        try {
            browser.get(base.toString());
            assertEquals("fr", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
            assertEquals("Opposez-vous à l'entraînement de l'IA de Meta avec vos données", browser.findElement(By.tagName("h1")).getText());
            assertEquals("Français", browser.findElement(By.cssSelector(".languages [aria-current=page]")).getText());

            browser.findElement(By.linkText("Deutsch")).click();
            wait(browser).until(driver -> "de".equals(driver.findElement(By.tagName("html")).getDomAttribute("lang")));
            assertEquals("Widersprich Metas KI-Training mit deinen Daten", browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.findElement(By.id("steps")).getText().contains("Öffne das Datenschutzcenter"), "steps from the guide data");

            browser.findElement(By.linkText("English")).click();
            wait(browser).until(driver -> "en".equals(driver.findElement(By.tagName("html")).getDomAttribute("lang")));
            assertTrue(browser.findElement(By.id("steps")).getText().contains("Open the Privacy Center"));
        } finally {
            acceptLanguage(browser, "en-US,en;q=0.9");
        }
    }

    @Test
    @Order(2)
    void everyResponseCarriesTheSecurityHeaders() {
        HttpResponse<String> errorPage = http.post("api/v1/letters?lang=en", "kind=third-party-data&language=en",
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html");
        assertEquals(400, errorPage.statusCode());
        List<HttpResponse<String>> responses = List.of(http.get(""), http.get("web/oppose.css"), http.get("web/oppose.js"),
                http.get("api/v1/platforms", "Origin", "https://evil.example"), http.get("no-such-page"),
                http.get("extension/oppose-firefox.zip"), errorPage);
        for (HttpResponse<String> response : responses) {
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertAll(response.uri().getPath(),
                    () -> assertTrue(csp.contains("default-src 'self'"), csp),
                    () -> assertTrue(csp.contains("script-src 'self'"), csp),
                    () -> assertTrue(csp.contains("form-action 'self'"), csp),
                    () -> assertTrue(csp.contains("frame-ancestors 'none'"), csp),
                    () -> assertTrue(csp.contains("base-uri 'none'"), csp),
                    () -> assertTrue(csp.contains("object-src 'none'"), csp),
                    () -> assertFalse(csp.contains("unsafe"), csp),
                    () -> assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse("")),
                    () -> assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse("")),
                    () -> assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty()));
        }
    }

    @Test
    @Order(3)
    void withJavaScriptTheLetterDownloadsWithoutLeavingThePageAndCopiesAsText() throws IOException {
        ChromeDriver browser = scripted.driver();
        String page = base + "?lang=fr";
        browser.get(page);
        fillLetter(browser);
        browser.findElement(By.cssSelector("#f-items [data-add-row]")).click();
        WebElement added = browser.findElement(By.id("f-items-3-location"));
        assertEquals(added, browser.switchTo().activeElement(), "the new row takes the focus");
        assertEquals("items[3].location", added.getDomAttribute("name"));
        assertEquals("4", browser.findElement(By.cssSelector("#f-items fieldset.row:nth-of-type(4) .number")).getText());
        added.sendKeys(SECOND_LOCATION);
        browser.findElement(By.id("f-items-3-description")).sendKeys(SECOND_DESCRIPTION);
        browser.executeScript("document.getElementById('f-items-0-shownOn').value = '2026-11-02'");

        browser.findElement(By.cssSelector("[data-pdf]")).click();
        String text = pdfText(scripted.awaitDownload(".pdf", PATIENCE));
        assertAll(
                () -> assertEquals(page, browser.getCurrentUrl(), "the page stays"),
                () -> assertEquals("Votre lettre est prête et se télécharge.", browser.findElement(By.id("letter-status")).getText()),
                () -> assertPdfContains(text, NAME, EMAIL, GROUNDS, LOCATION, DESCRIPTION, SECOND_LOCATION, SECOND_DESCRIPTION));

        scripted.driver().executeCdpCommand("Browser.grantPermissions", Map.of("origin", base.toString().replaceAll("/$", ""),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        browser.findElement(By.cssSelector("[data-copy-text]")).click();
        WebElement letterText = browser.findElement(By.id("letter-text"));
        wait(browser).until(driver -> letterText.getDomProperty("value").contains(NAME));
        assertEquals("Le texte de la lettre est copié : collez-le dans le formulaire de Meta.",
                browser.findElement(By.id("letter-status")).getText());
        Object clipboard = browser.executeAsyncScript("navigator.clipboard.readText().then(arguments[0], e => arguments[0]('unreadable: ' + e))");
        assertEquals(letterText.getDomProperty("value"), clipboard, "the clipboard holds the letter's text");
        assertTrue(letterText.getDomProperty("value").contains(GROUNDS));
        assertTrue(letterText.getDomProperty("value").contains(SECOND_DESCRIPTION));
    }

    @Test
    @Order(4)
    void withoutJavaScriptTheFormPostsAndTheLetterDownloads() throws IOException {
        ChromeDriver browser = plain.driver();
        browser.get(base + "?lang=de");
        assertAll("what needs JavaScript stays hidden; the plain way shows",
                () -> assertFalse(browser.findElement(By.cssSelector("#f-items [data-add-row]")).isDisplayed()),
                () -> assertFalse(browser.findElement(By.cssSelector("[data-copy-text]")).isDisplayed()),
                () -> assertTrue(browser.findElement(By.cssSelector("[data-show-text]")).isDisplayed()),
                () -> assertEquals(3, browser.findElements(By.cssSelector("#f-items fieldset.row")).size()),
                () -> assertEquals(2, browser.findElements(By.cssSelector("#f-accounts fieldset.row")).size()));
        fillLetter(browser);
        browser.findElement(By.id("f-items-2-location")).sendKeys(SECOND_LOCATION);
        browser.findElement(By.id("f-items-2-description")).sendKeys(SECOND_DESCRIPTION);
        browser.findElement(By.cssSelector("[data-pdf]")).click();
        String text = pdfText(plain.awaitDownload(".pdf", PATIENCE));
        assertPdfContains(text, NAME, EMAIL, GROUNDS, LOCATION, DESCRIPTION, SECOND_LOCATION, SECOND_DESCRIPTION);
        assertTrue(text.contains("Widerspruch"), "the letter is in the page's language");

        browser.findElement(By.cssSelector("[data-show-text]")).click();
        wait(browser).until(driver -> driver.getCurrentUrl().contains("/api/v1/letters"));
        String letter = browser.findElement(By.tagName("body")).getText();
        assertTrue(letter.contains(NAME) && letter.contains(GROUNDS) && letter.contains(SECOND_DESCRIPTION), "the letter as text");
    }

    @Test
    @Order(5)
    void withJavaScriptErrorsAppearInPlaceFromTheProblemAnswer() {
        ChromeDriver browser = scripted.driver();
        String page = base + "?lang=fr";
        browser.get(page);
        fillWrongly(browser);
        browser.findElement(By.cssSelector("[data-pdf]")).click();
        WebElement summary = browser.findElement(By.id("letter-errors"));
        wait(browser).until(driver -> summary.isDisplayed());
        assertEquals(page, browser.getCurrentUrl(), "the page stays");
        assertEquals(summary, browser.switchTo().activeElement(), "the summary takes the focus");
        assertErrorsShownWithInputKept(browser);
        assertNoAccessibilityViolations(browser, "fr, errors shown by the script");

        browser.findElement(By.id("f-items-1-location")).clear();
        browser.findElement(By.cssSelector("[data-pdf]")).click();
        wait(browser).until(driver -> !driver.findElements(By.id("f-items-error")).isEmpty());
        WebElement items = browser.findElement(By.id("f-items"));
        assertAll("a problem with the rows as a whole goes to their group",
                () -> assertTrue(items.getDomAttribute("aria-describedby").endsWith("f-items-error")),
                () -> assertTrue(browser.findElements(By.id("f-items-1-description-error")).isEmpty(), "earlier errors are gone"),
                () -> assertTrue(browser.findElements(By.cssSelector("#letter-errors a[href='#f-items-0-location']")).size() == 1));
    }

    @Test
    @Order(6)
    void withoutJavaScriptErrorsAppearOnTheReturnedPageWithInputKept() {
        ChromeDriver browser = plain.driver();
        browser.get(base + "?lang=fr");
        fillWrongly(browser);
        browser.findElement(By.cssSelector("[data-pdf]")).click();
        wait(browser).until(driver -> driver.getCurrentUrl().contains("/api/v1/letters"));
        assertEquals("fr", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertTrue(browser.findElement(By.id("letter-errors")).isDisplayed());
        assertErrorsShownWithInputKept(browser);
    }

    @Test
    @Order(7)
    void axeCoreFindsNoViolationsInAnyLanguageEmptyOrWithErrorsLightOrDark() {
        ChromeDriver browser = scripted.driver();
        for (String lang : List.of("en", "fr", "de")) {
            browser.get(base + "?lang=" + lang);
            assertNoAccessibilityViolations(browser, lang + ", empty");
            fillWrongly(browser);
            // The form's own submit skips the script's handler: the page the server returns without JavaScript.
            browser.executeScript("document.getElementById('letter-form').submit()");
            wait(browser).until(driver -> driver.getCurrentUrl().contains("/api/v1/letters"));
            assertTrue(browser.findElement(By.id("letter-errors")).isDisplayed());
            assertNoAccessibilityViolations(browser, lang + ", errors on the returned page");
        }
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            browser.get(base + "?lang=en");
            assertEquals("rgb(22, 22, 26)", browser.executeScript("return getComputedStyle(document.body).backgroundColor"),
                    "the dark colours apply");
            fillWrongly(browser);
            browser.findElement(By.cssSelector("[data-pdf]")).click();
            wait(browser).until(driver -> driver.findElement(By.id("letter-errors")).isDisplayed());
            assertNoAccessibilityViolations(browser, "en, dark, errors shown by the script");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    @Test
    @Order(8)
    void isUsableFromTheKeyboardAndAt360PixelsWide() {
        ChromeDriver browser = scripted.driver();
        browser.get(base + "?lang=en");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.switchTo().activeElement();
        assertEquals("Skip to the main content", skip.getText());
        skip.sendKeys(Keys.ENTER);
        assertTrue(browser.getCurrentUrl().endsWith("#main"));

        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 2, "mobile", true));
        try {
            browser.get(base + "?lang=de");
            long width = (Long) browser.executeScript("return document.documentElement.scrollWidth");
            assertTrue(width <= 360, "the page fits 360 px without scrolling sideways: " + width);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    @Order(9)
    @SuppressWarnings("unchecked")
    void loadsNothingFromElsewhereAndWeighsUnder100Kilobytes() {
        ChromeDriver browser = scripted.driver();
        browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
        browser.get(base + "?lang=de");
        wait(browser).until(driver -> "complete".equals(browser.executeScript("return document.readyState")));
        List<Map<String, Object>> loaded = (List<Map<String, Object>>) browser.executeScript("""
                return [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')]
                    .map(e => ({name: e.name, size: e.transferSize}));""");
        List<String> referenced = (List<String>) browser.executeScript("""
                return [...document.querySelectorAll('[src], link[href], [srcset], [poster], [data]')]
                    .map(e => e.src || e.href || e.getAttribute('srcset') || e.getAttribute('poster') || e.getAttribute('data'));""");
        String origin = base.toString();
        long bytes = loaded.stream().mapToLong(entry -> ((Number) entry.get("size")).longValue()).sum();
        assertAll(
                () -> assertTrue(loaded.size() >= 3, "the page, its style sheet and its script: " + loaded),
                () -> assertTrue(loaded.stream().allMatch(entry -> String.valueOf(entry.get("name")).startsWith(origin)),
                        "every request goes to this server: " + loaded),
                () -> assertTrue(referenced.stream().allMatch(address -> address.startsWith(origin)), "referenced: " + referenced),
                () -> assertTrue(bytes > 10_000 && bytes < 100_000, "page and assets transferred: " + bytes + " bytes"));
    }

    @Test
    @Order(10)
    void offersBothExtensionBuildsWithInstallInstructions() {
        ChromeDriver browser = scripted.driver();
        browser.get(base + "?lang=en");
        String section = browser.findElement(By.id("extension")).getText();
        assertAll(
                () -> assertTrue(section.contains("chrome://extensions")),
                () -> assertTrue(section.contains("Load unpacked")),
                () -> assertTrue(section.contains("about:debugging")),
                () -> assertTrue(section.contains("Load Temporary Add-on")));
        for (String build : List.of("oppose-chromium.zip", "oppose-firefox.zip")) {
            String href = browser.findElement(By.cssSelector("a[href='/extension/" + build + "']")).getDomProperty("href");
            HttpResponse<String> zip = http.get(URI.create(href).getPath().substring(1));
            assertEquals(200, zip.statusCode(), build);
            assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElseThrow(), build);
            assertTrue(zip.body().startsWith("PK") && zip.body().length() > 1000, build + " is a zip");
        }
    }

    @Test
    @Order(11)
    void theServerLogsNothingThePersonTyped() {
        String log = ServerLog.read();
        for (String typed : List.of(NAME, EMAIL, "Webpage", "annuaire.example.org", "pas-une-adresse")) {
            assertFalse(log.contains(typed), "the server log holds " + typed);
        }
    }

    private static void fillLetter(ChromeDriver browser) {
        browser.findElement(By.id("f-person-name")).sendKeys(NAME);
        browser.findElement(By.id("f-person-address")).sendKeys("12 rue des Lilas", Keys.ENTER, "69003 Lyon", Keys.ENTER, "France");
        browser.findElement(By.id("f-person-email")).sendKeys(EMAIL);
        browser.findElement(By.id("f-accounts-0-identifier")).sendKeys("@aurelie.webpage");
        browser.findElement(By.id("f-items-0-location")).sendKeys(LOCATION);
        browser.findElement(By.id("f-items-0-description")).sendKeys(DESCRIPTION);
        browser.findElement(By.id("f-items-0-prompt")).sendKeys("Où habite Aurélie ?");
        browser.findElement(By.id("f-grounds")).sendKeys(GROUNDS);
        browser.findElement(By.id("f-place")).sendKeys("Lyon");
    }

    /** A name, an e-mail address that is none, grounds too short and a second data item without its description. */
    private static void fillWrongly(ChromeDriver browser) {
        browser.findElement(By.id("f-person-name")).sendKeys(NAME);
        browser.findElement(By.id("f-person-email")).sendKeys("pas-une-adresse");
        browser.findElement(By.id("f-items-1-location")).sendKeys(LOCATION);
        browser.findElement(By.id("f-grounds")).sendKeys("Trop court");
    }

    private static void assertErrorsShownWithInputKept(ChromeDriver browser) {
        List<String> summary = browser.findElements(By.cssSelector("#letter-errors li a")).stream()
                .map(link -> link.getDomAttribute("href")).toList();
        assertAll(
                () -> assertTrue(summary.containsAll(List.of("#f-person-address", "#f-person-email", "#f-items-1-description",
                        "#f-grounds", "#f-place")), "summary links: " + summary),
                () -> assertFalse(summary.contains("#f-person-name"), "no error where all is well"),
                () -> assertInvalid(browser, "f-person-email"),
                () -> assertInvalid(browser, "f-items-1-description"),
                () -> assertInvalid(browser, "f-grounds"),
                () -> assertEquals(NAME, browser.findElement(By.id("f-person-name")).getDomProperty("value")),
                () -> assertEquals("pas-une-adresse", browser.findElement(By.id("f-person-email")).getDomProperty("value")),
                () -> assertEquals(LOCATION, browser.findElement(By.id("f-items-1-location")).getDomProperty("value")),
                () -> assertEquals("Trop court", browser.findElement(By.id("f-grounds")).getDomProperty("value")),
                () -> assertTrue(browser.findElement(By.id("f-grounds-error")).getText().contains("20"),
                        "the letters library's message, in the letter's language"));
    }

    /** Marked invalid and described by an error shown right before it. */
    private static void assertInvalid(ChromeDriver browser, String id) {
        WebElement field = browser.findElement(By.id(id));
        WebElement error = browser.findElement(By.id(id + "-error"));
        assertEquals("true", field.getDomAttribute("aria-invalid"), id);
        assertTrue(field.getDomAttribute("aria-describedby").contains(id + "-error"), id);
        assertTrue(error.isDisplayed() && !error.getText().isBlank(), id);
        assertEquals(error, field.findElement(By.xpath("preceding-sibling::*[1]")), id + ": the error right before the field");
    }

    private static void assertPdfContains(String pdfText, String... values) {
        String compact = compact(pdfText);
        for (String value : values) {
            assertTrue(compact.contains(compact(value)), "the PDF holds " + value);
        }
    }

    /** Text without blanks: a value may wrap anywhere in the letter. */
    private static String compact(String text) {
        return text.replace("\u00A0", "").replaceAll("\\s+", "");
    }

    private static String pdfText(Path pdf) throws IOException {
        return PdfChecks.text(Files.readAllBytes(pdf));
    }

    @SuppressWarnings("unchecked")
    private static void assertNoAccessibilityViolations(ChromeDriver browser, String what) {
        browser.executeScript(AXE);
        Map<String, Object> results = (Map<String, Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                   .then(r => done({violations: r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                                     + v.nodes.map(n => n.target.join(' ')).join(', '))}))
                   .catch(e => done({violations: ['axe failed: ' + e]}));""", WCAG_21_AA);
        assertEquals(List.of(), results.get("violations"), what);
    }

    /** The Accept-Language the browser sends, as a person's language settings would set it. */
    private static void acceptLanguage(ChromeDriver browser, String languages) {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Accept-Language", languages)));
    }

    private static WebDriverWait wait(ChromeDriver browser) {
        return new WebDriverWait(browser, PATIENCE);
    }

    /** axe-core from its web jar, whatever version the parent pom manages. */
    private static String axeSource() {
        try (InputStream about = WebPageIT.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (about == null) {
                throw new IllegalStateException("axe-core is missing from the test class path (org.webjars.npm:axe-core)");
            }
            Properties properties = new Properties();
            properties.load(about);
            try (InputStream axe = WebPageIT.class.getResourceAsStream(
                    "/META-INF/resources/webjars/axe-core/" + properties.getProperty("version") + "/axe.min.js")) {
                return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
