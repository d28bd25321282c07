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
 * The letters' typefaces, DejaVu Serif and its bold cut down to Latin, Greek and Cyrillic, shipped with their
 * licence in {@code eu/oppose/letters/fonts/}. Each is parsed once: iText's font programs are safe to share between
 * threads, while a {@link PdfFont} belongs to one document.
 */
final class Fonts {
    private static final String ROOT = "/eu/oppose/letters/fonts/";

    final Face regular = new Face(load("DejaVuSerif.ttf"));
    final Face bold = new Face(load("DejaVuSerif-Bold.ttf"));

    /** Whether both faces have a real glyph for the code point, so no text is ever drawn as an empty box. */
    boolean canPrint(int codePoint) {
        return regular.advance(codePoint) >= 0 && bold.advance(codePoint) >= 0;
    }

    /** One typeface, with its glyph widths at hand for line breaking. */
    static final class Face {
        private static final short MISSING = -1;
        private final FontProgram program;
        /** Advance widths in thousandths of the font size for the Basic Multilingual Plane, -1 where no glyph. */
        private final short[] advances = new short[Character.MAX_VALUE + 1];

        Face(FontProgram program) {
            this.program = program;
            for (int codePoint = 0; codePoint <= Character.MAX_VALUE; codePoint++) {
                advances[codePoint] = (short) width(program, codePoint);
            }
        }

        /** @return the advance in thousandths of the font size, or -1 when the face has no glyph for it */
        int advance(int codePoint) {
            return codePoint <= Character.MAX_VALUE ? advances[codePoint] : width(program, codePoint);
        }

        /** Distance from a line's top to its baseline. */
        float ascent(float size) {
            return program.getFontMetrics().getTypoAscender() * size / 1000f;
        }

        /** A new font for one document: subset and embedded as PDF/A requires, Identity-H for any glyph. */
        PdfFont newPdfFont() {
            return PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
        }

        private static int width(FontProgram program, int codePoint) {
            Glyph glyph = program.getGlyph(codePoint);
            return glyph != null && glyph.getCode() > 0 ? glyph.getWidth() : MISSING;
        }
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
