package eu.oppose.web.control;

import eu.oppose.guide.control.Languages;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The web page's texts, one file per language ({@code messages_<lang>.properties} beside this package's
 * templates), loaded once. The template reads them grouped by the dots of their keys: {@code page.title} is
 * {@code t.page.title}.
 */
@Singleton
public class PageTexts {

    private final Map<String, Map<String, String>> texts = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> trees = new LinkedHashMap<>();

    @Inject
    public PageTexts(Languages languages) {
        this(languages.supported());
    }

    public PageTexts(List<String> languages) {
        for (String lang : languages) {
            Map<String, String> file = read(lang);
            texts.put(lang, file);
            trees.put(lang, tree(lang, file));
        }
    }

    /** Every key and text of a language, sorted by key. */
    public Map<String, String> all(String lang) {
        return texts.get(lang);
    }

    public String text(String lang, String key) {
        String text = texts.get(lang).get(key);
        if (text == null) {
            throw new IllegalArgumentException("no web page text " + key);
        }
        return text;
    }

    /** The texts as nested maps, for the template. */
    public Map<String, Object> tree(String lang) {
        return trees.get(lang);
    }

    private static Map<String, String> read(String lang) {
        String file = "messages_" + lang + ".properties";
        try (InputStream in = PageTexts.class.getResourceAsStream("/eu/oppose/web/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The web page has no texts in \"" + lang + "\": eu/oppose/web/" + file + " is missing.");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> sorted = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> sorted.put(key, properties.getProperty(key)));
            return Collections.unmodifiableMap(sorted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tree(String lang, Map<String, String> file) {
        Map<String, Object> root = new TreeMap<>();
        file.forEach((key, text) -> {
            String[] parts = key.split("\\.");
            Map<String, Object> group = root;
            for (int i = 0; i < parts.length - 1; i++) {
                Object child = group.computeIfAbsent(parts[i], part -> new TreeMap<String, Object>());
                if (!(child instanceof Map)) {
                    throw conflict(lang, key);
                }
                group = (Map<String, Object>) child;
            }
            if (group.putIfAbsent(parts[parts.length - 1], text) != null) {
                throw conflict(lang, key);
            }
        });
        return root;
    }

    /** A key that is both a text and a group would hide one of them from the template. */
    private static IllegalStateException conflict(String lang, String key) {
        return new IllegalStateException("messages_" + lang + ".properties: the key " + key
                + " is both a text and the start of other keys; rename one of them.");
    }
}
