package eu.oppose.web.control;

import eu.oppose.guide.control.TestGuides;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every text of the page exists in every language, and every text is used. */
class PageTextsTest {

    /** The guide data's languages (guides/platforms.json): the page must speak each of them. */
    static final List<String> LANGUAGES = TestGuides.GUIDES.languages();
    static final String FALLBACK = TestGuides.GUIDES.fallbackLanguage();
    static final PageTexts TEXTS = new PageTexts(LANGUAGES);
    static final Path SOURCES = Path.of("src/main");

    @Test
    void everyLanguageHasEveryKeyAndNoEmptyText() {
        Set<String> reference = TEXTS.all(FALLBACK).keySet();
        for (String lang : LANGUAGES) {
            Set<String> missing = new TreeSet<>(reference);
            missing.removeAll(TEXTS.all(lang).keySet());
            Set<String> extra = new TreeSet<>(TEXTS.all(lang).keySet());
            extra.removeAll(reference);
            assertEquals(Set.of(), missing, "keys missing in messages_" + lang);
            assertEquals(Set.of(), extra, "keys only in messages_" + lang);
            TEXTS.all(lang).forEach((key, text) -> assertFalse(text.isBlank(), lang + ": " + key + " is empty"));
        }
    }

    @Test
    void translationsDiffer() {
        assertFalse(TEXTS.text("fr", "intro.lead").equals(TEXTS.text("en", "intro.lead")));
        assertTrue(TEXTS.text("de", "intro.lead").contains("27. Mai 2025"));
    }

    @Test
    void everyKeyTheTemplatesUseExistsAndEveryKeyIsUsed() throws IOException {
        Set<String> inTemplates = new TreeSet<>();
        for (Path file : files(SOURCES.resolve("resources/eu/oppose/web"), ".mustache")) {
            Matcher m = Pattern.compile("\\{\\{\\s*t\\.([\\w.]+)\\s*}}").matcher(Files.readString(file));
            while (m.find()) {
                inTemplates.add(m.group(1));
            }
        }
        // The code names the form's labels and hints; a key it names but the messages lack fails the page's tests.
        Set<String> inCode = new HashSet<>();
        for (Path file : files(SOURCES.resolve("java/eu/oppose/web"), ".java")) {
            Matcher m = Pattern.compile("\"([a-z]+(\\.[A-Za-z0-9]+)+)\"").matcher(Files.readString(file));
            while (m.find()) {
                inCode.add(m.group(1));
            }
        }
        Set<String> keys = TEXTS.all(FALLBACK).keySet();
        Set<String> unknown = new TreeSet<>(inTemplates);
        unknown.removeAll(keys);
        Set<String> unused = new TreeSet<>(keys);
        unused.removeAll(inTemplates);
        unused.removeAll(inCode);
        assertEquals(Set.of(), unknown, "used by a template but not in the messages");
        assertEquals(Set.of(), unused, "in the messages but used nowhere");
    }

    @Test
    void groupsTextsByTheDotsOfTheirKeys() {
        Object page = TEXTS.tree("fr").get("page");
        assertTrue(page instanceof java.util.Map<?, ?> map && "Langue".equals(map.get("languages")));
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(suffix)).toList();
        }
    }
}
