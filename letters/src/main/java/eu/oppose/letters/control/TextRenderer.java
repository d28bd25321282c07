package eu.oppose.letters.control;

import java.util.List;

/**
 * Writes a letter as plain text to paste into Meta's forms: the same blocks as the PDF, one blank line between
 * them, no hard line wraps (forms wrap for themselves), and the person's own prose byte for byte.
 */
final class TextRenderer {
    private static final String SIGNATURE_LINE = "_".repeat(30);

    String render(LetterContent letter) {
        StringBuilder text = new StringBuilder();
        lines(text, letter.sender());
        lines(text, letter.recipient());
        lines(text, List.of(letter.placeAndDate(), letter.reference()));
        for (LetterContent.Block block : letter.body()) {
            switch (block) {
                case LetterContent.Heading heading -> text.append(heading.text()).append('\n');
                case LetterContent.Paragraph paragraph -> text.append(paragraph.text()).append('\n');
                case LetterContent.OwnText own -> text.append(own.text()).append(own.text().endsWith("\n") ? "" : "\n");
                case LetterContent.Bullets bullets -> bullets.entries()
                        .forEach(entry -> text.append("- ").append(entry).append('\n'));
                case LetterContent.Entries entries -> {
                    for (int i = 0; i < entries.entries().size(); i++) {
                        String number = (i + 1) + ". ";
                        String indent = " ".repeat(number.length());
                        List<String> entry = entries.entries().get(i);
                        for (int line = 0; line < entry.size(); line++) {
                            text.append(line == 0 ? number : indent).append(entry.get(line)).append('\n');
                        }
                    }
                }
                case LetterContent.Signature signature ->
                        text.append('\n').append(SIGNATURE_LINE).append('\n').append(signature.name()).append('\n');
            }
            text.append('\n');
        }
        return text.toString().stripTrailing() + "\n";
    }

    private static void lines(StringBuilder text, List<String> lines) {
        lines.forEach(line -> text.append(line).append('\n'));
        text.append('\n');
    }
}
