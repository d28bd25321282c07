package eu.oppose.letters.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wording resources: complete in every language, with the same law in each. */
class TemplatesTest {
    private static final Templates TEMPLATES = Templates.load();
    private static final Letters LETTERS = new Letters(Samples.CLOCK);
    private static final Pattern CITATION = Pattern.compile("[Aa]rt\\.\\s(\\d+(?:\\(\\d+\\))?(?:\\([a-z]\\))?)");

    @Test
    void everyLanguageHasEveryMessage() {
        Set<String> english = TEMPLATES.fallback().messages().phrases().keySet();
        TEMPLATES.languages().forEach((code, language) ->
                assertEquals(new TreeSet<>(english), new TreeSet<>(language.messages().phrases().keySet()), code));
    }

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void everyLanguageCitesTheSameArticlesAsOftenAsEnglish(LetterKind kind) {
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
                "includes", "# Subject\n@include part\n- entry\n  continued",
                "part", "Included paragraph\nsecond line.")::get;

        assertThrows(IllegalStateException.class, () -> Template.parse("unclosed", files));
        assertThrows(IllegalStateException.class, () -> Template.parse("unknown", files));
        assertEquals(List.of(new Template.Heading(1, Phrase.parse("Subject")),
                        new Template.Paragraph(Phrase.parse("Included paragraph second line.")),
                        new Template.Bullets(List.of(Phrase.parse("entry continued")))),
                Template.parse("includes", files).blocks());
    }

    @Test
    void fillsGapsWithoutReadingTheValuesAsTemplates() {
        assertEquals("Dear {reference}, OPP-1", Phrase.parse("Dear {name}, {reference}")
                .fill(Map.of("name", "{reference}", "reference", "OPP-1")));
    }

    private static Map<String, Long> citations(LetterKind kind, String language) {
        String text = new String(LETTERS.text(Samples.of(kind.id, language)).content(), StandardCharsets.UTF_8);
        Matcher matcher = CITATION.matcher(text.replace('\u00A0', ' '));
        Map<String, Long> counts = new java.util.TreeMap<>();
        while (matcher.find()) {
            counts.merge(matcher.group(1), 1L, Long::sum);
        }
        return counts;
    }
}
