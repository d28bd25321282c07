package eu.oppose.http.boundary;

import eu.oppose.letters.control.FieldTables;
import eu.oppose.letters.entity.FieldTable;
import eu.oppose.letters.entity.FieldTable.Field;
import eu.oppose.letters.entity.FieldTable.Kind;
import eu.oppose.letters.entity.FieldTable.RowGroup;
import eu.oppose.letters.entity.FieldTable.Section;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Completes /openapi with what the code's annotations cannot know, from the letters' field table and
 * {@code guides/platforms.json}: the two bodies of {@code POST /api/v1/letters} (JSON, and the web page's form
 * fields named by JSON path), each with its schema and a working example; and the languages in descriptions,
 * written {@code {languages}} and {@code {fallbackLanguage}} in the annotations. Configured in
 * {@code META-INF/microprofile-config.properties}.
 */
public class ApiDescription implements OASFilter {

    static final String LETTERS = "/api/v1/letters";
    private static final String EXAMPLE = "third-party-data";

    private final FieldTable form = FieldTables.load();

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getDescription() != null) {
            parameter.setDescription(withLanguages(parameter.getDescription()));
        }
        return parameter;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        PathItem letters = openAPI.getPaths() == null ? null : openAPI.getPaths().getPathItem(LETTERS);
        Operation post = letters == null ? null : letters.getPOST();
        if (post == null) {
            return;
        }
        RequestBody body = post.getRequestBody() != null ? post.getRequestBody() : OASFactory.createRequestBody();
        Content content = OASFactory.createContent()
                .addMediaType(MediaType.APPLICATION_JSON, OASFactory.createMediaType()
                        .schema(jsonSchema())
                        .addExample(EXAMPLE, OASFactory.createExample().value(jsonExample())))
                .addMediaType(MediaType.APPLICATION_FORM_URLENCODED, OASFactory.createMediaType()
                        .schema(formSchema())
                        .addExample(EXAMPLE, OASFactory.createExample().value(formExample())));
        post.setRequestBody(body.required(true).content(content));
    }

    /** "Language ({languages}); else …" → "Language (en, fr, de); else …". */
    String withLanguages(String text) {
        return text.replace("{languages}", String.join(", ", form.languages()))
                .replace("{fallbackLanguage}", form.fallbackLanguage());
    }

    /** The JSON body: the table's members, objects and lists of rows. */
    Schema jsonSchema() {
        Schema letter = object().description("A letter. Kinds and the rows each needs: " + form.kinds().stream()
                .map(ApiDescription::rowsNeeded).collect(Collectors.joining("; ")) + ".");
        for (FieldTable.Part part : form.parts()) {
            switch (part) {
                case Field field -> addValue(letter, field.key(), field);
                case Section section -> {
                    Schema object = object();
                    section.fields().forEach(field -> addValue(object, field.key(), field));
                    letter.addProperty(section.path(), object);
                }
                case RowGroup group -> {
                    Schema row = object();
                    group.fields().forEach(field -> addValue(row, field.key(), field));
                    letter.addProperty(group.path(), OASFactory.createSchema().addType(SchemaType.ARRAY)
                            .maxItems(group.maxRows()).items(row));
                }
            }
        }
        return letter;
    }

    /** The form's fields, flat: {@code person.name}, {@code items[0].location} and so on for every row. */
    Schema formSchema() {
        Schema fields = object().description("The letter's fields named by their JSON paths; rows are numbered from 0 "
                + "and rows left empty are dropped. format=text asks for plain text.");
        for (FieldTable.Part part : form.parts()) {
            switch (part) {
                case Field field -> addValue(fields, field.path(), field);
                case Section section -> section.fields().forEach(field -> addValue(fields, field.path(), field));
                case RowGroup group -> group.fields().forEach(field -> fields.addProperty(
                        group.path() + "[0]." + field.key(), value(field).description(Stream.of(describe(field),
                                "One per row: " + group.path() + "[0]." + field.key() + " to " + group.path() + "["
                                        + (group.maxRows() - 1) + "]." + field.key() + ".")
                                .filter(Objects::nonNull).collect(Collectors.joining(" ")))));
            }
        }
        return fields.addProperty("format", string().addEnumeration("text").description("text: the letter as plain text"));
    }

    Map<String, Object> jsonExample() {
        Map<String, Object> example = new LinkedHashMap<>();
        for (FieldTable.Part part : form.parts()) {
            switch (part) {
                case Field field -> example.put(field.key(), field.example());
                case Section section -> example.put(section.path(), row(section.fields()));
                case RowGroup group -> example.put(group.path(), List.of(row(group.fields())));
            }
        }
        example.values().removeIf(value -> value == null);
        return example;
    }

    Map<String, Object> formExample() {
        Map<String, Object> example = new LinkedHashMap<>();
        for (FieldTable.Part part : form.parts()) {
            switch (part) {
                case Field field -> example.put(field.path(), field.example());
                case Section section -> section.fields().forEach(field -> example.put(field.path(), field.example()));
                case RowGroup group -> group.fields().forEach(field ->
                        example.put(group.path() + "[0]." + field.key(), field.example()));
            }
        }
        example.values().removeIf(value -> value == null);
        return example;
    }

    private static Map<String, Object> row(List<Field> fields) {
        Map<String, Object> row = new LinkedHashMap<>();
        fields.stream().filter(field -> field.example() != null).forEach(field -> row.put(field.key(), field.example()));
        return row;
    }

    private void addValue(Schema object, String name, Field field) {
        object.addProperty(name, value(field).description(describe(field)));
        if (field.required()) {
            object.addRequired(name);
        }
    }

    /** A value is always text in quotes, whatever it means. */
    private Schema value(Field field) {
        Schema value = string().maxLength(field.maxLength());
        if (field.minLength() > 0) {
            value.minLength(field.minLength());
        }
        switch (field.type()) {
            case EMAIL -> value.format("email");
            case DATE -> value.format("date");
            case CHOICE -> choices(field).forEach(value::addEnumeration);
            case TEXT, WEB_ADDRESS_OR_TEXT -> {
                // free text; described below
            }
        }
        return value;
    }

    private List<String> choices(Field field) {
        return switch (field.choices()) {
            case KINDS -> form.kinds().stream().map(Kind::id).toList();
            case LANGUAGES -> form.languages();
            case SERVICES -> List.copyOf(form.services().keySet());
        };
    }

    private static String describe(Field field) {
        List<String> said = new ArrayList<>();
        switch (field.type()) {
            case WEB_ADDRESS_OR_TEXT -> said.add("A web address (http or https), or words that describe the place.");
            case DATE -> said.add("yyyy-MM-dd, from " + field.earliest() + (field.today() ? "; today when empty." : "."));
            case CHOICE -> said.add("In any case.");
            case TEXT, EMAIL -> {
                // the schema's type and format say it
            }
        }
        if (field.maxLines() > 1) {
            said.add("At most " + field.maxLines() + " lines.");
        }
        if (field.asTyped()) {
            said.add("Kept exactly as typed.");
        }
        if (!field.kinds().isEmpty()) {
            said.add("Only in letters of kind " + String.join(", ", field.kinds()) + ".");
        }
        return said.isEmpty() ? null : String.join(" ", said);
    }

    private static String rowsNeeded(Kind kind) {
        return kind.id() + (kind.minRows().isEmpty() ? " (no rows needed)" : " (" + kind.minRows().entrySet().stream()
                .map(rows -> "at least " + rows.getValue() + " in " + rows.getKey())
                .collect(Collectors.joining(", ")) + ")");
    }

    private static Schema object() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT);
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }
}
