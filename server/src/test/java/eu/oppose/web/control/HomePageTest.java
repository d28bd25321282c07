package eu.oppose.web.control;

import eu.oppose.guide.control.GuideCatalog;
import eu.oppose.guide.control.Guides;
import eu.oppose.guide.control.TestGuides;
import eu.oppose.guide.control.Languages;
import eu.oppose.letters.control.Letters;
import eu.oppose.letters.entity.Violation;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page as the server renders it, from the real guide data, texts and templates. */
class HomePageTest {

    static final Letters LETTERS = new Letters();
    static final HomePage PAGE = homePage();

    static HomePage homePage() {
        Guides guides = TestGuides.GUIDES;
        HomePage page = new HomePage();
        page.languages = new Languages(guides);
        page.texts = new PageTexts(page.languages.supported());
        page.guides = new GuideSections(new GuideCatalog(guides, TestGuides.JSON));
        page.template = new PageTemplate();
        page.letters = LETTERS;
        return page;
    }

    private static String empty(String lang, String acceptLanguage) {
        return PAGE.render(PAGE.language(lang, acceptLanguage), Map.of(), List.of());
    }

    private static Map<String, List<String>> typed(String... pairs) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], List.of(pairs[i + 1]));
        }
        return form;
    }

    /** The start tag of the control with this id. */
    private static String control(String html, String id) {
        Matcher m = Pattern.compile("<(input|textarea|select) id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        assertTrue(m.find(), "no control " + id);
        return m.group();
    }

    @Test
    void rendersEachLanguageWithItsTextsAndTheGuideSteps() {
        record Expected(String lang, String heading, String stepTitle, String switchName) {
        }
        for (Expected e : List.of(
                new Expected("en", "Object to Meta training its AI on your data", "Open the Privacy Center", "English"),
                new Expected("fr", "Opposez-vous à l&#39;entraînement de l&#39;IA de Meta avec vos données", "Ouvrez l&#39;Espace confidentialité", "Français"),
                new Expected("de", "Widersprich Metas KI-Training mit deinen Daten", "Öffne das Datenschutzcenter", "Deutsch"))) {
            String html = empty(e.lang(), null);
            assertAll(e.lang(),
                    () -> assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"" + e.lang() + "\">")),
                    () -> assertTrue(html.contains("<h1>" + e.heading() + "</h1>"), "heading"),
                    () -> assertTrue(html.contains(e.stepTitle()), "a step title from the guide data"),
                    () -> assertTrue(html.contains("lang=\"" + e.lang() + "\" hreflang=\"" + e.lang() + "\" aria-current=\"page\">"
                            + e.switchName() + "</a>"), "the current language in the switch"),
                    () -> assertTrue(html.contains("action=\"/api/v1/letters?lang&#61;" + e.lang() + "#letter-errors\""), "form keeps the language"),
                    () -> assertTrue(html.contains("href=\"https://help.instagram.com/contact/767264225370182\""), "Instagram's form"),
                    () -> assertTrue(html.contains("href=\"https://www.facebook.com/help/contact/712876720715583\""), "Facebook's form"),
                    () -> assertTrue(html.contains("href=\"https://www.facebook.com/help/contact/510058597920541\""), "third-party form"),
                    () -> assertTrue(html.contains("<option value=\"" + e.lang() + "\" selected>"), "letter in the page's language"),
                () -> assertTrue(html.contains("<title>Oppose"), "no errors, no error title"),
                    () -> assertFalse(html.contains("{{"), "no template left over"),
                    () -> assertFalse(html.contains("<script>"), "no inline script"),
                    () -> assertFalse(html.contains("style="), "no inline style"));
        }
    }

    @Test
    void showsEveryFlowWithItsGoingForwardNote() {
        String html = empty("en", null);
        for (String flow : List.of("instagram-own-data", "instagram-third-party-data", "facebook-own-data", "facebook-third-party-data")) {
            int start = html.indexOf("id=\"" + flow + "\"");
            assertTrue(start > 0, flow);
            String section = html.substring(start, html.indexOf("</section>", start));
            assertTrue(section.contains("An objection sent now applies going forward"), flow);
            assertTrue(section.contains("class=\"button\" href=\"https://"), flow + " direct link");
        }
    }

    @Test
    void choosesTheLanguageFromLangThenAcceptLanguageThenEnglish() {
        assertAll(
                () -> assertEquals("fr", PAGE.language("fr", "de")),
                () -> assertEquals("de", PAGE.language(null, "it-IT,de;q=0.8,fr;q=0.5")),
                () -> assertEquals("de", PAGE.language("<b>", "de"), "a malformed lang is ignored, not refused"),
                () -> assertEquals("en", PAGE.language("pt", "it")),
                () -> assertEquals("en", PAGE.language(null, null)),
                () -> assertTrue(empty(null, "de-AT").contains("<html lang=\"de\">")));
    }

    @Test
    void escapesWhatWasTypedAndWhatTheServerSays() {
        String hostile = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
        String html = PAGE.render("en",
                typed("person.name", hostile, "grounds", "</textarea><script>alert(3)</script>", "language", "\"><b>",
                        "items[0].location", "javascript:alert(4)"),
                List.of(new Violation("person.name", "<i>bad</i> & \"worse\""),
                        new Violation("<script>", "<script>alert(5)</script>")));
        assertAll(
                () -> assertFalse(html.contains("<script>alert"), "no script injected"),
                () -> assertFalse(html.contains("<img src=x"), "no element injected"),
                () -> assertFalse(html.contains("<i>bad</i>"), "error messages are text"),
                () -> assertTrue(html.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src&#61;x onerror&#61;alert(2)&gt;\"")),
                () -> assertTrue(html.contains("&lt;/textarea&gt;&lt;script&gt;alert(3)&lt;/script&gt;</textarea>")),
                () -> assertTrue(html.contains("&lt;i&gt;bad&lt;/i&gt; &amp; &quot;worse&quot;")),
                () -> assertTrue(html.contains("<option value=\"en\" selected>"), "an unknown letter language falls back to the page's"),
                () -> assertTrue(html.contains("<a href=\"#letter-form\">&lt;script&gt;alert(5)&lt;/script&gt;</a>"),
                        "a problem with no field of its own is listed in the summary"));
    }

    @Test
    void putsEachErrorNextToItsFieldAndLinksItFromTheSummary() {
        String html = PAGE.render("en", typed("person.email", "not-an-address"), List.of(
                new Violation("person.email", "Your e-mail address: this is not a valid e-mail address."),
                new Violation("items", "Data concerned: please name at least one piece of data."),
                new Violation("items[1].description", "Data item 2, what it is: this is required.")));
        String email = control(html, "f-person-email");
        String description = control(html, "f-items-1-description");
        assertAll(
                () -> assertTrue(html.contains("<title>Please fix these problems – Oppose: "), "the title says so first"),
                () -> assertTrue(email.contains("aria-invalid=\"true\"")),
                () -> assertTrue(email.contains("aria-describedby=\"f-person-email-hint f-person-email-error\"")),
                () -> assertTrue(html.substring(html.indexOf("<p class=\"error\" id=\"f-person-email-error\">Your e-mail address: this is not a valid e-mail address.</p>"),
                        html.indexOf(email)).endsWith("</p>\n\n"), "the error right before its field"),
                () -> assertTrue(description.contains("aria-invalid=\"true\"")),
                () -> assertTrue(html.contains("<p class=\"error\" id=\"f-items-error\">Data concerned: please name at least one piece of data.</p>")),
                () -> assertTrue(html.contains("aria-describedby=\"f-items-hint f-items-error\"")),
                () -> assertFalse(control(html, "f-person-name").contains("aria-invalid"), "fields without problems are left alone"),
                () -> assertTrue(html.contains("<div id=\"letter-errors\" class=\"error-summary\" tabindex=\"-1\" role=\"alert\" aria-labelledby=\"letter-errors-h\">"),
                        "the summary is shown"),
                () -> assertTrue(html.contains("<li><a href=\"#f-person-email\">Your e-mail address: this is not a valid e-mail address.</a></li>\n"
                        + "<li><a href=\"#f-items-0-location\">Data concerned: please name at least one piece of data.</a></li>\n"
                        + "<li><a href=\"#f-items-1-description\">Data item 2, what it is: this is required.</a></li>"),
                        "in the server's order, each linked to its field"));
    }

    @Test
    void keepsWhatWasTypedIncludingRowsAddedWithScript() {
        String html = PAGE.render("de", typed("person.name", "Zoë Wąsowska", "person.address", "\nHauptstr. 1\n10115 Berlin",
                "language", "fr", "accounts[0].service", "facebook", "accounts[0].identifier", "@zoe",
                "items[4].location", "https://example.org/zoe", "shownOn", "2026-11-02", "date", "2026-11-30"), List.of());
        assertAll(
                () -> assertTrue(control(html, "f-person-name").contains("value=\"Zoë Wąsowska\"")),
                () -> assertTrue(html.contains("required>\n&#10;Hauptstr. 1&#10;10115 Berlin</textarea>"), "a leading line break survives"),
                () -> assertTrue(html.contains("<option value=\"fr\" selected>Français</option>")),
                () -> assertTrue(html.contains("<option value=\"facebook\" selected>Facebook</option>")),
                () -> assertTrue(control(html, "f-accounts-0-identifier").contains("value=\"@zoe\"")),
                () -> assertTrue(control(html, "f-items-4-location").contains("value=\"https://example.org/zoe\""), "row 5 is kept"),
                () -> assertFalse(html.contains("id=\"f-items-5-location\"")),
                () -> assertTrue(control(html, "f-date").contains("value=\"2026-11-30\"")),
                () -> assertTrue(html.contains("id=\"letter-errors\" class=\"error-summary\" tabindex=\"-1\" role=\"alert\" aria-labelledby=\"letter-errors-h\" hidden>"),
                        "no summary without errors"));
    }

    @Test
    void offersThreeItemRowsAndTwoAccountRowsWithoutScript() {
        String html = empty("en", null);
        assertAll(
                () -> assertTrue(html.contains("id=\"f-items-2-location\"")),
                () -> assertFalse(html.contains("id=\"f-items-3-location\"")),
                () -> assertTrue(html.contains("id=\"f-accounts-1-identifier\"")),
                () -> assertFalse(html.contains("id=\"f-accounts-2-identifier\"")),
                () -> assertTrue(html.contains("<input type=\"hidden\" name=\"kind\" value=\"third-party-data\">")),
                () -> assertTrue(html.contains("<script src=\"/web/oppose.js\" defer></script>")));
    }
}
