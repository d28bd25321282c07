package eu.oppose.letters.control;

import eu.oppose.letters.entity.FieldTable;
import eu.oppose.letters.entity.Violation;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A form post read as the API's request, by the row rule the extension shares (cases/form-rows.json). */
class PostedFormTest {
    private static final FieldTable TABLE = FieldTables.load();
    private static final Letters LETTERS = new Letters(Samples.CLOCK);

    static Stream<JsonObject> cases() throws IOException {
        return Samples.json(Files.readString(Path.of("src/test/resources/cases/form-rows.json")))
                .getJsonArray("cases").getValuesAs(JsonObject.class).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheFormAsTheSharedCasesSay(JsonObject sample) throws PostedForm.RowOutOfRange {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (JsonArray field : sample.getJsonArray("fields").getValuesAs(JsonArray.class)) {
            fields.put(field.getString(0), List.of(field.getString(1)));
        }
        PostedForm form = PostedForm.read(TABLE, fields);
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        sample.getJsonObject("rows").forEach((group, numbers) -> rows.put(group,
                numbers.asJsonArray().getValuesAs(n -> ((JsonNumber) n).intValue())));

        assertAll(sample.getString("name"),
                () -> assertEquals(sample.getJsonObject("letter"), form.letter()),
                () -> assertEquals(rows, form.rows()),
                () -> sample.getJsonObject("names").forEach((name, inForm) -> assertEquals(
                        ((JsonString) inForm).getString(), form.inFormTerms(new Violation(name, "x")).field(), name)));
    }

    @Test
    void refusesARowNoFormOffersAsTooManyEntriesInTheFormsLanguage() {
        InvalidLetterException e = assertThrows(InvalidLetterException.class,
                () -> LETTERS.readForm(Map.of("items[999].location", List.of("x"), "language", List.of("fr"))));

        assertEquals(List.of(new Violation("items",
                "Données concernées\u00A0: 1000 entrées, c'est trop. Veuillez en garder 20 au plus.")), e.violations());
    }

    @Test
    void aFormPostIsValidatedAsTheSameRequestInJson() {
        JsonObject sample = Samples.thirdPartyData("en");
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Stream.of("kind", "language", "grounds", "place", "date").forEach(name -> fields.put(name, List.of(sample.getString(name))));
        sample.getJsonObject("person").forEach((key, value) -> fields.put("person." + key, List.of(((JsonString) value).getString())));
        for (String group : List.of("accounts", "items")) {
            List<JsonObject> rows = sample.getJsonArray(group).getValuesAs(JsonObject.class);
            for (int i = 0; i < rows.size(); i++) {
                int row = i;
                rows.get(i).forEach((key, value) -> fields.put(group + "[" + row + "]." + key,
                        List.of(((JsonString) value).getString())));
            }
        }
        PostedForm form = LETTERS.readForm(fields);

        assertEquals(List.of(), LETTERS.validate(form.letter()));
        assertEquals(new String(LETTERS.text(sample).content(), StandardCharsets.UTF_8),
                new String(LETTERS.text(form.letter()).content(), StandardCharsets.UTF_8));
    }
}
