package eu.oppose.letters.control;

import eu.oppose.letters.control.Letter.Choice;
import eu.oppose.letters.control.Letter.Day;
import eu.oppose.letters.control.Letter.Text;
import eu.oppose.letters.control.Letter.Value;
import eu.oppose.letters.entity.FieldTable;
import eu.oppose.letters.entity.FieldTable.ChoiceSource;
import eu.oppose.letters.entity.FieldTable.DaysAfterToday;
import eu.oppose.letters.entity.FieldTable.Field;
import eu.oppose.letters.entity.FieldTable.Part;
import eu.oppose.letters.entity.FieldTable.RowGroup;
import eu.oppose.letters.entity.FieldTable.Section;
import eu.oppose.letters.entity.FieldTable.ValueOf;
import eu.oppose.letters.entity.Violation;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SequencedMap;
import java.util.regex.Pattern;

/**
 * Turns a request (the JSON tree of the API or of a form post) into a {@link Letter}, or into the list of
 * everything wrong with it, by the rules of the field table. It checks every field whatever the others hold, so
 * the person can fix all problems at once; no value can make it throw. A value of the wrong JSON type
 * ({@link JsonTypes}) is reported first and alone: the other rules would only repeat it. What the fonts can print is
 * {@link Printable}'s to say, what is a web or e-mail address {@link Addresses}'s.
 */
final class LetterValidator {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final FieldTable table;
    private final Templates templates;
    private final Printable printable;
    private final Clock clock;
    private final Map<ChoiceSource, SequencedMap<String, Choice>> choices = new EnumMap<>(ChoiceSource.class);
    private final Field kindField;
    private final Field languageField;

    LetterValidator(FieldTable table, Templates templates, Printable printable, Clock clock) {
        this.table = table;
        this.templates = templates;
        this.printable = printable;
        this.clock = clock;
        choices.put(ChoiceSource.KINDS, byId(table.kinds().stream().map(kind -> new Choice(kind.id(), kind.id())).toList()));
        choices.put(ChoiceSource.LANGUAGES, byId(table.languages().stream().map(code -> new Choice(code, code)).toList()));
        choices.put(ChoiceSource.SERVICES, byId(table.services().entrySet().stream()
                .map(service -> new Choice(service.getKey(), service.getValue())).toList()));
        this.kindField = choiceField(ChoiceSource.KINDS);
        this.languageField = choiceField(ChoiceSource.LANGUAGES);
    }

    /** Either {@code letter} is set and {@code violations} empty, or the other way round. */
    record Outcome(Letter letter, List<Violation> violations) {
    }

    Outcome check(JsonObject request) {
        LocalDate today = LocalDate.now(clock);
        if (request == null) {
            return outcome(templates.fallback(), List.of(new Problem("", "required", Map.of(), Problem.REQUEST, 0)), null);
        }
        Check quiet = new Check(request, today, null);
        String kind = quiet.code(kindField);
        String languageCode = quiet.code(languageField);
        Language language = languageCode == null ? templates.fallback() : templates.languages().get(languageCode);
        List<Problem> shape = JsonTypes.problems(table, request);
        if (!shape.isEmpty()) {
            return outcome(language, shape, null);
        }
        Check check = new Check(request, today, kind);
        check.all();
        if (!check.problems.isEmpty()) {
            return outcome(language, check.problems, null);
        }
        Value date = check.values.get(table.head().date());
        LocalDate letterDate = date instanceof Day day ? day.date() : today;
        return outcome(language, List.of(), new Letter(table.kind(kind), language, Map.copyOf(check.values),
                Map.copyOf(check.rows), letterDate, References.of(table, kind, check.values, check.rows, letterDate)));
    }

    /**
     * A form's row beyond the group's limit, worded as a list with too many entries, in the form's language.
     *
     * @param language the form's letter language as posted, or null
     */
    Violation tooManyRows(String language, RowGroup group, int count) {
        Language messages = language == null ? templates.fallback()
                : templates.languages().getOrDefault(language.strip().toLowerCase(Locale.ROOT), templates.fallback());
        return outcome(messages, List.of(new Problem(group.path(), "too-many", Map.of("count", String.valueOf(count),
                "max", String.valueOf(group.maxRows())), group.texts().name(), 0)), null).violations().getFirst();
    }

