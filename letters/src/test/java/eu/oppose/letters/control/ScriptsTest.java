package eu.oppose.letters.control;

import eu.oppose.letters.entity.Violation;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.text.Normalizer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names and reasons in any EU language print with real glyphs; what the fonts lack is refused, never dropped. */
class ScriptsTest {
    private static final Letters LETTERS = new Letters(Samples.CLOCK);

    /** Letters of every official EU language beyond ASCII, in Latin, Greek and Cyrillic script. */
    private static final List<String> EU_SAMPLES = List.of(
            "Съединение прави силата, ул. „Витоша“ 15, ѝ",           // Bulgarian
            "Ελευθερίου Βενιζέλου 12, Αθήνα ΐΰ ς",                  // Greek
            "Ștefan Țurcanu, Strada Mărășești",                       // Romanian
            "Zażółć gęślą jaźń",                                       // Polish
            "Příliš žluťoučký kůň úpěl ďábelské ódy",                 // Czech
            "Árvíztűrő tükörfúrógép",                                  // Hungarian
            "Ħal Għargħur, Ġgantija, Żebbuġ",                          // Maltese
            "Ķēniņš ļoti ģērbies",                                     // Latvian
            "Ąžuolas ėjo į šilą, ųū",                                  // Lithuanian
            "Õun ja äädikas",                                          // Estonian
            "Đurđa Šćepanović",                                        // Croatian
            "Ľudovít Štúr, ŕ ĺ ô",                                     // Slovak
            "Seán Ó Briain",                                           // Irish
            "Ærø, Åsa, Öljy, Straße, Œuvre, São João, Peñíscola, IJsselmeer, perché, € 5");

    @Test
    void printsEveryEuLanguageWithRealGlyphs() {
        String grounds = String.join("\n", EU_SAMPLES);
        JsonObject request = Samples.letter("third-party-data", "en",
                Samples.person("Αλέξανδρος Παπαδόπουλος", "ул. Витоша 15\n1000 София\nБългария", "alex@example.gr"),
                List.of(), sampleItems(), grounds, "Αθήνα", "2026-11-30");

        byte[] pdf = LETTERS.pdf(request).content();
        String text = PdfChecks.compact(PdfChecks.text(pdf));

        assertEquals(List.of(), PdfChecks.missingGlyphs(pdf), "characters drawn as empty boxes");
        assertAll(EU_SAMPLES.stream().map(sample -> () ->
                assertTrue(text.contains(PdfChecks.compact(sample)), "missing " + sample)));
        assertTrue(text.contains("ΑλέξανδροςΠαπαδόπουλος") && text.contains("1000София"), text);
        assertEquals(List.of(), PdfChecks.failedRules(pdf));
    }

    @Test
    void printsCombiningAccentsAsTyped() {
        String decomposed = "Zoe\u0308 Lukasiewicz, Jose\u0301 reasons written with combining accents.";
        byte[] pdf = LETTERS.pdf(LetterValidationTest.withGrounds(decomposed)).content();

        assertEquals(List.of(), PdfChecks.missingGlyphs(pdf));
        assertTrue(Normalizer.normalize(PdfChecks.text(pdf), Normalizer.Form.NFC)
                .contains(Normalizer.normalize(decomposed, Normalizer.Form.NFC)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            emoji                | Zoë 😀        | 😀 (U+1F600)
            Hebrew               | שלום כהן       | ש (U+05E9), ל (U+05DC), ו (U+05D5), ם (U+05DD), כ (U+05DB)
            Arabic               | سلمى          | س (U+0633), ل (U+0644), م (U+0645), ى (U+0649)
            Chinese              | 王小明         | 王 (U+738B), 小 (U+5C0F), 明 (U+660E)
            private use          | Zoë \uE000    | \uE000 (U+E000)
            """)
    void refusesWhatTheFontsCannotPrintNamingFieldAndCharacters(String script, String name, String characters) {
        List<Violation> violations = LETTERS.validate(Samples.letter("third-party-data", "en",
                Samples.person(name, "12 rue des Lilas\n75011 Paris", "zoe@example.org"), List.of(),
                sampleItems(), Samples.GROUNDS, "Paris", null));

        assertEquals(List.of(new Violation("person.name", "Your name: the letter's font cannot print " + characters
                + ". Please remove or replace it; letters, digits and punctuation of the Latin, Greek and Cyrillic"
                + " alphabets are supported.")), violations);
    }

    private static List<JsonObject> sampleItems() {
        return Samples.thirdPartyData("en").getJsonArray("items").getValuesAs(JsonObject.class);
    }
}
