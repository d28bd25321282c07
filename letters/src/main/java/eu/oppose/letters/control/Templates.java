package eu.oppose.letters.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SequencedMap;

/**
 * The letters' wording, read once from {@code eu/oppose/letters/templates/}: {@code languages.txt} lists the
 * languages, {@code recipient.txt} gives Meta's postal address, and each language's folder holds
 * {@code messages.properties} and one template per {@link LetterKind}. A new language is a folder and a line.
 */
final class Templates {
    static final String FALLBACK_LANGUAGE = "en";
    private static final String ROOT = "/eu/oppose/letters/templates/";

    private final SequencedMap<String, Language> languages;
    private final List<String> recipient;

    private Templates(SequencedMap<String, Language> languages, List<String> recipient) {
        this.languages = languages;
        this.recipient = recipient;
    }

    static Templates load() {
        SequencedMap<String, Language> languages = new LinkedHashMap<>();
        for (String code : lines(read(ROOT + "languages.txt"))) {
            Map<LetterKind, Template> templates = new EnumMap<>(LetterKind.class);
            for (LetterKind kind : LetterKind.values()) {
                templates.put(kind, Template.parse(kind.id, name -> read(ROOT + code + "/" + name + ".txt")));
            }
            languages.put(code, Language.of(code, messages(ROOT + code + "/messages.properties"), templates));
        }
        if (!languages.containsKey(FALLBACK_LANGUAGE)) {
            throw new IllegalStateException("The fallback language " + FALLBACK_LANGUAGE + " is missing");
        }
        return new Templates(languages, lines(read(ROOT + "recipient.txt")));
    }

    Language fallback() {
        return languages.get(FALLBACK_LANGUAGE);
    }

    /** By code, in the order of {@code languages.txt}. */
    SequencedMap<String, Language> languages() {
        return Collections.unmodifiableSequencedMap(languages);
    }

    List<String> recipient() {
        return recipient;
    }

    /** The non-blank lines that are not {@code %} comments. */
    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("%")).toList();
    }

    private static Messages messages(String path) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(read(path)));
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
