package eu.oppose.letters.control;

import eu.oppose.letters.entity.FieldTable;
import eu.oppose.letters.entity.FieldTable.Field;
import eu.oppose.letters.entity.FieldTable.Part;
import eu.oppose.letters.entity.FieldTable.RowGroup;
import eu.oppose.letters.entity.FieldTable.Section;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON types the field table expects: every value text in quotes, objects where it has objects, lists of
 * objects for its row groups. A value of another type is named by its path; an absent one or JSON null is
 * left to the field's rules.
 */
final class JsonTypes {

    private JsonTypes() {
    }

    static List<Problem> problems(FieldTable table, JsonObject request) {
        List<Problem> problems = new ArrayList<>();
        for (Part part : table.parts()) {
            switch (part) {
                case Field field -> text(request, field, field.path(), problems);
                case Section section -> object(request.get(section.path()), section.path(), section.fields(), problems);
                case RowGroup group -> {
                    JsonValue rows = given(request.get(group.path()));
                    if (rows != null && !(rows instanceof JsonArray)) {
                        problems.add(new Problem(group.path(), "not-list", Map.of("example", "[{…}]"), Problem.REQUEST, 0));
                    } else if (rows != null) {
                        for (int i = 0; i < rows.asJsonArray().size(); i++) {
                            object(rows.asJsonArray().get(i), group.path() + "[" + i + "]", group.fields(), problems);
                        }
                    }
                }
            }
        }
        return problems;
    }

    /** A member that is absent or JSON null is not given. */
    static JsonValue given(JsonValue value) {
        return value == JsonValue.NULL ? null : value;
    }

    private static void object(JsonValue value, String path, List<Field> fields, List<Problem> problems) {
        JsonValue given = given(value);
        if (given == null) {
            return;
        }
        if (!(given instanceof JsonObject object)) {
            problems.add(new Problem(path, "not-object",
                    Map.of("fields", String.join(", ", fields.stream().map(Field::key).toList())), Problem.REQUEST, 0));
            return;
        }
        fields.forEach(field -> text(object, field, path + "." + field.key(), problems));
    }

    private static void text(JsonObject object, Field field, String path, List<Problem> problems) {
        JsonValue value = given(object.get(field.key()));
        if (value != null && !(value instanceof JsonString)) {
            problems.add(new Problem(path, "not-text", Map.of(), Problem.REQUEST, 0));
        }
    }
}
