package eu.oppose.guide.control;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks guide files against {@code guides/schema/*.schema.json}, the same schemas the extension's build uses,
 * and words each problem so that a maintainer finds it at once: file, step, field.
 */
final class GuideSchemas {

    static final String PLATFORMS = "schema/platforms.schema.json";
    static final String GUIDE = "schema/guide.schema.json";
    static final String TEXTS = "schema/texts.schema.json";
    static final String WORDS = "schema/words.schema.json";

    private static final Pattern STEP_LOCATION = Pattern.compile("^/steps/(\\d+)");

    /** A file that is valid against its schema: its text, for binding, and its tree. */
    record Checked(String json, JsonObject root) {
    }

    private final Map<String, Schema> schemas = new HashMap<>();

    GuideSchemas(GuideFiles files) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        for (String schema : List.of(PLATFORMS, GUIDE, TEXTS, WORDS)) {
            schemas.put(schema, registry.getSchema(text(files, schema)));
        }
    }

    /** The file if it is valid against the schema (one of this class's constants); otherwise a {@link GuideDataException}. */
    Checked check(String schema, String file, byte[] content) {
        String json = new String(content, StandardCharsets.UTF_8);
        JsonObject root = parse(file, json);
        List<Error> errors = schemas.get(schema).validate(json, InputFormat.JSON);
        if (!errors.isEmpty()) {
            throw new GuideDataException(errors.stream()
                    .map(error -> describe(file, root, error.getInstanceLocation().toString(), error.getMessage()))
                    .distinct()
                    .reduce((a, b) -> a + "\n" + b).orElseThrow());
        }
        return new Checked(json, root);
    }

    /** "guides/x/y.json, step "open-menu", field /steps/1/pages/0/path: what is wrong" (fields as JSON Pointers). */
    static String describe(String file, JsonObject root, String field, String problem) {
        return "guides/" + file + stepOf(root, field) + ", field " + field + ": " + problem;
    }

    private static String stepOf(JsonObject root, String field) {
        Matcher m = STEP_LOCATION.matcher(field);
        if (!m.find()) {
            return "";
        }
        int index = Integer.parseInt(m.group(1));
        JsonValue steps = root.get("steps");
        if (steps instanceof JsonArray array && index < array.size()
                && array.get(index) instanceof JsonObject step && step.get("id") instanceof jakarta.json.JsonString id) {
            return ", step \"" + id.getString() + "\"";
        }
        return ", step #" + (index + 1);
    }

    private static JsonObject parse(String file, String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonParsingException | ClassCastException e) {
            throw new GuideDataException("guides/" + file + ": not a JSON object: " + e.getMessage());
        }
    }

    private static String text(GuideFiles files, String path) {
        byte[] content = files.read(path);
        if (content == null) {
            throw new GuideDataException("guides/" + path + " is missing");
        }
        return new String(content, StandardCharsets.UTF_8);
    }
}
