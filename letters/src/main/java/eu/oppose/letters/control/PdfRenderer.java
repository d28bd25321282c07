package eu.oppose.letters.control;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Lays a letter out on A4 as PDF/A-2a and PDF/UA-1 at once: tagged, with language, title and embedded fonts.
 * The first page follows DIN 5008 form B, so the recipient shows in the window of a DL or C5 envelope: sender in
 * the header, address field 45 mm from the top, information block on the right, fold marks at 105 and 210 mm.
 * iText's own PDF/A checks are not run here: the tests hold every kind and language to veraPDF instead.
 */
final class PdfRenderer {
    private static final float MM = 72f / 25.4f;
    private static final float PAGE_TOP = PageSize.A4.getHeight();
    private static final Rectangle AREA = new Rectangle(25 * MM, 20 * MM, 165 * MM, PAGE_TOP - 35 * MM);
    /** DIN 5008 form B: the header is 45 mm high, the address field 85 x 45 mm with a 17.7 mm notes zone on top. */
    private static final float HEADER = 45 * MM;
    private static final float ADDRESS_FIELD = 45 * MM;
    private static final float NOTES_ZONE = 17.7f * MM;
    private static final float ADDRESS_WIDTH = 80 * MM;
    private static final float SENDER_WIDTH = 95 * MM;
    private static final float INFO_LEFT = 125 * MM;
    private static final float INFO_TOP = 50 * MM;
    private static final float INFO_WIDTH = 65 * MM;
    private static final float EDGE_MARK_LEFT = 4 * MM;
    private static final float[] EDGE_MARKS = {105 * MM, 148.5f * MM, 210 * MM};
    /** Fold marks are short, the punch mark in between a little longer. */
    private static final float[] EDGE_MARK_LENGTHS = {5 * MM, 7 * MM, 5 * MM};
    private static final float LIST_LABEL_WIDTH = 7 * MM;
    private static final float SIGNATURE_SPACE = 15 * MM;
    private static final float SIGNATURE_WIDTH = 70 * MM;
    private static final DeviceRgb GREY = new DeviceRgb(90, 90, 90);
    private static final Pattern BLANK_LINES = Pattern.compile("\n[ \t]*\n");

    private final Fonts fonts;
    /** The sRGB profile of the output intent, read once from the JDK. */
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private final Phrase metadata = Phrase.parse(Templates.read("/eu/oppose/letters/pdf/metadata.xml"));
    private final Typesetter.Style body;
    private final Typesetter.Style small;
    private final Typesetter.Style smallBold;
    private final Typesetter.Style subject;
    private final Typesetter.Style heading;

    PdfRenderer(Fonts fonts) {
        this.fonts = fonts;
        body = new Typesetter.Style(fonts.regular, 10, 12.5f);
        small = new Typesetter.Style(fonts.regular, 9, 10.5f);
        smallBold = new Typesetter.Style(fonts.bold, 9, 10.5f);
        subject = new Typesetter.Style(fonts.bold, 11, 14);
        heading = new Typesetter.Style(fonts.bold, 10, 12.5f);
    }

    byte[] render(LetterContent letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(40 * 1024);
        // Object streams compress the many small structure dictionaries of a tagged PDF.
        LetterPdf pdf = new LetterPdf(new PdfWriter(out, new WriterProperties().setFullCompressionMode(true)),
                metadata);
        pdf.setTagged();
        pdf.addOutputIntent(new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(srgb)));
        pdf.getCatalog().setLang(new PdfString(letter.language()));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(letter.title());
        info.setAuthor(letter.sender().getFirst());
        info.setCreator("Oppose");

