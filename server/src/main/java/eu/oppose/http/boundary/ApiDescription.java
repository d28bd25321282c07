package eu.oppose.http.boundary;

import eu.oppose.letters.control.FieldTables;
import eu.oppose.letters.entity.FieldTable;
import eu.oppose.letters.entity.FieldTable.DaysAfterToday;
import eu.oppose.letters.entity.FieldTable.Field;
import eu.oppose.letters.entity.FieldTable.Kind;
import eu.oppose.letters.entity.FieldTable.RowGroup;
import eu.oppose.letters.entity.FieldTable.Section;
import eu.oppose.letters.entity.FieldTable.ValueOf;
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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Completes /openapi with what the code's annotations cannot know, from the letters' field table and
 * {@code guides/platforms.json}: the languages in descriptions, written {@code {languages}} and
 * {@code {fallbackLanguage}} in the annotations; and {@code POST /api/v1/letters} whole. Two resources serve that
 * operation (the API's JSON in {@code letters.boundary}, the web page's form in {@code web.boundary}), and the
 * annotations of two methods of one path and verb merge with one's texts and the other's responses, so the
 * operation is described here once: both bodies, each with its schema and a working example, and every answer.
 * Configured in {@code META-INF/microprofile-config.properties}.
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
        Content content = OASFactory.createContent()
                .addMediaType(MediaType.APPLICATION_JSON, OASFactory.createMediaType()
                        .schema(jsonSchema())
                        .addExample(EXAMPLE, OASFactory.createExample().value(jsonExample())))
                .addMediaType(MediaType.APPLICATION_FORM_URLENCODED, OASFactory.createMediaType()
                        .schema(formSchema())
                        .addExample(EXAMPLE, OASFactory.createExample().value(formExample())));
        post.operationId("writeLetter")
                .summary("A GDPR objection letter to Meta as PDF/A-2 + PDF/UA-1, or as plain text")
                .description("Send the letter's fields as JSON, or form-encoded with each field named by its JSON path "
                        + "(the web page's form, which works without JavaScript: rows left empty are dropped and "
                        + "problems are named by the form's rows). Accept: application/pdf (default) or text/plain; a "
                        + "form field format=text asks for text too. Every invalid field is reported at once; a form "
                        + "post whose Accept includes text/html gets the page back with each problem next to its field.")
                .requestBody(OASFactory.createRequestBody().required(true).content(content))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse()
                                .description("The letter: a PDF as an attachment, or the text")
                                .content(OASFactory.createContent()
                                        .addMediaType(Downloads.PDF, OASFactory.createMediaType())
                                        .addMediaType(MediaType.TEXT_PLAIN, OASFactory.createMediaType())))
                        .addAPIResponse("400", OASFactory.createAPIResponse().ref("InvalidInput"))
                        .addAPIResponse("413", OASFactory.createAPIResponse().ref("TooLarge")));
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
            case DATE -> said.add("yyyy-MM-dd, from " + field.earliest() + " to " + switch (field.latest()) {
                case DaysAfterToday after -> after.days() + " days after today";
                case ValueOf other -> "the " + other.path();
            } + (field.today() ? "; today when empty." : "."));
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
