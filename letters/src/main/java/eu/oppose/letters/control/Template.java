package eu.oppose.letters.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One letter kind in one language, parsed once from its resource file into blocks. The syntax is a small
 * subset of Markdown so that translators can read it:
 * <pre>
 * % a comment
 * # the subject (heading level 1; also the PDF's title)
 * ## a section heading
 * A paragraph; lines that follow join it, up to a blank line. Gaps: {name} {reference} {place} {date}.
 * - a list entry
 *   (indented lines continue the entry)
 * {accounts} {items} {grounds} {signature}   alone on a line: the letter's own data
 * &#64;if items ... &#64;end                   only when the letter has data items (or: accounts)
 * &#64;include common/requests                 another file of the same language
 * </pre>
 */
record Template(List<Block> blocks) {

    private static final Set<String> SLOTS = Set.of("accounts", "items", "grounds", "signature");
    private static final Set<String> CONDITIONS = Set.of("accounts", "items");

    sealed interface Block {
    }

    record Heading(int level, Phrase text) implements Block {
    }

    record Paragraph(Phrase text) implements Block {
    }

    record Bullets(List<Phrase> entries) implements Block {
    }

    record Slot(String name) implements Block {
    }

    record OnlyIf(String condition, List<Block> blocks) implements Block {
    }

    /**
     * @param read gives a file's text by its name relative to the language's folder, without {@code .txt}
     * @throws IllegalStateException for a malformed file: a mistake in the resources
     */
    static Template parse(String name, Function<String, String> read) {
        Parser parser = new Parser(read);
        parser.file(name);
        return new Template(parser.finish(name));
    }

