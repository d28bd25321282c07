package eu.oppose.letters.control;

import eu.oppose.letters.entity.RenderedLetter;
import eu.oppose.letters.entity.Violation;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever arrives, long, empty, null, in any script, with control characters or broken UTF-16, it ends in a list of
 * violations or in a letter, never in another exception, and iText logs nothing about it.
 */
class HostileInputPropertiesTest {
    private static final Letters LETTERS = new Letters(Samples.CLOCK);

    @BeforeProperty
    void forgetEarlierLogs() {
        RecordingLogs.clear();
    }

    @Property(tries = 3000)
    void validationAlwaysAnswersWithViolationsOnRealFields(@ForAll("anyRequest") JsonObject request) {
        List<Violation> violations = LETTERS.validate(request);

        for (Violation violation : violations) {
            assertTrue(violation.field().matches("|[a-z]+|person\\.[a-z]+|(accounts|items)(\\[\\d+](\\.[a-zA-Z]+)?)?"),
                    violation.field());
            assertFalse(violation.message().isBlank());
        }
    }

    @Property(tries = 400)
    void writingEndsInALetterOrInTheViolations(@ForAll("plausibleRequest") JsonObject request) {
        List<Violation> violations = LETTERS.validate(request);
        try {
            RenderedLetter pdf = LETTERS.pdf(request);
            RenderedLetter text = LETTERS.text(request);
            assertEquals(List.of(), violations);
            assertTrue(new String(pdf.content(), 0, 8, StandardCharsets.ISO_8859_1).startsWith("%PDF-1.7"));
            assertTrue(new String(text.content(), StandardCharsets.UTF_8).contains(Samples.text(request, "person.name").strip()));
            Statistics.collect("letter");
        } catch (InvalidLetterException e) {
            assertEquals(violations, e.violations());
            assertFalse(violations.isEmpty());
            Statistics.collect("violations");
        }
        assertEquals(List.of(), RecordingLogs.lines("com.itextpdf"), "iText logged");
        Statistics.coverage(coverage -> coverage.check("letter").percentage(share -> share > 30));
    }

    @Property(tries = 6)
    void lettersFromRandomValidInputConform(@ForAll("validRequest") JsonObject request) {
        byte[] pdf = LETTERS.pdf(request).content();

        assertEquals(List.of(), PdfChecks.failedRules(pdf));
        assertEquals(List.of(), PdfChecks.missingGlyphs(pdf));
    }

    /** Anything at all, nulls and values of the wrong JSON type included anywhere. */
    @Provide
    Arbitrary<JsonObject> anyRequest() {
        Arbitrary<String> text = hostileText();
        Arbitrary<JsonObject> person = Combinators.combine(text, text, text).as(Samples::person).injectNull(0.05);
        Arbitrary<JsonObject> account = Combinators.combine(text, text).as(Samples::account).injectNull(0.1);
        Arbitrary<JsonObject> item = Combinators.combine(text, text, text, text).as(Samples::item).injectNull(0.1);
        Arbitrary<JsonObject> letter = Combinators.combine(
                Arbitraries.oneOf(Arbitraries.of("third-party-data", "own-data"), text),
                Arbitraries.oneOf(Arbitraries.of("en", "fr", "de"), text),
                person,
                account.list().ofMaxSize(12).injectNull(0.1),
                item.list().ofMaxSize(24).injectNull(0.1),
                text, text, text).as(Samples::letter);
        return Arbitraries.frequencyOf(Tuple.of(9, letter), Tuple.of(1, Combinators.combine(letter,
                Arbitraries.of("kind", "person", "accounts", "items", "grounds", "date"),
                Arbitraries.of(JsonValue.TRUE, Json.createValue(42), JsonValue.EMPTY_JSON_ARRAY,
                        JsonValue.EMPTY_JSON_OBJECT, Json.createArrayBuilder().add("x").build()))
                .as(Samples::with)));
    }

