package eu.oppose.http.control;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** One Jsonb for the whole application: instances are thread-safe and costly to create. */
public class JsonBinding {

    @Produces
    @Singleton
    Jsonb jsonb() {
        return JsonbBuilder.create();
    }
}
