package eu.oppose.web.control;

import eu.oppose.letters.entity.FieldTable;
import eu.oppose.letters.entity.FieldTable.ChoiceSource;
import eu.oppose.letters.entity.FieldTable.Kind;
import eu.oppose.letters.entity.FieldTable.RowGroup;
import eu.oppose.letters.entity.FieldTable.Section;
import eu.oppose.letters.entity.Violation;
import eu.oppose.web.entity.ErrorLink;
import eu.oppose.web.entity.Field;
import eu.oppose.web.entity.Field.Control;
import eu.oppose.web.entity.Field.Guidance;
import eu.oppose.web.entity.Field.Option;
import eu.oppose.web.entity.FieldRow;
import eu.oppose.web.entity.FieldSet;
import eu.oppose.web.entity.FormPart;
import eu.oppose.web.entity.LetterFormView;
import eu.oppose.web.entity.RowSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SequencedMap;
import java.util.function.Function;

/**
 * Lays out the letter form from the letters' field table: every field named by its JSON path, with its label and
 * hint, what the person typed and each problem next to it. Rows left over from an earlier post are kept, so no
 * typed value is lost; each row group carries the template of a new row for the page's script.
 */
public final class LetterFormLayout {

    /** In a new row's template, the row's index in names and ids: the script puts the real one in. */
    static final String ROW_PLACEHOLDER = "{row}";
    private static final String NUMBER = "{number}";

    private final FieldTable table;
    private final Kind kind;
    private final Function<String, String> texts;
    private final Map<ChoiceSource, SequencedMap<String, String>> choices;
    private final Map<String, List<String>> typed;
    private final Map<String, String> errors = new LinkedHashMap<>();
    /** The control each field's problem links to in the error summary. */
    private final Map<String, String> targets = new LinkedHashMap<>();

    private LetterFormLayout(FieldTable table, Kind kind, Function<String, String> texts,
                             Map<ChoiceSource, SequencedMap<String, String>> choices, Map<String, List<String>> typed,
                             List<Violation> problems) {
        this.table = table;
        this.kind = kind;
        this.texts = texts;
        this.choices = choices;
        this.typed = typed;
        problems.forEach(problem -> errors.merge(problem.field(), problem.message(), (a, b) -> a + " " + b));
    }

    /**
     * @param kind      the kind of letter the page writes
     * @param lang      the page's language: the form posts with it and the letter defaults to it
     * @param texts     the letters' texts in the page's language, by message key
     * @param languages the letter languages, each named in its own language
     */
    public static LetterFormView build(FieldTable table, String kind, String lang, Function<String, String> texts,
                                       SequencedMap<String, String> languages, Map<String, List<String>> typed,
                                       List<Violation> problems) {
        SequencedMap<String, String> kinds = new LinkedHashMap<>();
        kinds.put(kind, kind);
        Map<ChoiceSource, SequencedMap<String, String>> choices = Map.of(ChoiceSource.KINDS, kinds,
                ChoiceSource.LANGUAGES, languages, ChoiceSource.SERVICES, table.services());
        return new LetterFormLayout(table, table.kind(kind), texts, choices, typed, problems).form(lang, problems);
    }

    private LetterFormView form(String lang, List<Violation> problems) {
        List<FormPart> parts = new ArrayList<>();
        for (FieldTable.Part part : table.parts()) {
            if (!part.appliesTo(kind.id())) {
                continue;
            }
            switch (part) {
                case FieldTable.Field field -> parts.add(new FormPart(
                        field(field, field.path(), id(field.path()), true, preset(field, lang)), null, null));
                case Section section -> parts.add(new FormPart(null, new FieldSet(texts.apply(section.texts().label()),
                        section.fields().stream().filter(field -> field.appliesTo(kind.id()))
                                .map(field -> field(field, field.path(), id(field.path()), true, preset(field, lang)))
                                .toList()), null));
                case RowGroup group -> parts.add(new FormPart(null, null, rows(group)));
            }
        }
        List<ErrorLink> summary = problems.stream()
                .map(problem -> new ErrorLink(targets.getOrDefault(problem.field(), "letter-form"), problem.message()))
                .toList();
        return new LetterFormView("/api/v1/letters?lang=" + lang + "#letter-errors", List.copyOf(parts), summary);
    }

