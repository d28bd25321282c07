package eu.oppose.letters.control;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfUAConformance;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.List;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.ListNumberingType;
import com.itextpdf.pdfa.PdfADocument;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.regex.Pattern;

/**
 * Lays a letter out on A4 as PDF/A-2a and PDF/UA-1 at once: tagged, with language, title and embedded fonts.
 * The first page follows DIN 5008 form B, so the recipient shows in the window of a DL or C5 envelope: sender in
 * the header, address field 45 mm from the top, information block on the right, fold marks at 105 and 210 mm.
 */
final class PdfRenderer {
    private static final float MM = 72f / 25.4f;
    private static final float PAGE_HEIGHT = PageSize.A4.getHeight();
    private static final float MARGIN_TOP = 15 * MM;
    private static final float MARGIN_LEFT = 25 * MM;
    private static final float MARGIN_RIGHT = 20 * MM;
    private static final float MARGIN_BOTTOM = 20 * MM;
    /** DIN 5008 form B: the header is 45 mm high, the address field 85 x 45 mm with a 17.7 mm notes zone on top. */
    private static final float HEADER = 45 * MM;
    private static final float ADDRESS_FIELD = 45 * MM;
    private static final float NOTES_ZONE = 17.7f * MM;
    private static final float ADDRESS_WIDTH = 80 * MM;
    private static final float SENDER_WIDTH = 95 * MM;
    private static final float INFO_LEFT = 125 * MM;
    private static final float INFO_TOP = 50 * MM;
    private static final float INFO_WIDTH = 65 * MM;
    private static final float INFO_HEIGHT = 30 * MM;
    private static final float[] FOLD_MARKS = {105 * MM, 210 * MM};
    private static final float PUNCH_MARK = 148.5f * MM;
    private static final float BODY_SIZE = 10;
    private static final float SMALL_SIZE = 9;
    private static final Pattern BLANK_LINES = Pattern.compile("\n[ \t]*\n");

    private final Fonts fonts;
    /** The sRGB profile the output intent embeds, read once from the JDK. */
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    PdfRenderer(Fonts fonts) {
        this.fonts = fonts;
    }

    byte[] render(LetterContent letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
        WriterProperties properties = new WriterProperties().addPdfUaXmpMetadata(PdfUAConformance.PDF_UA_1);
        PdfOutputIntent intent = new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(srgb));
        PdfADocument pdf = new PdfADocument(new PdfWriter(out, properties), PdfAConformance.PDF_A_2A, intent);
        pdf.setTagged();
        pdf.getCatalog().setLang(new PdfString(letter.language()));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(letter.title());
        info.setAuthor(letter.sender().getFirst());
        info.setCreator("Oppose");
        drawFoldMarks(pdf.addNewPage(PageSize.A4));

