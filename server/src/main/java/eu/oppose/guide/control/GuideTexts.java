package eu.oppose.guide.control;

import eu.oppose.guide.entity.Platforms.Platform;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The guide texts of one language, {@code guides/texts/<lang>.json}, and the one rule that finds a text (the
 * extension's {@code engine/localise.js} follows the same): the value at {@code flows.<flow>.<key>…}; a string
 * serves every platform, an object holds one string per platform id; {@value #PLATFORM_GAP} is replaced by the
 * platform's name. Texts shared by the platforms are thus written once.
 */
final class GuideTexts {

    static final String PLATFORM_GAP = "{platform}";

    private final String file;
    private final JsonObject root;

    GuideTexts(String file, JsonObject root) {
        this.file = file;
        this.root = root;
    }

    /**
     * The text at {@code flows.<flow>.<keys…>} for the platform, or null after adding a problem naming this file, the
     * missing key and who needs it.
     */
    String text(Platform platform, String flow, String neededBy, List<String> problems, String... keys) {
        JsonValue value = root.getJsonObject("flows");
        StringBuilder field = new StringBuilder("/flows");
        for (String key : prepend(flow, keys)) {
            field.append('/').append(key);
            if (!(value instanceof JsonObject object) || !object.containsKey(key)) {
                problems.add(at(field.toString(), "missing; " + neededBy + " needs it"));
                return null;
            }
            value = object.get(key);
        }
        if (value instanceof JsonObject perPlatform) {
            value = perPlatform.get(platform.id());
            if (value == null) {
                problems.add(at(field.toString(), "has no text for \"" + platform.id() + "\"; " + neededBy + " needs it"));
                return null;
            }
        }
        return ((JsonString) value).getString().replace(PLATFORM_GAP, platform.name());
    }

    /**
     * Texts no guide asks for (a renamed step, a typo, a platform without the flow) are mistakes too.
     *
     * @param flows for each flow, the platforms having it (key {@code ""}) and, for each step id, the platforms having it
     */
    void strays(Map<String, Map<String, Set<String>>> flows, List<String> problems) {
        root.getJsonObject("flows").forEach((flow, value) -> {
            Map<String, Set<String>> steps = flows.get(flow);
            String field = "/flows/" + flow;
            if (steps == null) {
                problems.add(at(field, "no platform has the flow \"" + flow + "\""));
                return;
            }
            JsonObject texts = value.asJsonObject();
            strayPlatforms(texts.get("name"), field + "/name", steps.get(""), problems);
            strayPlatforms(texts.get("summary"), field + "/summary", steps.get(""), problems);
            texts.getJsonObject("steps").forEach((step, stepTexts) -> {
                Set<String> platforms = steps.get(step);
                if (platforms == null) {
                    problems.add(at(field + "/steps/" + step, "no guide of the flow has the step \"" + step + "\""));
                    return;
                }
                stepTexts.asJsonObject().forEach((key, text) ->
                        strayPlatforms(text, field + "/steps/" + step + "/" + key, platforms, problems));
            });
        });
    }

    private void strayPlatforms(JsonValue text, String field, Set<String> platforms, List<String> problems) {
        if (text instanceof JsonObject perPlatform) {
            perPlatform.keySet().stream().filter(platform -> !platforms.contains(platform)).forEach(platform ->
                    problems.add(at(field + "/" + platform, "no platform \"" + platform + "\" has this flow or step")));
        }
    }

    private String at(String field, String problem) {
        return GuideSchemas.describe(file, root, field, problem);
    }

    private static String[] prepend(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
