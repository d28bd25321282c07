package eu.oppose.letters.control;

import eu.oppose.letters.entity.RenderedLetter;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plain text to paste into Meta's form: the very letter the PDF shows, and the person's words untouched. */
class LetterTextTest {
    private static final Letters LETTERS = new Letters(Samples.CLOCK);

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("eu.oppose.letters.control.LetterPdfTest#kindsAndLanguages")
    void saysWhatThePdfSays(String kind, String language) {
        JsonObject request = Samples.of(kind, language);
        String pdf = PdfChecks.compact(PdfChecks.text(LETTERS.pdf(request).content()));
        List<String> lines = text(LETTERS.text(request)).lines().filter(line -> !line.isBlank()).toList();

        assertTrue(lines.size() > 30, "a whole letter: " + lines.size() + " lines");
        for (String line : lines) {
            String wanted = PdfChecks.compact(line.replaceFirst("^- ", "– ").replace("_".repeat(30), ""));
            assertTrue(pdf.contains(wanted), () -> "the PDF lacks the text's line “" + line + "”");
        }
    }

    @Test
    void keepsThePersonsOwnTextExactlyNormalisingOnlyLineEnds() {
        String typed = "  First paragraph,\tindented   with  spaces.\r\n\r\n\r\nSecond one; “quotes” – and\ra line.  ";
        RenderedLetter letter = LETTERS.text(LetterValidationTest.withGrounds(typed));

        assertTrue(text(letter).contains(
                "\n  First paragraph,\tindented   with  spaces.\n\n\nSecond one; “quotes” – and\na line.  \n"),
                text(letter));
    }

    @Test
    void isUtf8PlainTextNamedForItsKindAndDate() {
        RenderedLetter letter = LETTERS.text(Samples.ownData("de"));

        assertEquals("text/plain; charset=UTF-8", letter.mediaType());
        assertEquals("objection-own-data-2026-11-30.txt", letter.fileName());
        assertTrue(text(letter).startsWith("Zoë Łukasiewicz-Ørsted\n12 rue des Lilas\n"), text(letter));
    }

    private static String text(RenderedLetter letter) {
        return new String(letter.content(), StandardCharsets.UTF_8);
    }
}