        Document document = new Document(pdf, PageSize.A4);
        document.setMargins(MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM, MARGIN_LEFT);
        PdfFont bold = fonts.bold();
        document.setFont(fonts.regular()).setFontSize(BODY_SIZE);
        header(document, letter, bold);
        java.util.List<LetterContent.Block> body = letter.body();
        for (int i = 0; i < body.size(); i++) {
            boolean beforeSignature = i + 1 < body.size() && body.get(i + 1) instanceof LetterContent.Signature;
            block(document, body.get(i), bold, beforeSignature);
        }
        document.close();
        return out.toByteArray();
    }

    /** Sender, recipient in the window, then place, date and reference on the right. */
    private static void header(Document document, LetterContent letter, PdfFont bold) {
        java.util.List<String> sender = letter.sender();
        Paragraph senderLines = new Paragraph().setFontSize(SMALL_SIZE).setFixedLeading(SMALL_SIZE * 1.15f)
                .add(new Text(sender.getFirst()).setFont(bold))
                .add("\n" + String.join("\n", sender.subList(1, sender.size())));
        document.add(new Div().setWidth(SENDER_WIDTH).setMinHeight(HEADER - MARGIN_TOP).add(senderLines));

        Paragraph recipient = new Paragraph(String.join("\n", letter.recipient())).setMargin(0);
        document.add(new Div().setWidth(ADDRESS_WIDTH).setPaddingTop(NOTES_ZONE)
                .setMinHeight(ADDRESS_FIELD - NOTES_ZONE).add(recipient));

        Div information = new Div().setFontSize(SMALL_SIZE)
                .add(new Paragraph(letter.placeAndDate()).setMargin(0))
                .add(new Paragraph(letter.reference()).setMarginTop(SMALL_SIZE).setMarginBottom(0));
        information.setHeight(INFO_HEIGHT)
                .setFixedPosition(1, INFO_LEFT, PAGE_HEIGHT - INFO_TOP - INFO_HEIGHT, INFO_WIDTH);
        document.add(information);
    }

    private static void block(Document document, LetterContent.Block block, PdfFont bold, boolean beforeSignature) {
        switch (block) {
            case LetterContent.Heading heading -> {
                Paragraph title = new Paragraph(heading.text()).setFont(bold).setKeepWithNext(true);
                if (heading.level() == 1) {
                    title.setFontSize(11).setMarginTop(8 * MM).setMarginBottom(6 * MM);
                } else {
                    title.setMarginTop(4 * MM).setMarginBottom(1.5f * MM);
                }
                title.getAccessibilityProperties().setRole(heading.level() == 1 ? StandardRoles.H1 : StandardRoles.H2);
                document.add(title);
            }
            case LetterContent.Paragraph paragraph ->
                    document.add(paragraph(paragraph.text()).setKeepWithNext(beforeSignature));
            case LetterContent.OwnText own -> {
                for (String part : BLANK_LINES.split(own.text())) {
                    if (!part.isBlank()) {
                        document.add(paragraph(part));
                    }
                }
            }
            case LetterContent.Bullets bullets -> {
                List list = list().setListSymbol("–");
                bullets.entries().forEach(entry -> list.add(new ListItem(entry)));
                document.add(list);
            }
            case LetterContent.Entries entries -> {
                List list = list().setListSymbol(ListNumberingType.DECIMAL);
                for (java.util.List<String> entry : entries.entries()) {
                    ListItem item = new ListItem();
                    entry.forEach(line -> item.add(new Paragraph(line).setMargin(0)));
                    list.add(item);
                }
                document.add(list);
            }
            case LetterContent.Signature signature -> document.add(new Paragraph(signature.name())
                    .setWidth(70 * MM).setMarginTop(15 * MM).setPaddingTop(1 * MM)
                    .setBorderTop(new SolidBorder(0.5f)));
        }
    }

    private static Paragraph paragraph(String text) {
        return new Paragraph(text).setMultipliedLeading(1.2f).setMarginTop(0).setMarginBottom(2 * MM);
    }

    private static List list() {
        return new List().setSymbolIndent(3 * MM).setMarginLeft(2 * MM).setMarginBottom(2 * MM);
    }

    /** Short ticks at the left edge for folding and punching; decoration, so an artifact for screen readers. */
    private static void drawFoldMarks(PdfPage page) {
        PdfCanvas canvas = new PdfCanvas(page);
        canvas.openTag(new CanvasArtifact()).setStrokeColor(new DeviceRgb(128, 128, 128)).setLineWidth(0.3f);
        for (float fromTop : FOLD_MARKS) {
            canvas.moveTo(4 * MM, PAGE_HEIGHT - fromTop).lineTo(9 * MM, PAGE_HEIGHT - fromTop);
        }
        canvas.moveTo(4 * MM, PAGE_HEIGHT - PUNCH_MARK).lineTo(11 * MM, PAGE_HEIGHT - PUNCH_MARK);
        canvas.stroke().closeTag();
    }
}