    /** As many rows as offered, or as the person had filled in (with JavaScript they may have added some). */
    private RowSet rows(RowGroup group) {
        int count = group.offeredRows();
        for (int row = count; row < group.maxRows(); row++) {
            int index = row;
            if (group.fields().stream().anyMatch(field -> typed.containsKey(rowName(group, String.valueOf(index), field)))) {
                count = row + 1;
            }
        }
        List<FieldRow> rows = new ArrayList<>();
        for (int row = 0; row < count; row++) {
            rows.add(row(group, String.valueOf(row), String.valueOf(row + 1), row < kind.minRows(group.path())));
        }
        String id = id(group.path());
        // A problem with the group as a whole points at its first field.
        targets.put(group.path(), rows.getFirst().fields().getFirst().id());
        return new RowSet(group.path(), id, texts.apply(group.texts().label()),
                kind.minRows(group.path()) == 0 ? texts.apply("form.optional") : null,
                group.texts().hint() == null ? null : texts.apply(group.texts().hint()), errors.get(group.path()),
                group.maxRows(), texts.apply(group.texts().add()), List.copyOf(rows),
                row(group, ROW_PLACEHOLDER, "", false));
    }

    /** @param required whether the letter needs this row (its required fields are then required) */
    private FieldRow row(RowGroup group, String index, String number, boolean required) {
        String legend = texts.apply(group.texts().entry());
        int at = legend.indexOf(NUMBER);
        List<Field> fields = group.fields().stream()
                .filter(field -> field.appliesTo(kind.id()))
                .map(field -> field(field, rowName(group, index, field),
                        id(group.path()) + "-" + index + "-" + slug(field.key()), required, preset(field, null)))
                .toList();
        return new FieldRow(at < 0 ? legend + " " : legend.substring(0, at), number,
                at < 0 ? "" : legend.substring(at + NUMBER.length()), fields);
    }

    /**
     * @param needed whether the field's group needs it: always outside rows, in a row only where the letter needs
     *               the row
     * @param preset the choice selected when nothing valid was typed
     */
    private Field field(FieldTable.Field field, String name, String id, boolean needed, String preset) {
        targets.put(name, id);
        String value = value(name);
        if (field.choices() != null) {
            SequencedMap<String, String> options = choices.get(field.choices());
            String chosen = options.containsKey(value) ? value : preset;
            Control control = options.size() == 1 ? Control.HIDDEN : Control.SELECT;
            return new Field(name, id, texts.apply(field.texts().label()), hint(field), control, null, 0, false, null,
                    null, chosen, options.entrySet().stream()
                    .map(option -> new Option(option.getKey(), option.getValue(), option.getKey().equals(chosen)))
                    .toList(), errors.get(name), null);
        }
        boolean required = field.required() && needed;
        String marker = required ? texts.apply("form.required") : field.required() ? null : texts.apply("form.optional");
        FieldTable.Guidance guidance = field.texts().guidance();
        return new Field(name, id, texts.apply(field.texts().label()), hint(field),
                Control.valueOf(field.control().element().toUpperCase(Locale.ROOT)), field.control().type(),
                field.control().rows(), required, marker, field.control().autocomplete(), value, List.of(),
                errors.get(name), guidance == null ? null : new Guidance(texts.apply(guidance.questions()),
                guidance.questionList().stream().map(texts).toList(), texts.apply(guidance.examples()),
                guidance.exampleList().stream().map(texts).toList()));
    }

    private String hint(FieldTable.Field field) {
        return field.texts().hint() == null ? null : texts.apply(field.texts().hint());
    }

    /** The page's language for the letter's language, the page's kind for the kind, else the first choice. */
    private String preset(FieldTable.Field field, String lang) {
        return field.choices() == null ? null : switch (field.choices()) {
            case LANGUAGES -> lang;
            case KINDS -> kind.id();
            case SERVICES -> table.services().firstEntry().getKey();
        };
    }

    private static String rowName(RowGroup group, String row, FieldTable.Field field) {
        return group.path() + "[" + row + "]." + field.key();
    }

    private String value(String name) {
        List<String> values = typed.get(name);
        return values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst();
    }

    /** {@code person.email} → {@code f-person-email}; a row's field is {@code f-items-2-location}. */
    static String id(String path) {
        return "f-" + slug(path);
    }

    private static String slug(String name) {
        return name.replaceAll("[^A-Za-z0-9]+", "-");
    }
}
