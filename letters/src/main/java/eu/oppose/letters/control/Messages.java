package eu.oppose.letters.control;

import java.util.Map;

/** One language's labels and validation messages, from {@code templates/<lang>/messages.properties}. */
record Messages(Map<String, Phrase> phrases) {

    /** @throws IllegalStateException for a key the file lacks: a mistake in the resources, not in the request */
    Phrase phrase(String key) {
        Phrase phrase = phrases.get(key);
        if (phrase == null) {
            throw new IllegalStateException("No message " + key);
        }
        return phrase;
    }

    String get(String key, Map<String, String> values) {
        return phrase(key).fill(values);
    }

    String get(String key) {
        return get(key, Map.of());
    }
}
