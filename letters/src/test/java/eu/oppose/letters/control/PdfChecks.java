package eu.oppose.letters.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** What a reader of the PDF would check: conformance by veraPDF, and text, glyphs and tags as PDFBox sees them. */
public final class PdfChecks {
    static final float MM = 72f / 25.4f;

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {
    }

    /** @return the rules the PDF fails, as {@code clause-test: message}; empty when it conforms */
    public static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            ValidationResult result = Foundries.defaultInstance().createValidator(flavour, false).validate(parser);
            return result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage())
                    .distinct()
                    .toList();
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not read the PDF", e);
        }
    }

    /** The failures of both standards the letters claim, for one assertion. */
    public static List<String> failedRules(byte[] pdf) {
        List<String> failed = new ArrayList<>();
        failedRules(pdf, PDFAFlavour.PDFA_2_A).forEach(rule -> failed.add("PDF/A-2a " + rule));
        failedRules(pdf, PDFAFlavour.PDFUA_1).forEach(rule -> failed.add("PDF/UA-1 " + rule));
        return failed;
    }

    /**
     * The text as a screen reader gets it, without artifacts such as running footers, every run of blanks
     * (no-break spaces too) made one space.
     */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return normalise(new ContentStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extracts the text of tagged content only, skipping what is marked as an artifact. */
    private static final class ContentStripper extends PDFTextStripper {
        private final Deque<Boolean> artifacts = new ArrayDeque<>();

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            artifacts.push(COSName.ARTIFACT.equals(tag) || Boolean.TRUE.equals(artifacts.peek()));
            super.beginMarkedContentSequence(tag, properties);
        }

        @Override
        public void endMarkedContentSequence() {
            artifacts.poll();
            super.endMarkedContentSequence();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (!Boolean.TRUE.equals(artifacts.peek())) {
                super.processTextPosition(text);
            }
        }
    }

    /** All text, artifacts such as page footers included. */
    static String textWithArtifacts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return normalise(new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String normalise(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** The text without any blanks, to find values that may wrap at any point. */
    static String compact(String text) {
        return text.replace("\u00A0", "").replaceAll("\\s+", "");
    }

    /** The text's characters that are drawn with a glyph the embedded font does not have (an empty box). */
    static List<String> missingGlyphs(byte[] pdf) {
        List<String> missing = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        PDType0Font font = (PDType0Font) position.getFont();
                        for (int code : position.getCharacterCodes()) {
                            try {
                                if (!font.getDescendantFont().hasGlyph(code)) {
                                    missing.add(position.getUnicode());
                                }
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                    }
                }
            }.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return missing;
    }

    /** @return left edge and distance from the page's top, in millimetres, of the first line starting so */
    static Optional<float[]> placeOnFirstPage(byte[] pdf, String lineStart) {
        List<float[]> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (found.isEmpty() && text.startsWith(lineStart)) {
                        TextPosition first = positions.getFirst();
                        found.add(new float[] {first.getXDirAdj() / MM, first.getYDirAdj() / MM});
                    }
                }
            };
            stripper.setEndPage(1);
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found.stream().findFirst();
    }

    /** The structure types of the tag tree, depth first, e.g. {@code Document, P, H1, L, LI, Lbl, LBody}. */
    static List<String> structureTypes(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> types = new ArrayList<>();
            collect(document.getDocumentCatalog().getStructureTreeRoot(), types);
            return types;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                collect(element, types);
            }
        }
    }

    /** The document's language, title and whether viewers show the title, as a screen reader announces them. */
    static String[] languageAndTitle(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            return new String[] {catalog.getLanguage(), document.getDocumentInformation().getTitle(),
                    String.valueOf(catalog.getViewerPreferences().displayDocTitle())};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
