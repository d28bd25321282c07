package eu.oppose.letters.control;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes;
import com.itextpdf.kernel.pdf.tagutils.TagTreePointer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Sets left-aligned text in lines down A4 pages, starting new pages as needed, and tags everything it draws for
 * PDF/UA: text goes into the structure element opened last, decoration is marked as an artifact. Letters need no
 * more than this, and for tagged documents it was ten times faster than iText's layout engine
 * (docs/performance.md).
 */
final class Typesetter {
    /** @param leading distance between baselines */
    record Style(Fonts.Face face, float size, float leading) {
    }

    private final PdfDocument pdf;
    private final Rectangle area;
    private final Fonts fonts;
    private final PdfFont regular;
    private final PdfFont bold;
    private final TagTreePointer tags;
    private PdfPage page;
    private PdfCanvas canvas;
    private float y;
    /** Whether a marked-content sequence for the current structure element is open on this page. */
    private boolean contentOpen;

    /** @param area the part of every page text may fill */
    Typesetter(PdfDocument pdf, Rectangle area, Fonts fonts) {
        this.pdf = pdf;
        this.area = area;
        this.fonts = fonts;
        this.regular = fonts.regular.newPdfFont();
        this.bold = fonts.bold.newPdfFont();
        this.tags = new TagTreePointer(pdf);
        newPage();
    }

    /** The top of the free space left on the page. */
    float y() {
        return y;
    }

    /** Moves down to {@code y}, if not already below it. */
    void moveDownTo(float target) {
        y = Math.min(y, target);
    }

    void skip(float height) {
        y -= height;
    }

    /** Starts a new page unless {@code height} still fits, so a heading stays with what follows it. */
    void keepSpace(float height) {
        if (y - height < area.getBottom() && y < area.getTop()) {
            newPage();
        }
    }

    void beginTag(String role) {
        closeContent();
        tags.addTag(role);
    }

    /** Adds a structure attribute such as {@code List/ListNumbering} to the element opened last. */
    void attribute(String owner, String name, String value) {
        tags.getProperties().addAttributes(new PdfStructureAttributes(owner).addEnumAttribute(name, value));
    }

    void endTag() {
        closeContent();
        tags.moveToParent();
    }

    /**
     * Draws text in lines no wider than {@code width}, {@code indent} from the area's left edge, breaking at
     * {@code \n}, after spaces and slashes, after hyphens in words (not in codes such as {@code OPP-7KQ2} or
     * dates), and inside words only when one is wider than a line.
     */
    void text(String text, Style style, float indent, float width) {
        for (String line : lines(text, style, width)) {
            keepSpace(style.leading());
            draw(line, style, area.getLeft() + indent, y);
            y -= style.leading();
        }
    }

    /** Draws one line at the current height without moving down: a list label beside its first line. */
    void label(String text, Style style, float indent) {
        keepSpace(style.leading());
        draw(text, style, area.getLeft() + indent, y);
    }

    /**
     * Draws text at a fixed place on the current page, leaving the flow where it is.
     *
     * @return the top of the line below the text
     */
    float textAt(String text, Style style, float left, float top, float width) {
        float lineTop = top;
        for (String line : lines(text, style, width)) {
            draw(line, style, left, lineTop);
            lineTop -= style.leading();
        }
        return lineTop;
    }

    /** Draws on the current page with {@code drawing}, marked as an artifact: decoration screen readers skip. */
    void decoration(Consumer<PdfCanvas> drawing) {
        closeContent();
        canvas.openTag(new CanvasArtifact()).saveState();
        drawing.accept(canvas);
        canvas.restoreState().closeTag();
    }

    /** Draws one line on a page, as decoration: running headers and footers, which screen readers skip. */
    void artifactText(PdfPage target, String text, Style style, float x, float baseline) {
        PdfFont font = font(style);
        PdfCanvas onPage = target == page ? canvas : new PdfCanvas(target);
        onPage.openTag(new CanvasArtifact()).beginText().setFontAndSize(font, style.size())
                .moveText(x, baseline).showText(text).endText().closeTag();
    }

    /** Ends the last open marked-content sequence; call before the document closes. */
    void finish() {
        closeContent();
    }

    private void draw(String line, Style style, float x, float top) {
        if (!contentOpen) {
            canvas.openTag(tags.getTagReference());
            contentOpen = true;
        }
        PdfFont font = font(style);
        canvas.beginText().setFontAndSize(font, style.size())
                .moveText(x, top - style.face().ascent(style.size()))
                .showText(line).endText();
    }

    private PdfFont font(Style style) {
        return style.face() == fonts.bold ? bold : regular;
    }

    private void newPage() {
        closeContent();
        page = pdf.addNewPage(PageSize.A4);
        canvas = new PdfCanvas(page);
        tags.setPageForTagging(page);
        y = area.getTop();
    }

    private void closeContent() {
        if (contentOpen) {
            canvas.closeTag();
            contentOpen = false;
        }
    }

    /** Greedy line breaking; tabs become four spaces, as iText would show them only as blanks anyway. */
    static List<String> lines(String text, Style style, float width) {
        List<String> lines = new ArrayList<>();
        float limit = width * 1000f / style.size();
        for (String hardLine : text.replace("\t", "    ").split("\n", -1)) {
            int start = 0;
            int breakAt = -1;
            float lineWidth = 0;
            float widthAtBreak = 0;
            int previous = 0;
            for (int i = 0; i < hardLine.length(); ) {
                int codePoint = hardLine.codePointAt(i);
                int next = i + Character.charCount(codePoint);
                int advance = Math.max(0, style.face().advance(codePoint));
                while (lineWidth + advance > limit && codePoint != ' ' && i > start) {
                    if (breakAt > start) {
                        lines.add(hardLine.substring(start, breakAt).stripTrailing());
                        start = breakAt;
                        lineWidth -= widthAtBreak;
                    } else {
                        lines.add(hardLine.substring(start, i));
                        start = i;
                        lineWidth = 0;
                    }
                    breakAt = -1;
                }
                lineWidth += advance;
                if (codePoint == ' ' || codePoint == '/' || codePoint == '-' && Character.isLowerCase(previous)) {
                    breakAt = next;
                    widthAtBreak = lineWidth;
                }
                previous = codePoint;
                i = next;
            }
            lines.add(hardLine.substring(start).stripTrailing());
        }
        return lines;
    }
}
