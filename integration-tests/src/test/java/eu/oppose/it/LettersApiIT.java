package eu.oppose.it;

import eu.oppose.letters.control.PdfChecks;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static eu.oppose.it.Http.encode;
import static eu.oppose.it.Http.json;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The letter API over HTTP on the real WAR: JSON and form posts, PDF and text, and every kind of refusal. */
class LettersApiIT extends DeployedServer {

    static final String NAME = "Zoë Wąsowska-Þórsdóttir";
    static final String EMAIL = "zoe.itest@example.org";
    static final String GROUNDS = "Je suis journaliste et mon adresse personnelle circule : la voir dans Meta AI me met en danger.";
    static final String ITEM = "https://annuaire.example.org/zoe-itest";


    private Http http;

    @BeforeEach
    void connect() {
        http = http();
    }

    static String letterJson(String language) {
        return """
                {"kind": "third-party-data", "language": "%s",
                 "person": {"name": "%s", "address": "12 rue des Lilas\\n69003 Lyon\\nFrance", "email": "%s"},
                 "accounts": [{"service": "instagram", "identifier": "@zoe.itest"}],
                 "items": [{"location": "%s", "description": "Mon adresse et mon téléphone", "prompt": "Où habite Zoë ?", "shownOn": "2026-11-02"}],
                 "grounds": "%s", "place": "Lyon", "date": "2026-11-30"}""".formatted(language, NAME, EMAIL, ITEM, GROUNDS);
    }

