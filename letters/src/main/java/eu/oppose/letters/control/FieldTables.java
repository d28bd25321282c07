package eu.oppose.letters.control;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import eu.oppose.letters.entity.FieldTable;
import eu.oppose.letters.entity.FieldTable.ChoiceSource;
import eu.oppose.letters.entity.FieldTable.Control;
import eu.oppose.letters.entity.FieldTable.DaysAfterToday;
import eu.oppose.letters.entity.FieldTable.Field;
import eu.oppose.letters.entity.FieldTable.Guidance;
import eu.oppose.letters.entity.FieldTable.Head;
import eu.oppose.letters.entity.FieldTable.Kind;
import eu.oppose.letters.entity.FieldTable.Latest;
import eu.oppose.letters.entity.FieldTable.Part;
import eu.oppose.letters.entity.FieldTable.RowGroup;
import eu.oppose.letters.entity.FieldTable.Section;
import eu.oppose.letters.entity.FieldTable.Texts;
import eu.oppose.letters.entity.FieldTable.ValueOf;
import eu.oppose.letters.entity.FieldTable.ValueType;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads the field table, {@code eu/oppose/letters/form.json}, checked against {@code form.schema.json} and for
 * what a schema cannot say (names that exist, limits that fit together), and the languages and services of the
 * copy of {@code guides/platforms.json} the build puts beside it. A mistake stops the library from loading,
 * naming the file and the place.
 */
public final class FieldTables {

    static final String ROOT = "/eu/oppose/letters/";
    static final String FORM = "form.json";
    static final String SCHEMA = "form.schema.json";
    static final String PLATFORMS = "platforms.json";

    private FieldTables() {
    }

    /** The table the library ships. */
    public static FieldTable load() {
        return read(Templates.read(ROOT + FORM), Templates.read(ROOT + PLATFORMS));
    }

    /** A table from the texts of a form file and a platforms file; for tests of other tables. */
    static FieldTable read(String form, String platforms) {
        checkSchema(form);
        JsonObject root = parse(form);
        JsonObject platformFile = parse(platforms);
        List<String> languages = platformFile.getJsonArray("languages").getValuesAs(JsonString::getString);
        SequencedMap<String, String> services = new LinkedHashMap<>();
        platformFile.getJsonArray("platforms").getValuesAs(JsonObject.class)
                .forEach(platform -> services.put(platform.getString("id"), platform.getString("name")));
        List<Kind> kinds = root.getJsonArray("kinds").getValuesAs(JsonObject.class).stream()
                .map(kind -> new Kind(kind.getString("id"), kind.getString("label"), minRows(kind)))
                .toList();
        List<Part> parts = root.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .map(FieldTables::part)
                .toList();
        JsonObject head = root.getJsonObject("letter");
        FieldTable table = new FieldTable(kinds,
                new Head(strings(head, "sender"), head.getString("signer"), head.getString("date")), parts,
                List.copyOf(languages), platformFile.getString("fallbackLanguage"),
                Collections.unmodifiableSequencedMap(services));
        check(table);
        return table;
    }

    private static Part part(JsonObject part) {
        String key = part.getString("key");
        List<String> kinds = strings(part, "kinds");
        return switch (part.getString("type")) {
            case "object" -> new Section(key, kinds, texts(part), fields(part, name -> key + "." + name));
            case "rows" -> new RowGroup(key, kinds, part.getInt("maxRows"), part.getInt("offeredRows"),
                    part.getString("line", null), texts(part), fields(part, Function.identity()));
            default -> field(part, key);
        };
    }

    private static List<Field> fields(JsonObject parent, Function<String, String> path) {
        return parent.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .map(field -> field(field, path.apply(field.getString("key"))))
                .toList();
    }

    private static Field field(JsonObject field, String path) {
        String type = field.getString("type");
        JsonObject control = field.getJsonObject("control");
        return new Field(path, field.getString("key"), ValueType.valueOf(constant(type)),
                field.containsKey("choices") ? ChoiceSource.valueOf(constant(field.getString("choices"))) : null,
                field.getBoolean("required"), field.getInt("maxLength"), field.getInt("maxLines", 1),
                field.getInt("minLength", 0), field.getBoolean("asTyped", false), field.getBoolean("fillsRow", false),
                field.containsKey("earliest") ? LocalDate.parse(field.getString("earliest")) : null,
                latest(field.getJsonObject("latest")), field.containsKey("default"), strings(field, "kinds"),
                new Control(control.getString("element"), control.getString("type", "text"),
                        control.getInt("rows", 0), control.getString("autocomplete", null)),
                texts(field), field.getString("example", null));
    }

    private static Latest latest(JsonObject latest) {
        if (latest == null) {
            return null;
        }
        return latest.containsKey("field") ? new ValueOf(latest.getString("field"))
                : new DaysAfterToday(latest.getInt("daysAfterToday"));
    }

