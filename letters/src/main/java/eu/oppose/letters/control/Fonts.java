package eu.oppose.letters.control;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The letters' typefaces, DejaVu Serif and its bold (Latin with diacritics, Greek, Cyrillic), shipped with their
 * licence in {@code eu/oppose/letters/fonts/}. Each program is parsed once; iText's font programs are safe to share
 * between threads, while a {@link PdfFont} belongs to one document.
 */
final class Fonts {
    private static final String ROOT = "/eu/oppose/letters/fonts/";

    private final FontProgram regular = load("DejaVuSerif.ttf");
    private final FontProgram bold = load("DejaVuSerif-Bold.ttf");

    /** Whether both faces have a real glyph for the code point, so no text is ever drawn as an empty box. */
    boolean canPrint(int codePoint) {
        return hasGlyph(regular, codePoint) && hasGlyph(bold, codePoint);
    }

    PdfFont regular() {
        return embedded(regular);
    }

    PdfFont bold() {
        return embedded(bold);
    }

    private static boolean hasGlyph(FontProgram font, int codePoint) {
        Glyph glyph = font.getGlyph(codePoint);
        return glyph != null && glyph.getCode() > 0;
    }

    /** Subset and embedded, as PDF/A requires; Identity-H so every glyph of the font can be used. */
    private static PdfFont embedded(FontProgram program) {
        return PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H,
                PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
    }

    private static FontProgram load(String file) {
        try (InputStream in = Fonts.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + file);
            }
            return FontProgramFactory.createFont(in.readAllBytes(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }
}
