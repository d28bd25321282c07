package eu.oppose.letters.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Letter requests as a person would fill them in, as the JSON trees the API takes, and a clock fixed at a known day.
 * The factories leave out a member given as null, as a client that does not send it.
 */
final class Samples {
    /** Looked up once: {@code Json.create…} looks the provider up on every call, which is slow. */
    private static final JsonProvider JSON = JsonProvider.provider();
    /** 30 November 2026, noon in Brussels. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T11:00:00Z"), ZoneOffset.UTC);
    static final String NAME = "Zoë Łukasiewicz-Ørsted";
    static final String GROUNDS = """
            I am a survivor of domestic violence and live at an address my former partner must not learn.
            Photos of me published by others could let him find me through Meta AI's answers.

            My ex-partner's family still posts about me; I have asked them to stop.""";
    static final String LOCATION = "https://www.facebook.com/groups/123456789/posts/987654321/";
    static final String DESCRIPTION = "A photo of me at my workplace, with my full name in the caption";
    static final String SECOND_LOCATION = "A blog post about my village's choir, page “Our members”";
    static final String SECOND_DESCRIPTION = "My name, age and street";
    static final String PROMPT = "Where does Zoë Łukasiewicz-Ørsted work?";

    private Samples() {
    }

    static JsonObject person() {
        return person(NAME, "12 rue des Lilas\n75011 Paris\nFrance", "zoe@example.org");
    }

    static JsonObject thirdPartyData(String language) {
        return letter("third-party-data", language, person(),
                List.of(account("instagram", "zoe.lukasiewicz")),
                List.of(item(LOCATION, DESCRIPTION, PROMPT, "2026-11-02"),
                        item(SECOND_LOCATION, SECOND_DESCRIPTION, null, null)),
                GROUNDS, "Paris", "2026-11-30");
    }

    static JsonObject ownData(String language) {
        return letter("own-data", language, person(),
                List.of(account("facebook", "https://www.facebook.com/zoe.lukasiewicz"),
                        account("instagram", "zoe@example.org")),
                List.of(), GROUNDS, "Paris", "2026-11-30");
    }

    /** A letter of any kind: own-data's sample, else the third-party sample (accounts and items) as that kind. */
    static JsonObject of(String kind, String language) {
        return kind.equals("own-data") ? ownData(language) : with(thirdPartyData(language), "kind", kind);
    }

    /** A request; a null list entry is a JSON null in the list. */
    static JsonObject letter(String kind, String language, JsonObject person, List<JsonObject> accounts,
                             List<JsonObject> items, String grounds, String place, String date) {
        JsonObjectBuilder letter = JSON.createObjectBuilder();
        put(letter, "kind", kind);
        put(letter, "language", language);
        put(letter, "person", person);
        put(letter, "accounts", list(accounts));
        put(letter, "items", list(items));
        put(letter, "grounds", grounds);
        put(letter, "place", place);
        put(letter, "date", date);
        return letter.build();
    }

    static JsonObject person(String name, String address, String email) {
        return object("name", name, "address", address, "email", email);
    }

    static JsonObject account(String service, String identifier) {
        return object("service", service, "identifier", identifier);
    }

    static JsonObject item(String location, String description, String prompt, String shownOn) {
        return object("location", location, "description", description, "prompt", prompt, "shownOn", shownOn);
    }

    /** The request with a top-level member replaced: a String, a JSON value, a list of objects; null removes it. */
    static JsonObject with(JsonObject request, String member, Object value) {
        JsonObjectBuilder changed = JSON.createObjectBuilder(request).remove(member);
        put(changed, member, value);
        return changed.build();
    }

    /** The request with one of the person's members replaced; null removes it. */
    static JsonObject withPerson(JsonObject request, String member, String value) {
        JsonObjectBuilder person = JSON.createObjectBuilder(request.getJsonObject("person")).remove(member);
        put(person, member, value);
        return with(request, "person", person.build());
    }

    static JsonObject json(String text) {
        try (var reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /** A text member of the request, such as {@code person.name} or {@code grounds}; null when absent. */
    static String text(JsonObject request, String path) {
        int dot = path.indexOf('.');
        JsonObject parent = dot < 0 ? request : request.getJsonObject(path.substring(0, dot));
        return parent.getString(path.substring(dot + 1), null);
    }

    /** Each row's text values, in the order of the row's members. */
    static List<List<String>> rows(JsonObject request, String group) {
        return request.getJsonArray(group).getValuesAs(JsonObject.class).stream()
                .map(row -> row.values().stream().map(value -> ((jakarta.json.JsonString) value).getString()).toList())
                .toList();
    }

    private static JsonObject object(String... membersAndValues) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        for (int i = 0; i < membersAndValues.length; i += 2) {
            put(object, membersAndValues[i], membersAndValues[i + 1]);
        }
        return object.build();
    }

    private static JsonArray list(List<JsonObject> entries) {
        if (entries == null) {
            return null;
        }
        JsonArrayBuilder list = JSON.createArrayBuilder();
        entries.forEach(entry -> list.add(entry == null ? JsonValue.NULL : entry));
        return list.build();
    }

    @SuppressWarnings("unchecked")
    private static void put(JsonObjectBuilder object, String member, Object value) {
        switch (value) {
            case null -> {
            }
            case String text -> object.add(member, text);
            case JsonValue json -> object.add(member, json);
            case List<?> entries -> object.add(member, list((List<JsonObject>) entries));
            default -> throw new IllegalArgumentException(value.getClass().toString());
        }
    }
}