    private Outcome outcome(Language language, List<Problem> problems, Letter letter) {
        Messages messages = language.messages();
        return new Outcome(letter, problems.stream().map(problem -> {
            Map<String, String> values = new HashMap<>(problem.values());
            values.put("field", messages.get(problem.name(), Map.of("number", String.valueOf(problem.number()))));
            return new Violation(problem.path(), messages.get(problem.key(), values));
        }).toList());
    }

    private Field choiceField(ChoiceSource source) {
        return table.topLevelFields().filter(field -> field.choices() == source).findFirst().orElseThrow();
    }

    private static SequencedMap<String, Choice> byId(List<Choice> list) {
        SequencedMap<String, Choice> byId = new LinkedHashMap<>();
        list.forEach(choice -> byId.put(choice.id(), choice));
        return byId;
    }

    /** The values and problems of one request, walking the table in order. */
    private final class Check {
        final JsonObject request;
        final LocalDate today;
        /** The letter's kind, or null when it is not known: then every field applies and no rows are needed. */
        final String kind;
        final List<Problem> problems = new ArrayList<>();
        final Map<String, Value> values = new LinkedHashMap<>();
        final Map<String, List<Map<String, Value>>> rows = new LinkedHashMap<>();

        Check(JsonObject request, LocalDate today, String kind) {
            this.request = request;
            this.today = today;
            this.kind = kind;
        }

        /** A top-level choice's id, without reporting anything; null when absent or wrong. */
        String code(Field field) {
            return value(field, field.path(), 0, text(request.get(field.key()))) instanceof Choice choice
                    ? choice.id() : null;
        }

        void all() {
            for (Part part : table.parts()) {
                if (!part.appliesTo(kind)) {
                    continue;
                }
                switch (part) {
                    case Field field -> put(values, field.path(), value(field, field.path(), 0,
                            text(request.get(field.key()))));
                    case Section section -> section(section);
                    case RowGroup group -> rows.put(group.path(), rows(group));
                }
            }
        }

        private void section(Section section) {
            JsonValue object = JsonTypes.given(request.get(section.path()));
            if (object == null) {
                if (section.fields().stream().anyMatch(Field::required)) {
                    problem(section.path(), "required", Map.of(), section.texts().name(), 0);
                }
                return;
            }
            for (Field field : section.fields()) {
                if (field.appliesTo(kind)) {
                    put(values, field.path(), value(field, field.path(), 0, text(object.asJsonObject().get(field.key()))));
                }
            }
        }

        /** Each row's values; a list longer than allowed is reported once, without looking at its rows. */
        private List<Map<String, Value>> rows(RowGroup group) {
            JsonValue given = JsonTypes.given(request.get(group.path()));
            List<JsonValue> list = given == null ? List.of() : given.asJsonArray();
            if (list.size() > group.maxRows()) {
                problem(group.path(), "too-many", Map.of("count", String.valueOf(list.size()),
                        "max", String.valueOf(group.maxRows())), group.texts().name(), 0);
                return List.of();
            }
            if (kind != null && list.size() < table.kind(kind).minRows(group.path())) {
                problem(group.path(), group.texts().tooFew(), Map.of(), group.texts().name(), 0);
            }
            List<Map<String, Value>> checked = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String row = group.path() + "[" + i + "]";
                JsonValue entry = JsonTypes.given(list.get(i));
                if (entry == null) {
                    problem(row, "empty-entry", Map.of(), group.texts().entry(), i + 1);
                    continue;
                }
                Map<String, Value> values = new LinkedHashMap<>();
                for (Field field : group.fields()) {
                    if (field.appliesTo(kind)) {
                        put(values, field.key(), value(field, row + "." + field.key(), i + 1,
                                text(entry.asJsonObject().get(field.key()))));
                    }
                }
                checked.add(Map.copyOf(values));
            }
            return List.copyOf(checked);
        }

