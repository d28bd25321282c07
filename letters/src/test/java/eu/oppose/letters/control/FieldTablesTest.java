package eu.oppose.letters.control;

import eu.oppose.letters.entity.FieldTable;
import eu.oppose.letters.entity.Violation;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatch;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The field table (form.json): checked when it loads, complete in every language, and the one place a field is
 * defined: a field added to it, with its texts, is validated, read from forms and printed without other changes.
 */
class FieldTablesTest {
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String FORM = Templates.read(FieldTables.ROOT + FieldTables.FORM);
    private static final String PLATFORMS = Templates.read(FieldTables.ROOT + FieldTables.PLATFORMS);
    private static final FieldTable TABLE = FieldTables.load();
    /** The position of the items in form.json's fields. */
    private static final String ITEMS = "/fields/4";

    @Test
    void everyTextTheTableNamesIsInEveryLanguage() {
        Set<String> keys = FieldTables.messageKeys(TABLE);
        Templates templates = Templates.load(TABLE);
        assertTrue(keys.containsAll(List.of("form.items.location.label", "item.location", "field.accounts.entry",
                "no-items", "grounds-too-short", "form.grounds.example3", "form.kind.own-data")), keys::toString);
        templates.languages().forEach((code, language) -> {
            Set<String> missing = new TreeSet<>(keys);
            missing.removeAll(language.messages().phrases().keySet());
            assertEquals(Set.of(), missing, code);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " | ", nullValues = "-", textBlock = """
            an unknown type              | replace | /fields/5/type                 | "number"                      | /fields/5
            a kind that does not exist   | add     | /fields/3/kinds                | ["complaint"]                 | kinds [complaint]
            more rows needed than shown  | replace | /kinds/0/minRows/items         | 4                             | minRows.items
            a date bound to no date      | replace | /fields/4/fields/3/latest      | {"field": "person.name"}      | latest names no date field
            a head naming no field       | replace | /letter/signer                 | "person.nickname"             | person.nickname is no top-level field
            a row field the letter drops | remove  | /fields/4/fields/0/texts/line  | -                             | no line for the letter
            a choice from nowhere        | replace | /fields/0/choices              | "platforms"                   | /fields/0
            """)
    void refusesAMistakeWhenLoadingNamingWhere(String mistake, String op, String path, String value, String named) {
        JsonObject form = patch(JSON.createPatchBuilder(), op, path, value).build().apply(Samples.json(FORM));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FieldTables.read(form.toString(), PLATFORMS), mistake);
        assertTrue(e.getMessage().startsWith("form.json") && e.getMessage().contains(named), e.getMessage());
    }

    @Test
    void refusesATextMissingInALanguage() {
        FieldTable table = FieldTables.read(Samples.json(FORM).toString().replace("form.place.hint", "form.place.help"),
                PLATFORMS);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Templates.load(table));
        assertTrue(e.getMessage().contains("messages.properties lacks [form.place.help]"), e.getMessage());
    }

    @Test
    void aNewFieldOfARowGroupIsDataAndTexts() {
        JsonObject source = Samples.json("""
                {"key": "source", "type": "text", "required": false, "maxLength": 80, "fillsRow": true,
                 "control": {"element": "input"},
                 "texts": {"label": "form.items.source.label", "name": "field.items.source", "line": "item.source"}}""");
        FieldTable table = FieldTables.read(JSON.createPatchBuilder().add(ITEMS + "/fields/-", source).build()
                .apply(Samples.json(FORM)).toString(), PLATFORMS);
        Map<String, String> texts = Map.of(
                "en", "form.items.source.label=Who published it\nfield.items.source=Data item {number}, publisher\n"
                        + "item.source=Published by: {value}\n",
                "fr", "form.items.source.label=Qui l'a publiée\nfield.items.source=Donnée {number}, éditeur\n"
                        + "item.source=Publiée par\u00A0: {value}\n",
                "de", "form.items.source.label=Wer sie veröffentlicht hat\nfield.items.source=Angabe {number}, Herausgeber\n"
                        + "item.source=Veröffentlicht von: {value}\n");
        Function<String, String> withTexts = path -> Templates.read(path) + (path.endsWith("messages.properties")
                ? "\n" + texts.get(path.split("/")[path.split("/").length - 2]) : "");
        Letters letters = new Letters(table, withTexts, Samples.CLOCK);
        JsonObject request = Samples.with(Samples.thirdPartyData("en"), "items",
                List.of(JSON.createObjectBuilder(Samples.item("A forum", "My photo", null, null)).add("source", "Le Monde").build()));

        String letter = new String(letters.text(request).content(), StandardCharsets.UTF_8);
        List<Violation> tooLong = letters.validate(Samples.with(request, "items",
                List.of(JSON.createObjectBuilder(Samples.item("A forum", "My photo", null, null)).add("source", "x".repeat(81)).build())));
        PostedForm posted = letters.readForm(Map.of("items[2].source", List.of(" Le Monde ")));

        assertAll(
                () -> assertTrue(letter.contains("   Published by: Le Monde\n"), letter),
                () -> assertEquals(List.of(new Violation("items[0].source",
                        "Data item 1, publisher: 81 characters is too long. Please shorten it to at most 80.")), tooLong),
                () -> assertEquals(Samples.json("""
                        {"person": {}, "accounts": [], "items": [{"source": "Le Monde"}]}"""), posted.letter()),
                () -> assertEquals(List.of(2), posted.rows().get("items")),
                () -> assertFalse(FieldTables.load().allFields().anyMatch(field -> field.key().equals("source")),
                        "the shipped table is unchanged"));
    }

    private static jakarta.json.JsonPatchBuilder patch(jakarta.json.JsonPatchBuilder patch, String op, String path,
                                                       String value) {
        JsonValue json = value == null ? null : JSON.createReader(new java.io.StringReader(value)).readValue();
        return switch (JsonPatch.Operation.fromOperationName(op)) {
            case ADD -> patch.add(path, json);
            case REPLACE -> patch.replace(path, json);
            case REMOVE -> patch.remove(path);
            default -> throw new IllegalArgumentException(op);
        };
    }
}
