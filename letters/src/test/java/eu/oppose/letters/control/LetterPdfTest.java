package eu.oppose.letters.control;

import eu.oppose.letters.entity.RenderedLetter;
import jakarta.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind in every language: an archival, accessible PDF that says what FACTS.md says a letter must say. */
class LetterPdfTest {
    private static final Letters LETTERS = new Letters(Samples.CLOCK);

    /** Per language: a phrase only that language's letter has, the regulation's name, and the date as printed. */
    private static final Map<String, List<String>> WORDING = Map.of(
            "en", List.of("Dear Sir or Madam", "I hereby object", "GDPR", "30 November 2026", "Yours faithfully"),
            "fr", List.of("Madame, Monsieur", "je m'oppose", "du RGPD", "Paris, le 30 novembre 2026",
                    "salutations distinguées"),
            "de", List.of("Sehr geehrte Damen und Herren", "hiermit widerspreche ich", "DSGVO", "30. November 2026",
                    "Mit freundlichen Grüßen"));

    /** Every article FACTS.md asks for, cited the same way in every language. */
    private static final List<String> ARTICLES = List.of("art. 6(1)(f)", "art. 21(1)", "art. 18(1)(d)",
            "art. 17(1)(c)", "art. 19", "art. 15", "art. 12(3)", "art. 12(4)", "art. 77");

    private static final List<String> RECIPIENT = List.of("Meta Platforms Ireland Limited", "Merrion Road",
            "Dublin 4", "D04 X2K5", "Ireland");

    static Stream<Arguments> kindsAndLanguages() {
        return LETTERS.kinds().stream()
                .flatMap(kind -> LETTERS.languages().stream().map(language -> Arguments.of(kind, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("kindsAndLanguages")
    void conformsToPdfA2aAndPdfUa1(String kind, String language) {
        byte[] pdf = LETTERS.pdf(Samples.of(kind, language)).content();

        List<String> failed = PdfChecks.failedRules(pdf);

        assertTrue(failed.isEmpty(), () -> "veraPDF failed rules: " + failed);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("kindsAndLanguages")
    void saysEverythingTheLetterMustSayInItsLanguage(String kind, String language) {
        JsonObject request = Samples.of(kind, language);
        String text = PdfChecks.text(LETTERS.pdf(request).content());
        String lowerCase = text.toLowerCase(Locale.ROOT);

        assertAll(Stream.of(
                WORDING.get(language).stream().map(phrase -> contains(text, phrase)),
                ARTICLES.stream().map(article -> contains(lowerCase, article)),
                RECIPIENT.stream().map(line -> contains(text, line)),
                Stream.of(Samples.text(request, "person.name"), Samples.text(request, "person.email"), "12 rue des Lilas",
                        "75011 Paris").map(value -> contains(text, value)),
                Samples.GROUNDS.lines().filter(line -> !line.isBlank()).map(line -> contains(text, line)),
                Samples.rows(request, "accounts").stream().map(account -> contains(text, account.get(1))),
                Samples.rows(request, "items").stream()
                        .flatMap(item -> item.subList(0, Math.min(3, item.size())).stream())
                        .map(value -> contains(text, value)),
                Stream.of(contains(text, "OPP-"))
        ).flatMap(checks -> checks));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("kindsAndLanguages")
    void announcesItsLanguageAndTitleAndTagsHeadingsAndLists(String kind, String language) {
        byte[] pdf = LETTERS.pdf(Samples.of(kind, language)).content();

        String[] languageAndTitle = PdfChecks.languageAndTitle(pdf);
        List<String> tags = PdfChecks.structureTypes(pdf);

        assertEquals(language, languageAndTitle[0]);
        assertTrue(PdfChecks.normalise(languageAndTitle[1]).contains("21(1)"), languageAndTitle[1]);
        assertEquals("true", languageAndTitle[2], "viewers show the title, not the file name");
        assertEquals(1, tags.stream().filter("H1"::equals).count(), "one subject heading: " + tags);
        assertTrue(tags.containsAll(List.of("H2", "P", "L", "LI", "Lbl", "LBody")), tags::toString);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("kindsAndLanguages")
    void isSmallAndNamedForItsKindAndDate(String kind, String language) {
        RenderedLetter letter = LETTERS.pdf(Samples.of(kind, language));

        assertEquals("application/pdf", letter.mediaType());
        assertEquals("objection-" + kind + "-2026-11-30.pdf", letter.fileName());
        assertTrue(letter.content().length < 60_000, () -> letter.content().length + " bytes");
    }

    @org.junit.jupiter.api.Test
    void listsEveryDataItemWithItsPromptAndDate() {
        List<JsonObject> items = List.of(
                Samples.item("https://example.org/a", "First photo", "Who is she?", "2026-10-01"),
                Samples.item("A local newspaper's print edition of 3 May", "Article naming me", null, null),
                Samples.item("https://example.org/c?x=1&y=2", "Third", "Tell me about her", "2026-11-29"));
        String text = PdfChecks.text(LETTERS.pdf(Samples.with(Samples.thirdPartyData("en"), "items", items)).content());

        assertAll(
                contains(text, "1. Where it appears: https://example.org/a What it is: First photo "
                        + "Prompt to Meta AI: Who is she? Date of the Meta AI answer: 1 October 2026"),
                contains(text, "2. Where it appears: A local newspaper's print edition of 3 May What it is: Article naming me 3."),
                contains(text, "3. Where it appears: https://example.org/c?x=1&y=2 What it is: Third "
                        + "Prompt to Meta AI: Tell me about her Date of the Meta AI answer: 29 November 2026"));
    }

    /** Blanks do not count: lines may wrap anywhere in a long URL. */
    private static org.junit.jupiter.api.function.Executable contains(String text, String expected) {
        return () -> assertTrue(PdfChecks.compact(text).contains(PdfChecks.compact(expected)),
                () -> "missing “" + expected + "” in: " + text);
    }
}
