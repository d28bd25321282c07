package eu.oppose.letters.boundary;

import eu.oppose.http.entity.InvalidParameter;
import eu.oppose.http.entity.InvalidRequestException;
import eu.oppose.letters.control.FieldTables;
import eu.oppose.letters.entity.FieldTable;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LetterJsonTest {

    private static final FieldTable FORM = FieldTables.load();

    private static JsonObject read(String json) {
        return LetterJson.read(json.getBytes(StandardCharsets.UTF_8), FORM);
    }

    private static List<InvalidParameter> refused(String json) {
        return assertThrows(InvalidRequestException.class, () -> read(json)).parameters();
    }

    @Test
    void readsAnObjectAsSentLeavingItsValuesToTheLettersLibrary() {
        JsonObject letter = read("""
                {"kind": "own-data", "person": {"name": "Ana", "address": "Rua 1\\nLisboa"}, "grounds": 42}""");
        assertEquals("Rua 1\nLisboa", letter.getJsonObject("person").getString("address"));
        assertEquals(42, letter.getInt("grounds"), "a value of the wrong type is the library's to name");
    }

    @Test
    void aBodyThatIsNoJsonObjectIsTheBodysFault() {
        assertEquals(List.of(new InvalidParameter("body", "The body is not JSON. Send an object with kind, language, "
                + "person, accounts, items, grounds, place and date, as in the example at /openapi.")), refused("{\"kind\": "));
        assertEquals("body", refused("[1, 2]").getFirst().name());
        assertEquals("body", refused("").getFirst().name());
    }
}