    @Test
    void jsonInPdfOutValidArchivalAndAccessible() {
        HttpResponse<byte[]> response = http.postForBytes("api/v1/letters", letterJson("fr"), "Content-Type", "application/json");
        byte[] pdf = response.body();
        String text = PdfChecks.text(pdf);
        assertAll(
                () -> assertEquals(200, response.statusCode()),
                () -> assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElseThrow()),
                () -> assertEquals("attachment; filename=\"objection-third-party-data-2026-11-30.pdf\"",
                        response.headers().firstValue("Content-Disposition").orElseThrow()),
                () -> assertEquals(List.of(), PdfChecks.failedRules(pdf), "PDF/A-2a and PDF/UA-1"),
                () -> assertTrue(text.contains(NAME), "name"),
                () -> assertTrue(text.contains(ITEM), "item"),
                () -> assertTrue(text.contains("Merrion Road"), "Meta's address"),
                () -> assertTrue(text.contains("21"), "Art. 21"));
    }

    @Test
    void jsonInTextOutWhenAskedFor() {
        HttpResponse<String> response = http.post("api/v1/letters", letterJson("de"),
                "Content-Type", "application/json", "Accept", "text/plain");
        String text = response.body().replace('\u00a0', ' ');
        assertAll(
                () -> assertEquals(200, response.statusCode()),
                () -> assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain")),
                () -> assertTrue(text.contains(GROUNDS), "grounds kept exactly as typed"),
                () -> assertTrue(text.contains("Meta Platforms Ireland Limited")),
                () -> assertTrue(text.contains("Art. 21(1) DSGVO"), text));
    }

    @Test
    void formPostGivesThePdfOrTheText() {
        String form = "kind=third-party-data&language=en&person.name=" + encode(NAME)
                + "&person.address=" + encode("1 Main Street\nDublin") + "&person.email=" + encode(EMAIL)
                + "&items[0].location=" + encode(ITEM) + "&items[0].description=" + encode("My address")
                + "&items[1].location=&items[1].description=&grounds=" + encode(GROUNDS) + "&place=Dublin";
        HttpResponse<byte[]> pdf = http.postForBytes("api/v1/letters", form,
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html,*/*;q=0.8");
        HttpResponse<String> text = http.post("api/v1/letters", form + "&format=text",
                "Content-Type", "application/x-www-form-urlencoded");
        assertAll(
                () -> assertEquals(200, pdf.statusCode()),
                () -> assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow()),
                () -> assertTrue(PdfChecks.text(pdf.body()).contains(NAME)),
                () -> assertEquals(200, text.statusCode()),
                () -> assertTrue(text.body().contains(ITEM)));
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        String body = """
                {"kind": "third-party-data", "language": "fr", "person": {"name": "", "address": "x", "email": "not-an-address"},
                 "items": [{"location": "https://", "description": "d"}], "grounds": "", "place": "Lyon"}""";
        HttpResponse<String> response = http.post("api/v1/letters", body, "Content-Type", "application/json");
        JsonObject problem = json(response);
        List<String> fields = problem.getJsonArray("invalid-params").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("name")).toList();
        assertAll(
                () -> assertEquals(400, response.statusCode()),
                () -> assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow()),
                () -> assertTrue(fields.containsAll(List.of("person.name", "person.email", "items[0].location", "grounds")), fields.toString()));
    }

    @Test
    void refusesWhatItCannotWrite() {
        HttpResponse<String> spanish = http.post("api/v1/letters", letterJson("es"), "Content-Type", "application/json");
        HttpResponse<String> broken = http.post("api/v1/letters", "{\"kind\": ", "Content-Type", "application/json");
        HttpResponse<String> huge = http.post("api/v1/letters", "{\"grounds\": \"" + "a".repeat(70_000) + "\"}",
                "Content-Type", "application/json");
        HttpResponse<String> xml = http.post("api/v1/letters", "<letter/>", "Content-Type", "application/xml");
        assertAll(
                () -> assertEquals(400, spanish.statusCode()),
                () -> assertEquals("language", json(spanish).getJsonArray("invalid-params").getJsonObject(0).getString("name")),
                () -> assertTrue(json(spanish).getString("detail").contains("de"), "lists the supported languages"),
                () -> assertEquals(400, broken.statusCode()),
                () -> assertEquals("body", json(broken).getJsonArray("invalid-params").getJsonObject(0).getString("name")),
                () -> assertEquals(413, huge.statusCode()),
                () -> assertEquals("application/problem+json", huge.headers().firstValue("Content-Type").orElseThrow()),
                () -> assertEquals(415, xml.statusCode()),
                () -> assertEquals("application/problem+json", xml.headers().firstValue("Content-Type").orElseThrow()));
    }

    @Test
    void aBrowsersFormPostWithErrorsGetsThePageBackWithTheErrors() {
        HttpResponse<String> response = http.post("api/v1/letters?lang=de",
                "kind=third-party-data&language=de&person.name=" + encode(NAME) + "&grounds=kurz",
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertAll(
                () -> assertEquals(400, response.statusCode()),
                () -> assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html")),
                () -> assertEquals("de", response.headers().firstValue("Content-Language").orElseThrow()),
                () -> assertTrue(response.body().contains("person.email"), "names the missing field"));
    }

    @Test
    void openApiDescribesBothWaysToPostALetterWithWorkingExamples() {
        JsonObject openapi = json(http.get("openapi", "Accept", "application/json"));
        JsonObject post = openapi.getJsonObject("paths").getJsonObject("/api/v1/letters").getJsonObject("post");
        JsonObject content = post.getJsonObject("requestBody").getJsonObject("content");
        JsonObject asJson = content.getJsonObject("application/json");
        JsonObject asForm = content.getJsonObject("application/x-www-form-urlencoded");
        JsonObject example = asJson.getJsonObject("examples").getJsonObject("third-party-data").getJsonObject("value");
        JsonObject formExample = asForm.getJsonObject("examples").getJsonObject("third-party-data").getJsonObject("value");
        String form = formExample.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(((JsonString) field.getValue()).getString()))
                .reduce((a, b) -> a + "&" + b).orElseThrow();
        String guideLanguage = openapi.getJsonObject("paths").getJsonObject("/api/v1/guides/{platform}/{flow}")
                .getJsonObject("get").getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                .filter(parameter -> parameter.getString("name").equals("lang")).findFirst().orElseThrow()
                .getString("description");
        assertAll(
                () -> assertTrue(asJson.getJsonObject("schema").getJsonObject("properties").getJsonObject("items")
                        .getJsonObject("items").getJsonObject("properties").containsKey("shownOn"), "the JSON schema"),
                () -> assertEquals(JsonValue.ValueType.OBJECT, example.get("person").getValueType(), "a JSON example"),
                () -> assertTrue(asForm.getJsonObject("schema").getJsonObject("properties").containsKey("items[0].location"),
                        "the form's flat fields"),
                () -> assertEquals(200, http.postForBytes("api/v1/letters", example.toString(),
                        "Content-Type", "application/json").statusCode(), "the JSON example works"),
                () -> assertEquals(200, http.postForBytes("api/v1/letters", form,
                        "Content-Type", "application/x-www-form-urlencoded").statusCode(), "the form example works"),
                () -> assertTrue(post.getJsonObject("responses").keySet().containsAll(List.of("200", "400", "413")),
                        "every answer of both ways"),
                () -> assertTrue(guideLanguage.startsWith("Language (" + String.join(", ", guideLanguages()) + ");"),
                        guideLanguage));
    }

    /** The languages the guides claim: the API's descriptions list them. */
    private static List<String> guideLanguages() {
        try {
            return json(Files.readString(Path.of("../guides/platforms.json"))).getJsonArray("languages")
                    .getValuesAs(JsonString::getString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void keepsNothingOfTheLetterInTheServerLog() {
        http.postForBytes("api/v1/letters", letterJson("fr"), "Content-Type", "application/json");
        String log = ServerLog.read();
        for (String secret : List.of(NAME, EMAIL, GROUNDS, ITEM, "zoe.itest")) {
            assertTrue(!log.contains(secret), "the server log contains " + secret);
        }
    }
}
