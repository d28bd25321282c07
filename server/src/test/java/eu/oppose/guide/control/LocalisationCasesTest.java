package eu.oppose.guide.control;

import eu.oppose.guide.control.GuideSchemas.Checked;
import eu.oppose.guide.entity.Platforms.Platform;
import eu.oppose.guide.entity.TermLocator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The rules that make answers from the guide data, held by guides/cases/localisation.json as the extension's are. */
class LocalisationCasesTest {

    private static final JsonObject CASES = read();

    private static JsonObject read() {
        try (Reader reader = Files.newBufferedReader(TestGuides.ROOT.resolve("cases/localisation.json"))) {
            return Json.createReader(reader).readObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<JsonObject> textCases() {
        return CASES.getJsonArray("textCases").getValuesAs(JsonObject.class).stream();
    }

    static Stream<JsonObject> locatorCases() {
        return CASES.getJsonArray("locatorCases").getValuesAs(JsonObject.class).stream();
    }

    @ParameterizedTest
    @MethodSource("textCases")
    void findsTheTextForThePlatform(JsonObject c) {
        JsonObject platformEntry = CASES.getJsonArray("platforms").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals(c.getString("platform"))).findFirst().orElseThrow();
        Platform platform = new Platform(platformEntry.getString("id"), platformEntry.getString("name"), List.of(), List.of());
        List<String> key = c.getJsonArray("key").getValuesAs(JsonString::getString);
        List<String> problems = new ArrayList<>();
        String text = new GuideTexts("cases/localisation.json", CASES.getJsonObject("texts"))
                .text(platform, key.getFirst(), "the case", problems, key.subList(1, key.size()).toArray(String[]::new));
        if (c.isNull("text")) {
            assertNull(text, key.toString());
            assertFalse(problems.isEmpty(), "a missing text is a problem");
        } else {
            assertEquals(c.getString("text"), text, key.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("locatorCases")
    void givesTheWordsOfTheTermsInEveryLanguage(JsonObject c) {
        Map<String, Checked> files = new LinkedHashMap<>();
        CASES.getJsonObject("words").forEach((lang, file) -> files.put(lang, new Checked(file.toString(), file.asJsonObject())));
        TermLocator locator = TestGuides.JSONB.fromJson(c.getJsonObject("locator").toString(), TermLocator.class);
        JsonValue answer = Json.createReader(new StringReader(new String(
                TestGuides.JSON.of(Glossary.of("en", files).locator(locator))))).readValue();
        assertEquals(c.getJsonObject("answer"), answer);
    }
}
