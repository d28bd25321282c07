package eu.oppose.letters.control;

import eu.oppose.letters.entity.FieldTable;
import eu.oppose.letters.entity.FieldTable.Field;
import eu.oppose.letters.entity.FieldTable.Kind;
import eu.oppose.letters.entity.FieldTable.RowGroup;
import eu.oppose.letters.entity.FieldTable.Section;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
 * A paragraph; lines that follow join it, up to a blank line. Gaps: {reference} and any top-level field by its
 * path, such as {person.name} {place} {date}.
 * - a list entry
 *   (indented lines continue the entry)
 * {items} {grounds} {signature}   alone on a line: a row group's rows, a field's text as typed, the signature
 * &#64;if items ... &#64;end              only when the row group has rows (or: the field has a value)
 * &#64;include common/requests            another file of the same language
 * </pre>
 * Every name is checked against the field table when the template is read, for the template's kind of letter:
 * a mistake stops the library from loading.
 */
record Template(List<Block> blocks, FieldTable table) {

    private static final String SIGNATURE = "signature";
    private static final String REFERENCE = "reference";

    /** What a line such as {@code {items}} puts into the letter. */
    enum Directive {
        /** A row group's rows: a list of lines, or numbered entries of their fields' lines. */
        ROWS,
        /** A field's text, kept exactly as typed, such as the grounds. */
        OWN_TEXT,
        SIGNATURE
    }

    /** When an {@code @if} block is kept. */
    enum Condition {
        HAS_ROWS,
        HAS_VALUE
    }

    sealed interface Block {
    }

    record Heading(int level, Phrase text) implements Block {
    }

    record Paragraph(Phrase text) implements Block {
    }

    record Bullets(List<Phrase> entries) implements Block {
    }

    /** @param path the row group's or field's path; empty for the signature */
    record Slot(Directive directive, String path) implements Block {
    }

    record OnlyIf(Condition condition, String path, List<Block> blocks) implements Block {
    }

    /**
     * @param read gives a file's text by its name relative to the language's folder, without {@code .txt}
     * @throws IllegalStateException for a malformed file or a name the table does not have for this kind
     */
    static Template parse(String name, Function<String, String> read, FieldTable table, Kind kind) {
        Parser parser = new Parser(read, table, kind);
        parser.file(name);
        return new Template(parser.finish(name), table);
    }

    /** The gaps paragraphs may use: the reference and every top-level field of the kind, by path. */
    static Set<String> gaps(FieldTable table, Kind kind) {
        Set<String> gaps = new LinkedHashSet<>();
        gaps.add(REFERENCE);
        table.parts().stream().filter(part -> part.appliesTo(kind.id())).forEach(part -> {
            switch (part) {
                case Field field -> gaps.add(field.path());
                case Section section -> section.fields().forEach(field -> gaps.add(field.path()));
                case RowGroup group -> {
                    // rows are shown by {group} alone on a line, not as a gap
                }
            }
        });
        return gaps;
    }