    /** The samples with a few fields replaced by hostile text: many pass validation and get written. */
    @Provide
    Arbitrary<JsonObject> plausibleRequest() {
        JsonObject sample = Samples.thirdPartyData("en");
        Arbitrary<String> language = Arbitraries.of("en", "fr", "de");
        Arbitrary<String> name = sometimesHostile(printable(1, 100));
        Arbitrary<String> address = sometimesHostile(printable(1, 120));
        Arbitrary<String> grounds = sometimesHostile(printable(20, 4000));
        Arbitrary<String> place = sometimesHostile(printable(1, 60));
        Arbitrary<JsonObject> item = Combinators.combine(sometimesHostile(printable(1, 300)),
                sometimesHostile(printable(1, 1000)), sometimesHostile(printable(0, 300)),
                Arbitraries.of(null, "2026-11-02", "2023-01-01")).as(Samples::item);
        return Combinators.combine(language, name, address, item.list().ofMinSize(1).ofMaxSize(5), grounds, place)
                .as((lang, who, where, items, why, town) -> sampleWith(sample, lang, who, where, items, why, town));
    }

    /** Only printable input within the limits: every request is valid. */
    @Provide
    Arbitrary<JsonObject> validRequest() {
        JsonObject sample = Samples.thirdPartyData("en");
        Arbitrary<JsonObject> item = Combinators.combine(printable(1, 300), printable(1, 500), printable(0, 200),
                Arbitraries.just("2026-11-02")).as(Samples::item);
        return Combinators.combine(Arbitraries.of("en", "fr", "de"), printable(1, 100), printable(1, 200),
                        item.list().ofMinSize(1).ofMaxSize(20), printable(20, 4000), printable(1, 60))
                .as((lang, who, where, items, why, town) -> sampleWith(sample, lang, who, where, items, why, town));
    }

    private static JsonObject sampleWith(JsonObject sample, String language, String name, String address,
                                         List<JsonObject> items, String grounds, String place) {
        return Samples.letter("third-party-data", language,
                Samples.person(name, address, Samples.text(sample, "person.email")),
                sample.getJsonArray("accounts").getValuesAs(JsonObject.class), items, grounds, place, "2026-11-30");
    }

    /** Text the fonts can print, with blanks and line breaks, which may still break other rules (too many lines). */
    private static Arbitrary<String> printable(int minLength, int maxLength) {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withCharRange('À', 'ž').withCharRange('Α', 'ω').withCharRange('А', 'я')
                .withChars(" .,;:!?-–'’“”/()@€\u00A0\u0301")
                .excludeChars('\u03A2') // unassigned in the Greek block
                .ofMinLength(minLength).ofMaxLength(maxLength)
                .filter(text -> !text.isBlank());
    }

    private static Arbitrary<String> sometimesHostile(Arbitrary<String> fine) {
        return Arbitraries.frequencyOf(Tuple.of(15, fine), Tuple.of(1, hostileText()));
    }

    private static Arbitrary<String> hostileText() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(null)),
                Tuple.of(1, Arbitraries.of("", " ", "\n", "\t", "\r\n\r\n", "\u0000")),
                Tuple.of(4, Arbitraries.strings().all().ofMaxLength(200)),
                Tuple.of(2, Arbitraries.strings().withCharRange('\u0590', '\u06FF').withChars(" \u200F\u202E")
                        .ofMaxLength(100)),
                Tuple.of(2, Arbitraries.strings().withCharRange('a', 'e').withCharRange('\u0300', '\u036F')
                        .ofMaxLength(100)),
                Tuple.of(2, Arbitraries.strings().withCharRange('\u0000', '\u001F').withCharRange('\u007F', '\u009F')
                        .withChars("ab ").ofMaxLength(50)),
                Tuple.of(2, Arbitraries.of("😀", "Zoë 🎉", "👍🏽", "🇪🇺 EU", "\uD83D", "\uDE00 x", "\uFFFE", "\uE000")),
                Tuple.of(1, Arbitraries.of("x".repeat(70_000), "é\n".repeat(2001), "Ω".repeat(4001))),
                Tuple.of(2, Arbitraries.of("https://", "http://exa mple.org", "https://example.org/a", "zoe@example.org",
                        "2026-11-30", "2026-02-30", "+999999999-01-01", "instagram", "FACEBOOK", "own-data", "FR")));
    }
}
