package eu.oppose.letters.control;

import java.util.List;

/**
 * A letter with its template filled in: what both the PDF and the plain text show, so the two cannot differ.
 *
 * @param language     BCP 47 code of the letter's language
 * @param title        the subject, also the PDF's title
 * @param sender       the person's name, then their address lines, then their e-mail address
 * @param placeAndDate as printed, e.g. {@code Paris, le 30 novembre 2026}
 * @param reference    the labelled reference, e.g. {@code Reference: OPP-7KQ2-M9XD}
 * @param pageNumber   for letters of several pages, e.g. {@code Page {page} of {pages}}
 */
record LetterContent(String language, String title, List<String> sender, List<String> recipient,
                     String placeAndDate, String reference, Phrase pageNumber, List<Block> body) {

    sealed interface Block {
    }

    /** @param level 1 for the subject, 2 for a section */
    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    /** An unnumbered list of one-line entries, such as the requests. */
    record Bullets(List<String> entries) implements Block {
    }

    /** A numbered list whose entries have several lines, such as the data items. */
    record Entries(List<List<String>> entries) implements Block {
    }

    /** The person's own prose, kept exactly as typed; blank lines separate its paragraphs. */
    record OwnText(String text) implements Block {
    }

    record Signature(String name) implements Block {
    }
}
