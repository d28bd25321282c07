package eu.oppose.letters.control;

import eu.oppose.letters.entity.FieldTable;
import eu.oppose.letters.entity.FieldTable.Kind;
import eu.oppose.letters.entity.FieldTable.RowGroup;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SequencedMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The letters' wording, read once from {@code eu/oppose/letters/templates/}: {@code recipient.txt} gives Meta's
 * postal address, and each language of {@code guides/platforms.json} has a folder with {@code messages.properties}
 * and one template per kind of the field table. Inside a claimed language a missing message, template or gap stops
 * the library from loading.
 */
final class Templates {
    private static final String ROOT = FieldTables.ROOT + "templates/";
    /** The message gaps the letter's head fills besides the top-level fields: see {@link Template#gaps}. */
    private static final List<String> HEAD_MESSAGES = List.of("place-and-date", "reference");

    private final SequencedMap<String, Language> languages;
    private final String fallback;
    private final List<String> recipient;

    private Templates(SequencedMap<String, Language> languages, String fallback, List<String> recipient) {
        this.languages = languages;
        this.fallback = fallback;
        this.recipient = recipient;
    }

    static Templates load(FieldTable table) {
        return load(table, Templates::read);
    }

    /** @param read gives a resource's text by its path: another than {@link #read} only for tests */
    static Templates load(FieldTable table, Function<String, String> read) {
        SequencedMap<String, Language> languages = new LinkedHashMap<>();
        Messages fallbackMessages = messages(read, table.fallbackLanguage());
        for (String code : table.languages()) {
            Messages messages = code.equals(table.fallbackLanguage()) ? fallbackMessages : messages(read, code);
            checkMessages(table, code, messages, fallbackMessages);
            Map<String, Template> templates = new HashMap<>();
            for (Kind kind : table.kinds()) {
                templates.put(kind.id(), Template.parse(kind.id(), name -> read.apply(ROOT + code + "/" + name + ".txt"),
                        table, kind));
            }
            languages.put(code, Language.of(code, messages, templates));
        }
        return new Templates(languages, table.fallbackLanguage(), lines(read.apply(ROOT + "recipient.txt")));
    }

    Language fallback() {
        return languages.get(fallback);
    }

    /** By code, in the order of {@code guides/platforms.json}. */
    SequencedMap<String, Language> languages() {
        return Collections.unmodifiableSequencedMap(languages);
    }

    List<String> recipient() {
        return recipient;
    }

    /**
     * The same keys as the fallback language, each the table names among them, and gaps the letter can fill: the
     * letter's head by top-level field paths, a row's line by its fields' keys.
     */
    private static void checkMessages(FieldTable table, String code, Messages messages, Messages fallback) {
        String file = "templates/" + code + "/messages.properties";
        Set<String> missing = new TreeSet<>(fallback.phrases().keySet());
        missing.addAll(FieldTables.messageKeys(table));
        missing.removeAll(messages.phrases().keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException(file + " lacks " + missing);
        }
        Set<String> headGaps = new LinkedHashSet<>();
        table.kinds().forEach(kind -> headGaps.addAll(Template.gaps(table, kind)));
        HEAD_MESSAGES.forEach(key -> requireGaps(file, key, messages, headGaps));
        table.parts().stream()
                .filter(part -> part instanceof RowGroup group && group.line() != null)
                .map(RowGroup.class::cast)
                .forEach(group -> requireGaps(file, group.line(), messages,
                        new LinkedHashSet<>(group.fields().stream().map(field -> field.key()).toList())));
        table.allFields().filter(field -> field.texts().line() != null)
                .forEach(field -> requireGaps(file, field.texts().line(), messages, Set.of("value")));
    }

    private static void requireGaps(String file, String key, Messages messages, Set<String> known) {
        Set<String> unknown = new TreeSet<>(messages.phrase(key).gaps());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(file + ": " + key + " has unknown gaps " + unknown);
        }
    }

    /** The non-blank lines that are not {@code %} comments. */
    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("%")).toList();
    }

    private static Messages messages(Function<String, String> read, String code) {
        String path = ROOT + code + "/messages.properties";
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(read.apply(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
        Map<String, Phrase> phrases = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> phrases.put(key, Phrase.parse(properties.getProperty(key))));
        return new Messages(Map.copyOf(phrases));
    }

    /** Reads a resource as UTF-8 with {@code \n} line ends, whatever the platform that edited it. */
    static String read(String path) {
        try (InputStream in = Templates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}
