package eu.oppose.guide.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.nio.charset.StandardCharsets;

/**
 * Serialises answers once: the guide's answers are few and immutable, so each is kept as its JSON bytes and
 * served without serialising it again on every request.
 */
final class JsonForms {

    /** Jsonb instances are thread-safe and costly to create. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    private JsonForms() {
    }

    static byte[] bytes(Object value) {
        return JSONB.toJson(value).getBytes(StandardCharsets.UTF_8);
    }
}
