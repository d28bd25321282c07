package eu.oppose.letters.boundary;

import eu.oppose.letters.entity.LetterRequest;
import eu.oppose.http.entity.InvalidParameter;
import eu.oppose.http.entity.InvalidRequestException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a letter from a JSON body. Every value of a letter is text, in objects and lists of the request's
 * shape; a body of another shape is refused naming each field that does not fit, before binding.
 */
final class LetterJson {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final List<String> TEXTS = List.of("kind", "language", "grounds", "place", "date");
    private static final Map<String, List<String>> OBJECT_FIELDS = Map.of(
            "person", List.of("name", "address", "email"),
            "accounts", List.of("service", "identifier"),
            "items", List.of("location", "description", "prompt", "shownOn"));

    private LetterJson() {
    }

    static LetterRequest read(byte[] body) {
        String json = new String(body, StandardCharsets.UTF_8);
        JsonValue root;
        try (var reader = Json.createReader(new StringReader(json))) {
            root = reader.readValue();
        } catch (JsonParsingException | IllegalStateException e) {
            throw new InvalidRequestException("body", "The body is not JSON. Send an object with kind, language, "
                    + "person, accounts, items, grounds, place and date, as in the example at /openapi.");
        }
        if (!(root instanceof JsonObject letter)) {
            throw new InvalidRequestException("body", "The body must be a JSON object, as in the example at /openapi.");
        }
        List<InvalidParameter> problems = new ArrayList<>();
        TEXTS.forEach(field -> text(letter, field, field, problems));
        object(letter.get("person"), "person", OBJECT_FIELDS.get("person"), problems);
        for (String list : List.of("accounts", "items")) {
            JsonValue rows = letter.get(list);
            if (rows == null || rows == JsonValue.NULL) {
                continue;
            }
            if (!(rows instanceof JsonArray array)) {
                problems.add(new InvalidParameter(list, "must be a list of objects, e.g. [{…}]."));
                continue;
            }
            for (int i = 0; i < array.size(); i++) {
                object(array.get(i), list + "[" + i + "]", OBJECT_FIELDS.get(list), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return JSONB.fromJson(json, LetterRequest.class);
    }

    private static void object(JsonValue value, String path, List<String> fields, List<InvalidParameter> problems) {
        if (value == null || value == JsonValue.NULL) {
            return;
        }
        if (!(value instanceof JsonObject object)) {
            problems.add(new InvalidParameter(path, "must be an object with " + String.join(", ", fields) + "."));
            return;
        }
        fields.forEach(field -> text(object, field, path + "." + field, problems));
    }

    private static void text(JsonObject object, String field, String path, List<InvalidParameter> problems) {
        JsonValue value = object.get(field);
        if (value != null && value != JsonValue.NULL && value.getValueType() != JsonValue.ValueType.STRING) {
            problems.add(new InvalidParameter(path, "must be text in quotes."));
        }
    }
}
