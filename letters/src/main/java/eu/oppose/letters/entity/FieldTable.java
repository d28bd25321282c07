package eu.oppose.letters.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.stream.Stream;

/**
 * The letter form as data ({@code eu/oppose/letters/form.json}, described in {@code letters/README.md}): the kinds of
 * letter, every field with its type, limits, control and texts, and what the letter's head is made of; with the
 * languages and services of {@code guides/platforms.json}. Validation, form posts, the letter's lines, the web page
 * and the extension's letter page all follow from it. Text fields of the records are message keys.
 *
 * @param parts            the request's top-level members, in the order forms show them and problems are reported
 * @param languages        the languages letters are written in
 * @param fallbackLanguage the language of messages for a request in no supported language
 * @param services         Meta's services an account can be on: id → brand name
 */
public record FieldTable(List<Kind> kinds, Head head, List<Part> parts, List<String> languages,
                         String fallbackLanguage, SequencedMap<String, String> services) {

    /** @param minRows the fewest filled rows a row group needs in this kind, by the group's path */
    public record Kind(String id, String label, Map<String, Integer> minRows) {

        public int minRows(String group) {
            return minRows.getOrDefault(group, 0);
        }
    }

    /**
     * @param sender the fields of the sender's block, in order
     * @param signer the field under the signature line
     * @param date   the field that dates the letter
     */
    public record Head(List<String> sender, String signer, String date) {
    }

    /** A member of the request: a value, an object of values, or a list of rows. */
    public sealed interface Part permits Field, Section, RowGroup {
        /** The JSON path: {@code grounds}, {@code person}; a row's fields are {@code items[2].location}. */
        String path();

        /** The kinds of letter it belongs to; empty for every kind. */
        List<String> kinds();

        default boolean appliesTo(String kind) {
            return kinds().isEmpty() || kind == null || kinds().contains(kind);
        }
    }

    /**
     * One value of the request, always text in JSON.
     *
     * @param key       the JSON member's name; {@code path} for a row's field is the key alone
     * @param maxLines  1 for a one-line field
     * @param minLength 0 for none
     * @param asTyped   the person's own words: kept exactly as typed
     * @param fillsRow  in a row: whether text here makes the row count as filled
     * @param earliest  a date's earliest value, else null
     * @param latest    a date's latest value, else null
     * @param today     a date left empty is today
     * @param example   a valid value for the API's documentation, or null
     */
    public record Field(String path, String key, ValueType type, ChoiceSource choices, boolean required,
                        int maxLength, int maxLines, int minLength, boolean asTyped, boolean fillsRow,
                        LocalDate earliest, Latest latest, boolean today, List<String> kinds, Control control,
                        Texts texts, String example) implements Part {

        public boolean multiLine() {
            return maxLines > 1;
        }
    }

    /** A JSON object of values, such as {@code person}. */
    public record Section(String path, List<String> kinds, Texts texts, List<Field> fields) implements Part {
    }

    /**
     * A list of objects of the same fields, such as {@code items}: rows in a form.
     *
     * @param offeredRows rows the web page shows without JavaScript
     * @param line        the letter's line for a whole row (gaps named by field key), or null: then each row is
     *                    a numbered entry of its fields' lines
     */
    public record RowGroup(String path, List<String> kinds, int maxRows, int offeredRows, String line, Texts texts,
                           List<Field> fields) implements Part {
    }

    public enum ValueType {
        TEXT, EMAIL,
        /** A web address when it starts with http(s)://, else words describing the place. */
        WEB_ADDRESS_OR_TEXT,
        /** yyyy-MM-dd. */
        DATE,
        /** One of {@link ChoiceSource}'s values, in any case. */
        CHOICE
    }

    public enum ChoiceSource { KINDS, LANGUAGES, SERVICES }

    /** The latest value of a date. */
    public sealed interface Latest {
    }

    public record DaysAfterToday(int days) implements Latest {
    }

    /** The value of another date field of the letter, or its default when it is empty or wrong. */
    public record ValueOf(String path) implements Latest {
    }

    /**
     * How forms show a field.
     *
     * @param element {@code input}, {@code textarea} or {@code select}
     * @param type    an input's type, {@code text} by default
     * @param rows    a text area's height in lines, else 0
     */
    public record Control(String element, String type, int rows, String autocomplete) {
    }

    /**
     * The message keys of a member; each is null where it has none.
     *
     * @param name     the member as validation messages name it; {@code {number}} counts rows from 1
     * @param entry    a row group's one row, with {@code {number}}
     * @param line     a row field's line in the letter, with {@code {value}}
     * @param add      the button that adds a row
     * @param tooFew   the message when a kind's minRows is not reached
     * @param tooShort the message when minLength is not reached
     */
    public record Texts(String label, String hint, String name, String entry, String line, String add, String tooFew,
                        String tooShort, Guidance guidance) {
    }

    /** Questions and examples shown with a field, such as the grounds. */
    public record Guidance(String questions, List<String> questionList, String examples, List<String> exampleList) {
    }

    public Kind kind(String id) {
        return kinds.stream().filter(kind -> kind.id().equals(id)).findFirst().orElseThrow();
    }

    /** The top-level value at {@code path} ({@code person.name} included), if the table has one. */
    public Optional<Field> field(String path) {
        return topLevelFields().filter(field -> field.path().equals(path)).findFirst();
    }

    /** The values outside rows: the top-level ones and those of objects such as {@code person}. */
    public Stream<Field> topLevelFields() {
        return fields(false);
    }

    /** Every value, rows' fields included. */
    public Stream<Field> allFields() {
        return fields(true);
    }

    private Stream<Field> fields(boolean inRows) {
        return parts.stream().flatMap(part -> switch (part) {
            case Field field -> Stream.of(field);
            case Section section -> section.fields().stream();
            case RowGroup group -> inRows ? group.fields().stream() : Stream.empty();
        });
    }

    public Optional<RowGroup> group(String path) {
        return parts.stream()
                .filter(part -> part instanceof RowGroup group && group.path().equals(path))
                .map(RowGroup.class::cast)
                .findFirst();
    }
}
