package eu.oppose.letters.boundary;

import eu.oppose.http.entity.InvalidRequestException;
import eu.oppose.letters.entity.FieldTable;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a letter's JSON body as the tree the letters library checks. Only a body that is no JSON object is refused
 * here; the library names every value of the wrong type or content by its path.
 */
final class LetterJson {

    private static final JsonProvider JSON = JsonProvider.provider();

    private LetterJson() {
    }

    static JsonObject read(byte[] body, FieldTable form) {
        JsonValue root;
        try (var reader = JSON.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            root = reader.readValue();
        } catch (JsonParsingException | IllegalStateException e) {
            throw new InvalidRequestException("body", "The body is not JSON. Send an object with "
                    + members(form) + ", as in the example at /openapi.");
        }
        if (!(root instanceof JsonObject letter)) {
            throw new InvalidRequestException("body", "The body must be a JSON object, as in the example at /openapi.");
        }
        return letter;
    }

    /** "kind, language, … and date": the request's top-level members. */
    private static String members(FieldTable form) {
        List<String> members = form.parts().stream().map(FieldTable.Part::path).toList();
        return String.join(", ", members.subList(0, members.size() - 1)) + " and " + members.getLast();
    }
}