    private static Texts texts(JsonObject part) {
        JsonObject texts = part.getJsonObject("texts");
        JsonObject guidance = texts.getJsonObject("guidance");
        return new Texts(texts.getString("label"), texts.getString("hint", null), texts.getString("name"),
                texts.getString("entry", null), texts.getString("line", null), texts.getString("add", null),
                texts.getString("tooFew", null), texts.getString("tooShort", null),
                guidance == null ? null : new Guidance(guidance.getString("questions"), strings(guidance, "questionList"),
                        guidance.getString("examples"), strings(guidance, "exampleList")));
    }

    private static Map<String, Integer> minRows(JsonObject kind) {
        Map<String, Integer> minRows = new LinkedHashMap<>();
        JsonObject given = kind.getJsonObject("minRows");
        if (given != null) {
            given.forEach((group, count) -> minRows.put(group, ((JsonNumber) count).intValue()));
        }
        return Map.copyOf(minRows);
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.containsKey(name) ? List.copyOf(object.getJsonArray(name).getValuesAs(JsonString::getString))
                : List.of();
    }

    /** {@code web-address-or-text} → {@code WEB_ADDRESS_OR_TEXT}. */
    private static String constant(String name) {
        return name.replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** What the schema cannot say: every name refers to something, and the limits fit together. */
    private static void check(FieldTable table) {
        List<String> problems = new ArrayList<>();
        Set<String> kindIds = new LinkedHashSet<>();
        table.kinds().forEach(kind -> kindIds.add(kind.id()));
        if (!table.languages().contains(table.fallbackLanguage())) {
            problems.add(PLATFORMS + ": the fallback language " + table.fallbackLanguage() + " is not one of the languages");
        }
        for (Part part : table.parts()) {
            if (!kindIds.containsAll(part.kinds())) {
                problems.add(part.path() + ": kinds " + part.kinds() + " names a kind that does not exist");
            }
            if (part instanceof RowGroup group) {
                if (group.offeredRows() > group.maxRows()) {
                    problems.add(group.path() + ": offeredRows is more than maxRows");
                }
                for (Field field : group.fields()) {
                    if (group.line() == null && field.texts().line() == null) {
                        problems.add(group.path() + "." + field.key() + ": no line for the letter, and the group has none");
                    }
                }
            }
        }
        for (Kind kind : table.kinds()) {
            kind.minRows().forEach((group, min) -> {
                if (table.group(group).filter(rows -> min <= rows.offeredRows()).isEmpty()) {
                    problems.add("kind " + kind.id() + ": minRows." + group + " is no row group, or more than it offers");
                }
            });
        }
        for (ChoiceSource source : List.of(ChoiceSource.KINDS, ChoiceSource.LANGUAGES)) {
            if (table.topLevelFields().filter(field -> field.choices() == source).count() != 1) {
                problems.add("exactly one top-level field must choose from " + source.name().toLowerCase(Locale.ROOT));
            }
        }
        Stream.concat(Stream.of(table.head().signer(), table.head().date()), table.head().sender().stream())
                .filter(path -> table.field(path).isEmpty())
                .forEach(path -> problems.add("letter: " + path + " is no top-level field"));
        if (table.field(table.head().date()).filter(field -> field.type() == ValueType.DATE && field.today()).isEmpty()) {
            problems.add("letter: the date " + table.head().date() + " must be a date field that defaults to today");
        }
        table.allFields().filter(field -> field.latest() instanceof ValueOf(String path)
                        && table.field(path).filter(bound -> bound.type() == ValueType.DATE).isEmpty())
                .forEach(field -> problems.add(field.path() + ": latest names no date field"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException(FORM + ": " + String.join("; ", problems));
        }
    }

    /** Every message key the table names, for the check that each language has them all. */
    static Set<String> messageKeys(FieldTable table) {
        Set<String> keys = new LinkedHashSet<>();
        table.kinds().forEach(kind -> keys.add(kind.label()));
        for (Part part : table.parts()) {
            switch (part) {
                case Field field -> addTexts(keys, field.texts());
                case Section section -> {
                    addTexts(keys, section.texts());
                    section.fields().forEach(field -> addTexts(keys, field.texts()));
                }
                case RowGroup group -> {
                    addTexts(keys, group.texts());
                    keys.add(group.line());
                    group.fields().forEach(field -> addTexts(keys, field.texts()));
                }
            }
        }
        keys.remove(null);
        return keys;
    }

    private static void addTexts(Set<String> keys, Texts texts) {
        keys.addAll(Arrays.asList(texts.label(), texts.hint(), texts.name(), texts.entry(), texts.line(),
                texts.add(), texts.tooFew(), texts.tooShort()));
        if (texts.guidance() != null) {
            keys.add(texts.guidance().questions());
            keys.add(texts.guidance().examples());
            keys.addAll(texts.guidance().questionList());
            keys.addAll(texts.guidance().exampleList());
        }
    }

    private static void checkSchema(String form) {
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Templates.read(ROOT + SCHEMA));
        List<String> errors = schema.validate(form, InputFormat.JSON).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .distinct()
                .toList();
        if (!errors.isEmpty()) {
            throw new IllegalStateException(FORM + " does not match " + SCHEMA + ": " + String.join("; ", errors));
        }
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
