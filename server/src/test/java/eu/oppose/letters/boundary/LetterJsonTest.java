package eu.oppose.letters.boundary;

import eu.oppose.letters.entity.LetterRequest;
import eu.oppose.http.entity.InvalidParameter;
import eu.oppose.http.entity.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LetterJsonTest {

    private static LetterRequest read(String json) {
        return LetterJson.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> refused(String json) {
        return assertThrows(InvalidRequestException.class, () -> read(json)).parameters().stream()
                .map(InvalidParameter::name).toList();
    }

    @Test
    void bindsALetterKeepingTheTextAsSent() {
        LetterRequest letter = read("""
                {"kind": "own-data", "person": {"name": "Ana", "address": "Rua 1\\nLisboa"},
                 "items": [{"location": "https://example.org", "prompt": " who is Ana? "}], "grounds": "  mine  "}""");
        assertEquals("Rua 1\nLisboa", letter.person().address());
        assertEquals(" who is Ana? ", letter.items().getFirst().prompt());
        assertEquals("  mine  ", letter.grounds());
    }

    @Test
    void namesEveryFieldOfTheWrongShape() {
        assertEquals(List.of("grounds", "person.email", "accounts", "items[1]"), refused("""
                {"grounds": 42, "person": {"email": ["a"]}, "items": [{"location": "x"}, "x"], "accounts": {"service": "x"}}"""));
    }

    @Test
    void aBodyThatIsNoJsonObjectIsTheBodysFault() {
        assertEquals(List.of("body"), refused("{\"kind\": "));
        assertEquals(List.of("body"), refused("[1, 2]"));
        assertEquals(List.of("body"), refused(""));
    }
}