    LetterContent compose(Letter letter, List<String> recipient) {
        Language language = letter.language();
        Messages messages = language.messages();
        Letter.Sender sender = letter.sender();
        Map<String, String> gaps = Map.of(
                "name", sender.name(),
                "reference", letter.reference(),
                "place", letter.place(),
                "date", language.format(letter.date()));
        List<LetterContent.Block> body = new ArrayList<>();
        fill(blocks, letter, gaps, body);
        String title = body.stream()
                .filter(block -> block instanceof LetterContent.Heading heading && heading.level() == 1)
                .map(block -> ((LetterContent.Heading) block).text())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Template without a subject (# line)"));
        List<String> senderLines = new ArrayList<>();
        senderLines.add(sender.name());
        senderLines.addAll(sender.addressLines());
        senderLines.add(sender.email());
        return new LetterContent(language.code(), title, List.copyOf(senderLines), recipient,
                messages.get("place-and-date", gaps), messages.get("reference", gaps), messages.phrase("page-number"),
                List.copyOf(body));
    }

    private static void fill(List<Block> blocks, Letter letter, Map<String, String> gaps,
                             List<LetterContent.Block> body) {
        for (Block block : blocks) {
            switch (block) {
                case Heading heading -> body.add(new LetterContent.Heading(heading.level(), heading.text().fill(gaps)));
                case Paragraph paragraph -> body.add(new LetterContent.Paragraph(paragraph.text().fill(gaps)));
                case Bullets bullets -> body.add(new LetterContent.Bullets(
                        bullets.entries().stream().map(entry -> entry.fill(gaps)).toList()));
                case Slot slot -> body.add(slot(slot.name(), letter));
                case OnlyIf onlyIf -> {
                    boolean present = switch (onlyIf.condition()) {
                        case "items" -> !letter.items().isEmpty();
                        default -> !letter.accounts().isEmpty();
                    };
                    if (present) {
                        fill(onlyIf.blocks(), letter, gaps, body);
                    }
                }
            }
        }
    }

    private static LetterContent.Block slot(String name, Letter letter) {
        Language language = letter.language();
        Messages messages = language.messages();
        return switch (name) {
            case "grounds" -> new LetterContent.OwnText(letter.grounds());
            case "signature" -> new LetterContent.Signature(letter.sender().name());
            case "accounts" -> new LetterContent.Bullets(letter.accounts().stream()
                    .map(account -> messages.get("account", Map.of(
                            "service", account.service().displayName, "identifier", account.identifier())))
                    .toList());
            default -> new LetterContent.Entries(letter.items().stream().map(item -> {
                List<String> lines = new ArrayList<>();
                lines.add(messages.get("item.location", Map.of("value", item.location())));
                lines.add(messages.get("item.description", Map.of("value", item.description())));
                if (!item.prompt().isEmpty()) {
                    lines.add(messages.get("item.prompt", Map.of("value", item.prompt())));
                }
                if (item.shownOn() != null) {
                    lines.add(messages.get("item.shown-on", Map.of("value", language.format(item.shownOn()))));
                }
                return List.copyOf(lines);
            }).toList());
        };
    }

    /** Reads lines into blocks; a paragraph or list is open until a blank line or a line that starts a block. */
    private static final class Parser {
        private final Function<String, String> read;
        private final Deque<List<Block>> levels = new ArrayDeque<>();
        private final Deque<String> conditions = new ArrayDeque<>();
        private StringBuilder paragraph;
        private List<StringBuilder> bullets;

        Parser(Function<String, String> read) {
            this.read = read;
            levels.push(new ArrayList<>());
        }

        void file(String name) {
            for (String line : read.apply(name).split("\n", -1)) {
                line(name, line.stripTrailing());
            }
            flush();
        }

        List<Block> finish(String name) {
            if (!conditions.isEmpty()) {
                throw new IllegalStateException(name + ": @if " + conditions.peek() + " without @end");
            }
            return List.copyOf(levels.pop());
        }

        private void line(String file, String line) {
            if (line.startsWith("%")) {
                return;
            }
            if (line.isEmpty()) {
                flush();
            } else if (bullets != null && line.startsWith("  ")) {
                bullets.getLast().append(' ').append(line.strip());
            } else if (line.startsWith("- ")) {
                flushParagraph();
                if (bullets == null) {
                    bullets = new ArrayList<>();
                }
                bullets.add(new StringBuilder(line.substring(2).strip()));
            } else if (line.startsWith("#") || line.startsWith("@") || line.startsWith("{") && line.endsWith("}")) {
                flush();
                directive(file, line);
            } else if (paragraph != null) {
                paragraph.append(' ').append(line.strip());
            } else {
                flush();
                paragraph = new StringBuilder(line.strip());
            }
        }

        private void directive(String file, String line) {
            if (line.startsWith("## ")) {
                add(new Heading(2, Phrase.parse(line.substring(3).strip())));
            } else if (line.startsWith("# ")) {
                add(new Heading(1, Phrase.parse(line.substring(2).strip())));
            } else if (line.startsWith("@include ")) {
                file(line.substring("@include ".length()).strip());
            } else if (line.startsWith("@if ") && CONDITIONS.contains(line.substring(4).strip())) {
                conditions.push(line.substring(4).strip());
                levels.push(new ArrayList<>());
            } else if (line.equals("@end") && !conditions.isEmpty()) {
                List<Block> inner = levels.pop();
                add(new OnlyIf(conditions.pop(), List.copyOf(inner)));
            } else if (line.startsWith("{") && SLOTS.contains(line.substring(1, line.length() - 1))) {
                add(new Slot(line.substring(1, line.length() - 1)));
            } else {
                throw new IllegalStateException(file + ": cannot read line: " + line);
            }
        }

        private void flush() {
            flushParagraph();
            if (bullets != null) {
                add(new Bullets(bullets.stream().map(entry -> Phrase.parse(entry.toString())).toList()));
                bullets = null;
            }
        }

        private void flushParagraph() {
            if (paragraph != null) {
                add(new Paragraph(Phrase.parse(paragraph.toString())));
                paragraph = null;
            }
        }

        private void add(Block block) {
            levels.peek().add(block);
        }
    }
}
