package eu.oppose.letters.control;

import eu.oppose.letters.entity.FieldTable;
import eu.oppose.letters.entity.FieldTable.Field;
import eu.oppose.letters.entity.FieldTable.RowGroup;
import eu.oppose.letters.entity.FieldTable.Section;
import eu.oppose.letters.entity.Violation;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter read from a form whose fields are named by JSON path ({@code person.name}, {@code items[2].location}):
 * the request the API would get, and for each row kept the form's row number. The rule, the same as the
 * extension's {@code letter-model.js} (both run {@code cases/form-rows.json}): a blank value is left out and a
 * value not kept as typed is trimmed; every object and row group is there, if empty; a row counts when a field
 * that fills rows has text, and rows left empty are dropped, so problems are named back by the form's own row
 * numbers and land next to the field the person typed in.
 *
 * @param letter the request, as the JSON API takes it
 * @param rows   for each row group, the form's row number of each row kept
 */
public record PostedForm(JsonObject letter, Map<String, List<Integer>> rows) {
    /** Looked up once: {@code Json.create…} looks the provider up on every call, which is slow. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** A row of a group, as form fields and problems name it: {@code items[2]}. */
    private static final Pattern ROW = Pattern.compile("([A-Za-z]\\w*)\\[(\\d{1,9})]");
    private static final Pattern ROW_FIELD = Pattern.compile(ROW.pattern() + "\\.(\\w+)");

    /** A row number no form offers: the table's limit for the group; a forged request. */
    public static final class RowOutOfRange extends Exception {
        private final transient RowGroup group;
        private final int row;

        RowOutOfRange(RowGroup group, int row) {
            super("Row " + row + " of " + group.path() + " is beyond the form's rows", null, false, false);
            this.group = group;
            this.row = row;
        }

        public RowGroup group() {
            return group;
        }

        /** Counting from 0. */
        public int row() {
            return row;
        }
    }

    /** @param fields each field's values as posted; only the first counts */
    public static PostedForm read(FieldTable table, Map<String, List<String>> fields) throws RowOutOfRange {
        Map<String, SortedMap<Integer, Map<String, String>>> posted = new TreeMap<>();
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            Matcher m = ROW_FIELD.matcher(field.getKey());
            if (!m.matches() || table.group(m.group(1)).isEmpty()) {
                continue;
            }
            RowGroup group = table.group(m.group(1)).orElseThrow();
            int row = Integer.parseInt(m.group(2));
            if (row >= group.maxRows()) {
                throw new RowOutOfRange(group, row);
            }
            posted.computeIfAbsent(group.path(), g -> new TreeMap<>())
                    .computeIfAbsent(row, r -> new TreeMap<>()).put(m.group(3), first(field.getValue()));
        }
        JsonObjectBuilder letter = JSON.createObjectBuilder();
        Map<String, List<Integer>> kept = new TreeMap<>();
        table.parts().forEach(part -> {
            switch (part) {
                case Field field -> add(letter, field, first(fields.get(field.path())));
                case Section section -> {
                    JsonObjectBuilder object = JSON.createObjectBuilder();
                    section.fields().forEach(field -> add(object, field, first(fields.get(field.path()))));
                    letter.add(section.path(), object);
                }
                case RowGroup group -> {
                    JsonArrayBuilder rows = JSON.createArrayBuilder();
                    List<Integer> numbers = new ArrayList<>();
                    posted.getOrDefault(group.path(), new TreeMap<>()).forEach((row, values) -> {
                        if (group.fields().stream().anyMatch(field -> field.fillsRow() && !blank(values.get(field.key())))) {
                            JsonObjectBuilder object = JSON.createObjectBuilder();
                            group.fields().forEach(field -> add(object, field, values.get(field.key())));
                            rows.add(object);
                            numbers.add(row);
                        }
                    });
                    letter.add(group.path(), rows);
                    kept.put(group.path(), List.copyOf(numbers));
                }
            }
        });
        return new PostedForm(letter.build(), Map.copyOf(kept));
    }

    /** A problem's field as the form names it: {@code items[0].location} may be the form's {@code items[2].location}. */
    public Violation inFormTerms(Violation violation) {
        Matcher m = ROW.matcher(violation.field());
        if (!m.lookingAt() || !rows.containsKey(m.group(1))) {
            return violation;
        }
        List<Integer> numbers = rows.get(m.group(1));
        int index = Integer.parseInt(m.group(2));
        return index < numbers.size()
                ? new Violation(m.group(1) + "[" + numbers.get(index) + "]" + violation.field().substring(m.end()),
                        violation.message())
                : violation;
    }

    private static void add(JsonObjectBuilder object, Field field, String value) {
        if (!blank(value)) {
            object.add(field.key(), field.asTyped() ? value : value.strip());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