        Typesetter page = new Typesetter(pdf, AREA, fonts);
        foldMarks(page);
        header(page, letter);
        List<LetterContent.Block> blocks = letter.body();
        for (int i = 0; i < blocks.size(); i++) {
            boolean beforeSignature = i + 1 < blocks.size() && blocks.get(i + 1) instanceof LetterContent.Signature;
            block(page, blocks.get(i), beforeSignature);
        }
        page.finish();
        pageNumbers(pdf, page, letter);
        pdf.close();
        return out.toByteArray();
    }

    private static void foldMarks(Typesetter page) {
        page.decoration(canvas -> {
            canvas.setStrokeColor(GREY).setLineWidth(0.3f);
            for (int i = 0; i < EDGE_MARKS.length; i++) {
                float y = PAGE_TOP - EDGE_MARKS[i];
                canvas.moveTo(EDGE_MARK_LEFT, y).lineTo(EDGE_MARK_LEFT + EDGE_MARK_LENGTHS[i], y);
            }
            canvas.stroke();
        });
    }

    /** On letters of several pages, each page's foot names the reference and the page, so loose pages match up. */
    private void pageNumbers(PdfDocument pdf, Typesetter page, LetterContent letter) {
        int pages = pdf.getNumberOfPages();
        for (int number = 1; pages > 1 && number <= pages; number++) {
            String footer = letter.reference() + " · " + letter.pageNumber().fill(Map.of(
                    "page", String.valueOf(number), "pages", String.valueOf(pages)));
            page.artifactText(pdf.getPage(number), footer, small, AREA.getLeft(), AREA.getBottom() - 10 * MM);
        }
    }

    /** Sender in the header; recipient in the envelope's window; place, date and reference on the right. */
    private void header(Typesetter page, LetterContent letter) {
        List<String> sender = letter.sender();
        page.beginTag(StandardRoles.P);
        page.text(sender.getFirst(), smallBold, 0, SENDER_WIDTH);
        page.text(String.join("\n", sender.subList(1, sender.size())), small, 0, SENDER_WIDTH);
        page.endTag();

        page.moveDownTo(PAGE_TOP - HEADER);
        page.skip(NOTES_ZONE);
        page.beginTag(StandardRoles.P);
        page.text(String.join("\n", letter.recipient()), body, 0, ADDRESS_WIDTH);
        page.endTag();
        page.moveDownTo(PAGE_TOP - HEADER - ADDRESS_FIELD);

        float top = PAGE_TOP - INFO_TOP;
        for (String line : List.of(letter.placeAndDate(), letter.reference())) {
            page.beginTag(StandardRoles.P);
            top = page.textAt(line, small, INFO_LEFT, top, INFO_WIDTH) - small.leading();
            page.endTag();
        }
    }

    private void block(Typesetter page, LetterContent.Block block, boolean beforeSignature) {
        switch (block) {
            case LetterContent.Heading title when title.level() == 1 -> {
                page.skip(8 * MM);
                tagged(page, StandardRoles.H1, title.text(), subject);
                page.skip(5 * MM);
            }
            case LetterContent.Heading title -> {
                page.skip(3 * MM);
                page.keepSpace(heading.leading() + 3 * body.leading());
                tagged(page, StandardRoles.H2, title.text(), heading);
                page.skip(1 * MM);
            }
            case LetterContent.Paragraph paragraph -> {
                if (beforeSignature) {
                    int lines = Typesetter.lines(paragraph.text(), body, AREA.getWidth()).size();
                    page.keepSpace(lines * body.leading() + SIGNATURE_SPACE + 2 * body.leading());
                }
                paragraph(page, paragraph.text());
            }
            case LetterContent.OwnText own -> {
                for (String part : BLANK_LINES.split(own.text())) {
                    if (!part.isBlank()) {
                        paragraph(page, part);
                    }
                }
            }
            case LetterContent.Bullets bullets ->
                    list(page, "None", bullets.entries().stream().map(List::of).toList(), false);
            case LetterContent.Entries entries -> list(page, "Decimal", entries.entries(), true);
            case LetterContent.Signature signature -> {
                page.keepSpace(SIGNATURE_SPACE + 2 * body.leading());
                page.skip(SIGNATURE_SPACE);
                float y = page.y();
                page.decoration(canvas -> canvas.setStrokeColor(GREY).setLineWidth(0.5f)
                        .moveTo(AREA.getLeft(), y).lineTo(AREA.getLeft() + SIGNATURE_WIDTH, y).stroke());
                page.skip(1.5f * MM);
                tagged(page, StandardRoles.P, signature.name(), body);
            }
        }
    }

    private void paragraph(Typesetter page, String text) {
        tagged(page, StandardRoles.P, text, body);
        page.skip(2 * MM);
    }

    private void tagged(Typesetter page, String role, String text, Typesetter.Style style) {
        page.beginTag(role);
        page.text(text, style, 0, AREA.getWidth());
        page.endTag();
    }

    /**
     * A list tagged L, LI, Lbl and LBody, its label hanging left of the entry's lines.
     *
     * @param numbering the PDF structure attribute's value: {@code Decimal}, or {@code None} for dashes
     */
    private void list(Typesetter page, String numbering, List<List<String>> entries, boolean numbered) {
        page.beginTag(StandardRoles.L);
        page.attribute("List", "ListNumbering", numbering);
        for (int i = 0; i < entries.size(); i++) {
            page.beginTag(StandardRoles.LI);
            page.beginTag(StandardRoles.LBL);
            page.label(numbered ? (i + 1) + "." : "–", body, 2 * MM);
            page.endTag();
            page.beginTag(StandardRoles.LBODY);
            for (String line : entries.get(i)) {
                page.text(line, body, 2 * MM + LIST_LABEL_WIDTH, AREA.getWidth() - 2 * MM - LIST_LABEL_WIDTH);
            }
            page.endTag();
            page.endTag();
            page.skip(0.5f * MM);
        }
        page.endTag();
        page.skip(1.5f * MM);
    }

    /**
     * A PDF whose XMP metadata is filled into a prebuilt packet from the document information, where iText would
     * parse and serialise it several times over: a tenth of the time a letter took.
     */
    private static final class LetterPdf extends PdfDocument {
        private final Phrase metadata;

        LetterPdf(PdfWriter writer, Phrase metadata) {
            super(writer);
            this.metadata = metadata;
        }

        /** Runs when the document closes, after iText set the producer line the AGPL asks to keep. */
        @Override
        protected void updateXmpMetadata() {
            PdfDocumentInfo info = getDocumentInfo();
            String xmp = metadata.fill(Map.of(
                    "title", xml(info.getTitle()),
                    "author", xml(info.getAuthor()),
                    "creator", xml(info.getCreator()),
                    "producer", xml(info.getProducer()),
                    "created", PdfDate.getW3CDate(info.getMoreInfo("CreationDate")),
                    "modified", PdfDate.getW3CDate(info.getMoreInfo("ModDate"))));
            // iText takes a packet found in the catalog as it is, where setXmpMetadata would parse it once more.
            getCatalog().put(PdfName.Metadata, new PdfStream(xmp.getBytes(StandardCharsets.UTF_8)));
        }

        private static String xml(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }
}