        /** @return the value, or null when absent (an optional field left empty) or wrong (then reported) */
        private Value value(Field field, String path, int number, String raw) {
            String text = checkedText(field, path, number, raw);
            if (text == null || text.isEmpty()) {
                return null;
            }
            return switch (field.type()) {
                case TEXT -> new Text(text);
                case EMAIL -> Addresses.isEmail(text) ? new Text(text) : wrong(field, path, number, "email");
                case WEB_ADDRESS_OR_TEXT -> Addresses.looksLikeWebAddress(text) && !Addresses.isWebAddress(text)
                        ? wrong(field, path, number, "url") : new Text(text);
                case DATE -> date(field, path, number, text);
                case CHOICE -> {
                    Choice choice = choices.get(field.choices()).get(text.toLowerCase(Locale.ROOT));
                    yield choice != null ? choice : wrong(field, path, number, "choose-one",
                            Map.of("choices", String.join(", ", choices.get(field.choices()).keySet())));
                }
            };
        }

        private Value date(Field field, String path, int number, String text) {
            LocalDate date;
            try {
                // Only yyyy-MM-dd, as the API documents; also several times faster than LocalDate.parse.
                if (!ISO_DATE.matcher(text).matches()) {
                    throw new DateTimeException(text);
                }
                date = LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                        Integer.parseInt(text.substring(8)));
            } catch (DateTimeException e) {
                return wrong(field, path, number, "date");
            }
            LocalDate latest = latest(field);
            if (date.isBefore(field.earliest()) || date.isAfter(latest)) {
                return wrong(field, path, number, "date-range",
                        Map.of("min", field.earliest().toString(), "max", latest.toString()));
            }
            return new Day(date);
        }

        /** Days after today, or another date of the letter (checked quietly here: it reports its own problems). */
        private LocalDate latest(Field field) {
            return switch (field.latest()) {
                case DaysAfterToday after -> today.plusDays(after.days());
                case ValueOf other -> {
                    Field bound = table.field(other.path()).orElseThrow();
                    Check quiet = new Check(request, today, kind);
                    String raw = text(other.path().contains(".")
                            ? sectionValue(other.path()) : request.get(other.path()));
                    yield quiet.value(bound, bound.path(), 0, raw) instanceof Day day ? day.date()
                            : bound.today() ? today : LocalDate.MAX;
                }
            };
        }

        private JsonValue sectionValue(String path) {
            int dot = path.indexOf('.');
            return JsonTypes.given(request.get(path.substring(0, dot))) instanceof JsonObject object
                    ? object.get(path.substring(dot + 1)) : null;
        }

        /**
         * @return the text with {@code \n} line ends, stripped unless kept as typed; empty when an optional field
         * is absent; null when a required field is absent or the text is wrong (then reported)
         */
        private String checkedText(Field field, String path, int number, String raw) {
            String name = field.texts().name();
            if (raw == null || raw.isBlank()) {
                if (field.required()) {
                    problem(path, "required", Map.of(), name, number);
                    return null;
                }
                return "";
            }
            String text = raw.replace("\r\n", "\n").replace('\r', '\n');
            if (!field.asTyped()) {
                text = text.strip();
            }
            int length = text.codePointCount(0, text.length());
            if (length > field.maxLength()) {
                problem(path, "too-long", Map.of("length", String.valueOf(length),
                        "max", String.valueOf(field.maxLength())), name, number);
                return null;
            }
            var trouble = printable.check(text, field.multiLine());
            if (trouble.isPresent()) {
                problem(path, trouble.get().key(), trouble.get().values(), name, number);
                return null;
            }
            long lines = text.lines().count();
            if (lines > field.maxLines()) {
                problem(path, "too-many-lines", Map.of("lines", String.valueOf(lines),
                        "max", String.valueOf(field.maxLines())), name, number);
                return null;
            }
            if (text.strip().codePointCount(0, text.strip().length()) < field.minLength()) {
                problem(path, field.texts().tooShort(), Map.of("min", String.valueOf(field.minLength())), name,
                        number);
                return null;
            }
            return text;
        }

        private Value wrong(Field field, String path, int number, String key) {
            return wrong(field, path, number, key, Map.of());
        }

        private Value wrong(Field field, String path, int number, String key, Map<String, String> values) {
            problem(path, key, values, field.texts().name(), number);
            return null;
        }

        private void problem(String path, String key, Map<String, String> values, String name, int number) {
            problems.add(new Problem(path, key, values, name, number));
        }

        private static void put(Map<String, Value> values, String key, Value value) {
            if (value != null) {
                values.put(key, value);
            }
        }

        /** A JSON string's text; null for anything else (the shape check reports other types). */
        private static String text(JsonValue value) {
            return value instanceof JsonString string ? string.getString() : null;
        }
    }
}
