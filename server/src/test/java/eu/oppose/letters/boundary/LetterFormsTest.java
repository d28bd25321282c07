package eu.oppose.letters.boundary;

import eu.oppose.letters.boundary.LetterForms.FormLetter;
import eu.oppose.letters.entity.Violation;
import eu.oppose.http.entity.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LetterFormsTest {

    private static Map<String, List<String>> form(String... pairs) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], List.of(pairs[i + 1]));
        }
        return form;
    }

    @Test
    void readsTheJsonPathsAsFieldNames() {
        FormLetter letter = LetterForms.read(form("kind", "third-party-data", "language", "de",
                "person.name", "Max Mustermann", "person.address", "Hauptstr. 1\n10115 Berlin", "person.email", "max@example.org",
                "accounts[0].service", "facebook", "accounts[0].identifier", "max.m",
                "items[0].location", "https://example.org/x", "items[0].description", "Foto", "items[0].prompt", "Wer ist Max?",
                "items[0].shownOn", "2026-11-01", "grounds", "Meine Gründe", "place", "Berlin", "date", "2026-11-30"));
        assertEquals("Max Mustermann", letter.request().person().name());
        assertEquals("Hauptstr. 1\n10115 Berlin", letter.request().person().address());
        assertEquals("max.m", letter.request().accounts().getFirst().identifier());
        assertEquals("Wer ist Max?", letter.request().items().getFirst().prompt());
        assertEquals("2026-11-30", letter.request().date());
    }

    @Test
    void dropsEmptyRowsAndNamesProblemsByTheFormsRow() {
        FormLetter letter = LetterForms.read(form(
                "items[0].location", "", "items[0].description", " ",
                "items[1].location", "https://example.org/a", "items[1].description", "a",
                "items[2].location", "", "items[2].description", "",
                "items[3].location", "b", "accounts[0].service", "instagram", "accounts[0].identifier", ""));
        assertEquals(2, letter.request().items().size());
        assertEquals(0, letter.request().accounts().size(), "a service chosen without an account name is an empty row");
        assertEquals("items[3].description", letter.inFormTerms(new Violation("items[1].description", "needed")).field());
        assertEquals("items[1].location", letter.inFormTerms(new Violation("items[0].location", "bad")).field());
        assertEquals("grounds", letter.inFormTerms(new Violation("grounds", "needed")).field());
    }

    @Test
    void refusesForgedRowNumbers() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> LetterForms.read(form("items[999].location", "x")));
        assertEquals("items[999].location", e.parameters().getFirst().name());
    }

    @Test
    void missingFieldsStayMissingForTheValidatorToName() {
        FormLetter letter = LetterForms.read(form());
        assertEquals(null, letter.request().person().name());
        assertEquals(List.of(), letter.request().items());
    }
}