    LetterContent compose(Letter letter, List<String> recipient) {
        Language language = letter.language();
        Messages messages = language.messages();
        Map<String, String> gaps = new HashMap<>();
        table.topLevelFields().forEach(field -> gaps.put(field.path(), letter.shown(field.path())));
        gaps.put(REFERENCE, letter.reference());
        List<LetterContent.Block> body = new ArrayList<>();
        fill(blocks, letter, gaps, body);
        String title = body.stream()
                .filter(block -> block instanceof LetterContent.Heading heading && heading.level() == 1)
                .map(block -> ((LetterContent.Heading) block).text())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Template without a subject (# line)"));
        List<String> senderLines = table.head().sender().stream()
                .flatMap(path -> letter.shown(path).lines())
                .toList();
        return new LetterContent(language.code(), title, senderLines, recipient,
                messages.get("place-and-date", gaps), messages.get("reference", gaps), messages.phrase("page-number"),
                List.copyOf(body));
    }

    private void fill(List<Block> blocks, Letter letter, Map<String, String> gaps, List<LetterContent.Block> body) {
        for (Block block : blocks) {
            switch (block) {
                case Heading heading -> body.add(new LetterContent.Heading(heading.level(), heading.text().fill(gaps)));
                case Paragraph paragraph -> body.add(new LetterContent.Paragraph(paragraph.text().fill(gaps)));
                case Bullets bullets -> body.add(new LetterContent.Bullets(
                        bullets.entries().stream().map(entry -> entry.fill(gaps)).toList()));
                case Slot slot -> body.add(slot(slot, letter));
                case OnlyIf onlyIf -> {
                    boolean present = switch (onlyIf.condition()) {
                        case HAS_ROWS -> !letter.rows().get(onlyIf.path()).isEmpty();
                        case HAS_VALUE -> letter.values().containsKey(onlyIf.path());
                    };
                    if (present) {
                        fill(onlyIf.blocks(), letter, gaps, body);
                    }
                }
            }
        }
    }

    private LetterContent.Block slot(Slot slot, Letter letter) {
        return switch (slot.directive()) {
            case OWN_TEXT -> new LetterContent.OwnText(letter.shown(slot.path()));
            case SIGNATURE -> new LetterContent.Signature(letter.shown(table.head().signer()));
            case ROWS -> rows(table.group(slot.path()).orElseThrow(), letter);
        };
    }

    /** A group with a line of its own is a list of such lines; otherwise each row is an entry of its fields' lines. */
    private static LetterContent.Block rows(RowGroup group, Letter letter) {
        Messages messages = letter.language().messages();
        List<Map<String, Letter.Value>> rows = letter.rows().get(group.path());
        if (group.line() != null) {
            return new LetterContent.Bullets(rows.stream().map(row -> {
                Map<String, String> gaps = new HashMap<>();
                group.fields().forEach(field -> gaps.put(field.key(),
                        row.containsKey(field.key()) ? letter.shown(row.get(field.key())) : ""));
                return messages.get(group.line(), gaps);
            }).toList());
        }
        return new LetterContent.Entries(rows.stream().map(row -> group.fields().stream()
                .filter(field -> field.texts().line() != null && row.containsKey(field.key()))
                .map(field -> messages.get(field.texts().line(), Map.of("value", letter.shown(row.get(field.key())))))
                .toList()).toList());
    }

    /** Reads lines into blocks; a paragraph or list is open until a blank line or a line that starts a block. */
    private static final class Parser {
        private final Function<String, String> read;
        private final FieldTable table;
        private final Kind kind;
        private final Set<String> gaps;
        private final Deque<List<Block>> levels = new ArrayDeque<>();
        private final Deque<OnlyIf> conditions = new ArrayDeque<>();
        private StringBuilder paragraph;
        private List<StringBuilder> bullets;
        /** The file being read, for messages. */
        private String current;

        Parser(Function<String, String> read, FieldTable table, Kind kind) {
            this.read = read;
            this.table = table;
            this.kind = kind;
            this.gaps = gaps(table, kind);
            levels.push(new ArrayList<>());
        }

        void file(String name) {
            String outer = current;
            current = name;
            for (String line : read.apply(name).split("\n", -1)) {
                line(name, line.stripTrailing());
            }
            flush();
            current = outer;
        }

        List<Block> finish(String name) {
            if (!conditions.isEmpty()) {
                throw new IllegalStateException(name + ": @if " + conditions.peek().path() + " without @end");
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
                add(new Heading(2, phrase(file, line.substring(3).strip())));
            } else if (line.startsWith("# ")) {
                add(new Heading(1, phrase(file, line.substring(2).strip())));
            } else if (line.startsWith("@include ")) {
                file(line.substring("@include ".length()).strip());
            } else if (line.startsWith("@if ")) {
                String path = line.substring(4).strip();
                conditions.push(new OnlyIf(isGroup(path) ? Condition.HAS_ROWS : Condition.HAS_VALUE,
                        known(file, line, path), List.of()));
                levels.push(new ArrayList<>());
            } else if (line.equals("@end") && !conditions.isEmpty()) {
                List<Block> inner = levels.pop();
                OnlyIf open = conditions.pop();
                add(new OnlyIf(open.condition(), open.path(), List.copyOf(inner)));
            } else if (line.startsWith("{")) {
                String name = line.substring(1, line.length() - 1);
                add(name.equals(SIGNATURE) ? new Slot(Directive.SIGNATURE, "")
                        : new Slot(isGroup(name) ? Directive.ROWS : Directive.OWN_TEXT, known(file, line, name)));
            } else {
                throw new IllegalStateException(file + ": cannot read line: " + line);
            }
        }

        private boolean isGroup(String path) {
            return table.group(path).filter(group -> group.appliesTo(kind.id())).isPresent();
        }

        /** A row group or top-level field of the kind; anything else is a mistake in the template. */
        private String known(String file, String line, String path) {
            if (!isGroup(path) && (path.equals(REFERENCE) || !gaps.contains(path))) {
                throw new IllegalStateException(file + ": " + path + " is no field or row group of a "
                        + kind.id() + " letter: " + line);
            }
            return path;
        }

        /** A text whose gaps are all known: a typo fails when the template loads, not when a letter is written. */
        private Phrase phrase(String file, String text) {
            Phrase phrase = Phrase.parse(text);
            Set<String> unknown = new LinkedHashSet<>(phrase.gaps());
            unknown.removeAll(gaps);
            if (!unknown.isEmpty()) {
                throw new IllegalStateException(file + ": unknown gaps " + unknown + " in: " + text);
            }
            return phrase;
        }

        private void flush() {
            flushParagraph();
            if (bullets != null) {
                add(new Bullets(bullets.stream().map(entry -> phrase(current, entry.toString())).toList()));
                bullets = null;
            }
        }

        private void flushParagraph() {
            if (paragraph != null) {
                add(new Paragraph(phrase(current, paragraph.toString())));
                paragraph = null;
            }
        }

        private void add(Block block) {
            levels.peek().add(block);
        }
    }
}
