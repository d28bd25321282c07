package eu.oppose.guide.control;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.json.bind.Jsonb;

import java.nio.charset.StandardCharsets;

/**
 * Serialises answers to their JSON bytes: the guide's answers are few and immutable, so each is serialised once and
 * served as these bytes on every request.
 */
@Singleton
public class JsonBytes {

    private final Jsonb jsonb;

    @Inject
    public JsonBytes(Jsonb jsonb) {
        this.jsonb = jsonb;
    }

    public byte[] of(Object value) {
        return jsonb.toJson(value).getBytes(StandardCharsets.UTF_8);
    }
}
