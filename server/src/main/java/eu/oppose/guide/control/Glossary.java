package eu.oppose.guide.control;

import eu.oppose.guide.control.GuideSchemas.Checked;
import eu.oppose.guide.entity.Locator;
import eu.oppose.guide.entity.TermLocator;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Meta's interface words ({@code guides/words/<lang>.json}): the terms the fallback language's file defines and
 * their words in every claimed language. Turns a guide file's locator, which names terms, into the answers'
 * locator, which carries for each language the words of its terms in order, each once (languages without any are
 * left out). The extension's {@code engine/localise.js} does the same.
 */
final class Glossary {

    private final String fallbackLanguage;
    /** Language → term → words. */
    private final Map<String, Map<String, List<String>>> words;

    private Glossary(String fallbackLanguage, Map<String, Map<String, List<String>>> words) {
        this.fallbackLanguage = fallbackLanguage;
        this.words = words;
    }

    /** The glossary of the claimed languages' files, checked: no term the fallback lacks, quoted words among the words. */
    static Glossary of(String fallbackLanguage, Map<String, Checked> files) {
        Set<String> terms = files.get(fallbackLanguage).root().getJsonObject("terms").keySet();
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, List<String>>> words = new LinkedHashMap<>();
        files.forEach((lang, checked) -> {
            Map<String, List<String>> byTerm = new LinkedHashMap<>();
            checked.root().getJsonObject("terms").forEach((term, value) -> {
                String field = "/terms/" + term;
                if (!terms.contains(term)) {
                    problems.add(GuideSchemas.describe(file(lang), checked.root(), field,
                            "\"" + term + "\" is no term of guides/" + file(fallbackLanguage) + ", the fallback language's glossary"));
                }
                JsonObject entry = value.asJsonObject();
                List<String> termWords = strings(entry, "words");
                List<String> quoted = strings(entry, "confirmed_words");
                for (int i = 0; i < quoted.size(); i++) {
                    if (!termWords.contains(quoted.get(i))) {
                        problems.add(GuideSchemas.describe(file(lang), checked.root(), field + "/confirmed_words/" + i,
                                "\"" + quoted.get(i) + "\" is not one of the term's words"));
                    }
                }
                byTerm.put(term, termWords);
            });
            words.put(lang, byTerm);
        });
        if (!problems.isEmpty()) {
            throw new GuideDataException(String.join("\n", problems));
        }
        return new Glossary(fallbackLanguage, words);
    }

    static String file(String lang) {
        return "words/" + lang + ".json";
    }

    /** Why a locator may not use the term, if it may not: every term it uses needs words in the fallback language. */
    Optional<String> problem(String term) {
        List<String> fallbackWords = words.get(fallbackLanguage).get(term);
        if (fallbackWords == null) {
            return Optional.of("\"" + term + "\" is no term of guides/" + file(fallbackLanguage));
        }
        return fallbackWords.isEmpty()
                ? Optional.of("\"" + term + "\" has no words in guides/" + file(fallbackLanguage))
                : Optional.empty();
    }

    Locator locator(TermLocator locator) {
        return new Locator(locator.href(), locator.role(), words(locator.name()), words(locator.text()),
                locator.match(), locator.css());
    }

    private Map<String, List<String>> words(List<String> terms) {
        if (terms == null) {
            return null;
        }
        Map<String, List<String>> byLanguage = new TreeMap<>();
        words.forEach((lang, byTerm) -> {
            Set<String> distinct = new LinkedHashSet<>();
            terms.forEach(term -> distinct.addAll(byTerm.getOrDefault(term, List.of())));
            if (!distinct.isEmpty()) {
                byLanguage.put(lang, List.copyOf(distinct));
            }
        });
        return byLanguage;
    }

    private static List<String> strings(JsonObject entry, String key) {
        return entry.containsKey(key) ? entry.getJsonArray(key).getValuesAs(JsonString::getString) : List.of();
    }
}
