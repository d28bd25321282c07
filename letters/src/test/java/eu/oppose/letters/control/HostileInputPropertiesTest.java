package eu.oppose.letters.control;

import eu.oppose.letters.entity.Account;
import eu.oppose.letters.entity.DataItem;
import eu.oppose.letters.entity.LetterRequest;
import eu.oppose.letters.entity.Person;
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
    void validationAlwaysAnswersWithViolationsOnRealFields(@ForAll("anyRequest") LetterRequest request) {
        List<Violation> violations = LETTERS.validate(request);

        for (Violation violation : violations) {
            assertTrue(violation.field().matches("|[a-z]+|person\\.[a-z]+|(accounts|items)(\\[\\d+](\\.[a-zA-Z]+)?)?"),
                    violation.field());
            assertFalse(violation.message().isBlank());
        }
    }

    @Property(tries = 400)
    void writingEndsInALetterOrInTheViolations(@ForAll("plausibleRequest") LetterRequest request) {
        List<Violation> violations = LETTERS.validate(request);
        try {
            RenderedLetter pdf = LETTERS.pdf(request);
            RenderedLetter text = LETTERS.text(request);
            assertEquals(List.of(), violations);
            assertTrue(new String(pdf.content(), 0, 8, StandardCharsets.ISO_8859_1).startsWith("%PDF-1.7"));
            assertTrue(new String(text.content(), StandardCharsets.UTF_8).contains(request.person().name().strip()));
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
    void lettersFromRandomValidInputConform(@ForAll("validRequest") LetterRequest request) {
        byte[] pdf = LETTERS.pdf(request).content();

        assertEquals(List.of(), PdfChecks.failedRules(pdf));
        assertEquals(List.of(), PdfChecks.missingGlyphs(pdf));
    }

    /** Anything at all, nulls included anywhere. */
    @Provide
    Arbitrary<LetterRequest> anyRequest() {
        Arbitrary<String> text = hostileText();
        Arbitrary<Person> person = Combinators.combine(text, text, text).as(Person::new).injectNull(0.05);
        Arbitrary<Account> account = Combinators.combine(text, text).as(Account::new).injectNull(0.1);
        Arbitrary<DataItem> item = Combinators.combine(text, text, text, text).as(DataItem::new).injectNull(0.1);
        return Combinators.combine(
                Arbitraries.oneOf(Arbitraries.of("third-party-data", "own-data"), text),
                Arbitraries.oneOf(Arbitraries.of("en", "fr", "de"), text),
                person,
                account.list().ofMaxSize(12).injectNull(0.1),
                item.list().ofMaxSize(24).injectNull(0.1),
                text, text, text).as(LetterRequest::new);
    }

    /** The samples with a few fields replaced by hostile text: many pass validation and get written. */
    @Provide
    Arbitrary<LetterRequest> plausibleRequest() {
        LetterRequest sample = Samples.thirdPartyData("en");
        Arbitrary<String> language = Arbitraries.of("en", "fr", "de");
        Arbitrary<String> name = sometimesHostile(printable(1, 100));
        Arbitrary<String> address = sometimesHostile(printable(1, 120));
        Arbitrary<String> grounds = sometimesHostile(printable(20, 4000));
        Arbitrary<String> place = sometimesHostile(printable(1, 60));
        Arbitrary<DataItem> item = Combinators.combine(sometimesHostile(printable(1, 300)),
                sometimesHostile(printable(1, 1000)), sometimesHostile(printable(0, 300)),
                Arbitraries.of(null, "2026-11-02", "2023-01-01")).as(DataItem::new);
        return Combinators.combine(language, name, address, item.list().ofMinSize(1).ofMaxSize(5), grounds, place)
                .as((lang, who, where, items, why, town) -> new LetterRequest(sample.kind(), lang,
                        new Person(who, where, sample.person().email()), sample.accounts(), items, why, town,
                        sample.date()));
    }

    /** Only printable input within the limits: every request is valid. */
    @Provide
    Arbitrary<LetterRequest> validRequest() {
        LetterRequest sample = Samples.thirdPartyData("en");
        Arbitrary<DataItem> item = Combinators.combine(printable(1, 300), printable(1, 500), printable(0, 200),
                Arbitraries.just("2026-11-02")).as(DataItem::new);
        return Combinators.combine(Arbitraries.of("en", "fr", "de"), printable(1, 100), printable(1, 200),
                        item.list().ofMinSize(1).ofMaxSize(20), printable(20, 4000), printable(1, 60))
                .as((lang, who, where, items, why, town) -> new LetterRequest(sample.kind(), lang,
                        new Person(who, where, sample.person().email()), sample.accounts(), items, why, town,
                        sample.date()));
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
