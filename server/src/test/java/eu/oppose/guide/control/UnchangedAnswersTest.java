package eu.oppose.guide.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Temporary proof for issue 10: the guide data moved its texts and Meta's words into per-language files, and every
 * answer the API gives is still the same, byte for byte. The fixture holds a SHA-256 of each answer taken before
 * the move: every flow in every language (with its ETag), the platform list in every language, and every distinct
 * steps/current answer that a row of guides/cases/resolution.json gets in every language.
 */
class UnchangedAnswersTest {

    static final Path BEFORE = Path.of("src/test/resources/eu/oppose/guide/control/answers-before.txt");

    @Test
    void everyAnswerIsTheSameAsBeforeTheMove() throws IOException {
        Map<String, String> now = answers(TestGuides.GUIDES);
        Map<String, String> before = Files.readAllLines(BEFORE).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split(" ", 2))
                .collect(Collectors.toMap(parts -> parts[0], parts -> parts[1], (a, b) -> a, TreeMap::new));
        assertEquals(before.keySet(), now.keySet(), "the same answers exist");
        before.forEach((key, hash) -> assertEquals(hash, now.get(key), key));
    }

    /** Every answer by a key naming it, with its hash (and, for flows, its ETag). */
    static Map<String, String> answers(Guides guides) throws IOException {
        GuideCatalog catalog = new GuideCatalog(guides, TestGuides.JSON);
        StepResolver resolver = new StepResolver(guides, TestGuides.JSON);
        Map<String, String> answers = new TreeMap<>();
        for (String lang : guides.languages()) {
            answers.put("platforms/" + lang, sha256(TestGuides.JSON.of(catalog.platforms(lang))));
            guides.platforms().forEach(platform -> platform.flows().forEach(flow -> {
                GuideCatalog.TaggedGuide tagged = catalog.guide(platform.id(), flow, lang);
                answers.put("guides/" + platform.id() + "/" + flow + "/" + lang, tagged.etag() + " " + sha256(tagged.json()));
            }));
            for (JsonObject row : rows()) {
                StepResolver.Answer answer = resolver.resolve(row.getString("url"), row.getString("sessionPlatform", null),
                        row.getString("flow"), lang);
                var current = answer.current();
                String candidates = current.candidates() == null ? ""
                        : "|" + current.candidates().stream().map(step -> step.id()).collect(Collectors.joining(","));
                answers.put("steps/" + current.platform() + "/" + current.flow() + "/" + lang + "/" + current.step().id()
                        + (current.matched() ? "" : "|unmatched") + candidates, sha256(answer.json()));
            }
        }
        return answers;
    }

    private static List<JsonObject> rows() throws IOException {
        try (Reader reader = Files.newBufferedReader(TestGuides.ROOT.resolve("cases/resolution.json"))) {
            return Json.createReader(reader).readObject().getJsonArray("resolved").getValuesAs(JsonObject.class);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the fixture; run once, before the move. */
    public static void main(String[] args) throws IOException {
        StringBuilder out = new StringBuilder("# SHA-256 of every answer before the move of texts and words (issue 10)\n");
        answers(TestGuides.GUIDES).forEach((key, hash) -> out.append(key).append(' ').append(hash).append('\n'));
        Files.writeString(BEFORE, out.toString(), StandardCharsets.UTF_8);
    }
}
