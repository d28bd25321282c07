package eu.oppose.letters.control;

import eu.oppose.letters.entity.FieldTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wording resources: complete in every language, with the same law in each. */
class TemplatesTest {
    private static final FieldTable TABLE = FieldTables.load();
    private static final Templates TEMPLATES = Templates.load(TABLE);
    private static final Letters LETTERS = new Letters(Samples.CLOCK);
    private static final Pattern CITATION = Pattern.compile("[Aa]rt\\.\\s(\\d+(?:\\(\\d+\\))?(?:\\([a-z]\\))?)");

    static List<String> kinds() {
        return LETTERS.kinds();
    }

    @Test
    void everyLanguageHasEveryMessageWithTheSameGapsAsTheFallback() {
        Messages fallback = TEMPLATES.fallback().messages();
        TEMPLATES.languages().forEach((code, language) -> {
            Map<String, Phrase> phrases = language.messages().phrases();
            assertEquals(new TreeSet<>(fallback.phrases().keySet()), new TreeSet<>(phrases.keySet()), code);
            phrases.forEach((key, phrase) -> {
                assertFalse(phrase.text().isBlank(), code + ": " + key + " is empty");
                assertEquals(fallback.phrase(key).gaps(), phrase.gaps(), code + ": the gaps of " + key);
            });
        });
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everyLanguageCitesTheSameArticlesAsOftenAsEnglish(String kind) {
        Map<String, Long> english = citations(kind, "en");

        assertTrue(english.keySet().containsAll(List.of("21(1)", "6(1)(f)", "18(1)(d)", "17(1)(c)", "19", "15",
                "12(3)", "12(4)", "77")), english::toString);
        for (String code : TEMPLATES.languages().keySet()) {
            assertEquals(english, citations(kind, code), code);
        }
    }

    @Test
    void aTemplateWithAMistakeIsRefusedWhenLoadingNotWhenWriting() {
        Function<String, String> files = Map.of(
                "unclosed", "# Subject\n@if items\nText",
                "unknown", "# Subject\n{password}",
                "gap", "# Subject\nDear {persn.name},",
                "condition", "# Subject\n@if itmes\nText\n@end",
                "includes", "# Subject\n@include part\n- entry\n  continued\n{items}\n@if person.name\n{grounds}\n@end",
                "part", "Included paragraph\nsecond line, {person.name}.")::get;
        FieldTable.Kind kind = TABLE.kind("third-party-data");

        for (String broken : List.of("unclosed", "unknown", "gap", "condition")) {
            assertThrows(IllegalStateException.class, () -> Template.parse(broken, files, TABLE, kind), broken);
        }
        assertEquals(List.of(new Template.Heading(1, Phrase.parse("Subject")),
                        new Template.Paragraph(Phrase.parse("Included paragraph second line, {person.name}.")),
                        new Template.Bullets(List.of(Phrase.parse("entry continued"))),
                        new Template.Slot(Template.Directive.ROWS, "items"),
                        new Template.OnlyIf(Template.Condition.HAS_VALUE, "person.name",
                                List.of(new Template.Slot(Template.Directive.OWN_TEXT, "grounds")))),
                Template.parse("includes", files, TABLE, kind).blocks());
    }

    @Test
    void fillsGapsWithoutReadingTheValuesAsTemplates() {
        assertEquals("Dear {reference}, OPP-1", Phrase.parse("Dear {name}, {reference}")
                .fill(Map.of("name", "{reference}", "reference", "OPP-1")));
    }

    @Test
    void theLettersSpeakTheGuidesLanguagesAndNameTheirPlatforms() throws Exception {
        String guides = java.nio.file.Files.readString(java.nio.file.Path.of("../guides/platforms.json"));
        assertEquals(guides, Templates.read(FieldTables.ROOT + FieldTables.PLATFORMS), "the build's copy is the guides' file");
        FieldTable fromGuides = FieldTables.read(Templates.read(FieldTables.ROOT + FieldTables.FORM), guides);
        assertEquals(fromGuides.languages(), LETTERS.languages());
        assertEquals(List.copyOf(TEMPLATES.languages().keySet()), fromGuides.languages(), "a template folder per language");
        assertEquals(fromGuides.services(), LETTERS.form().services());
        List<jakarta.json.JsonObject> accounts = fromGuides.services().keySet().stream()
                .map(service -> Samples.account(service, "zoe")).toList();
        String text = new String(LETTERS.text(Samples.with(Samples.ownData("en"), "accounts", accounts)).content(),
                StandardCharsets.UTF_8);
        fromGuides.services().values().forEach(name -> assertTrue(text.contains("- " + name + ": zoe"), name));
    }

    private static Map<String, Long> citations(String kind, String language) {
        String text = new String(LETTERS.text(Samples.of(kind, language)).content(), StandardCharsets.UTF_8);
        Matcher matcher = CITATION.matcher(text.replace('\u00A0', ' '));
        Map<String, Long> counts = new TreeMap<>();
        while (matcher.find()) {
            counts.merge(matcher.group(1), 1L, Long::sum);
        }
        return counts;
    }
}
