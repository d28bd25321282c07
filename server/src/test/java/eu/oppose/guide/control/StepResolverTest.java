package eu.oppose.guide.control;

import eu.oppose.guide.entity.CurrentStep;
import eu.oppose.guide.entity.LocalizedStep;
import eu.oppose.http.entity.InvalidRequestException;
import eu.oppose.http.entity.UnknownResourceException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StepResolverTest {

    private final StepResolver resolver = new StepResolver(TestGuides.GUIDES, TestGuides.JSON);

    static Stream<Arguments> resolved() throws IOException {
        return cases("resolved").map(c -> Arguments.of(c.getString("url"), c.getString("flow"),
                c.getString("sessionPlatform", null), c.getString("platform"), c.getString("step"),
                c.getBoolean("matched"), c.containsKey("candidates")
                        ? c.getJsonArray("candidates").getValuesAs(JsonString::getString) : null));
    }

    static Stream<String> rejected() throws IOException {
        return cases("rejected").map(c -> c.getString("url"));
    }

    private static Stream<JsonObject> cases(String kind) throws IOException {
        try (Reader reader = Files.newBufferedReader(TestGuides.ROOT.resolve("cases/resolution.json"))) {
            return Json.createReader(reader).readObject().getJsonArray(kind).getValuesAs(JsonObject.class).stream();
        }
    }

    @Test
    void theSharedTableIsLargeEnoughToMeanSomething() throws IOException {
        assertTrue(resolved().count() > 100, "well over a hundred real-looking addresses");
    }

    @ParameterizedTest(name = "{0} ({1}) -> {4}")
    @MethodSource("resolved")
    void resolvesEveryAddressVariantToItsStep(String url, String flow, String sessionPlatform, String platform,
                                              String step, boolean matched, List<String> candidates) {
        CurrentStep answer = resolver.resolve(url, sessionPlatform, flow, "en").current();
        assertAll(
                () -> assertEquals(platform, answer.platform(), "platform"),
                () -> assertEquals(flow, answer.flow(), "flow"),
                () -> assertEquals(step, answer.step().id(), "step"),
                () -> assertEquals(matched, answer.matched(), "matched"),
                () -> assertEquals(candidates, answer.candidates() == null ? null
                        : answer.candidates().stream().map(LocalizedStep::id).toList(), "candidates"));
    }

    @ParameterizedTest
    @MethodSource("rejected")
    @ValueSource(strings = {"https://www.facebook.com\\@evil.example/", " "})
    void refusesAddressesThatAreNotMetaPagesNamingTheUrlParameter(String url) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> resolver.resolve(url, null, null, "en"));
        assertEquals("url", e.parameters().getFirst().name());
        assertTrue(e.parameters().getFirst().reason().length() > 20, "says how to fix it");
    }

    @Test
    void refusesAMissingUrl() {
        assertThrows(InvalidRequestException.class, () -> resolver.resolve(null, null, null, "en"));
    }

    @Test
    void refusesUrlsLongerThan2048CharactersButTakesOneOfExactlyThatLength() {
        String prefix = "https://www.instagram.com/";
        String exactly = prefix + "a".repeat(StepResolver.MAX_URL_LENGTH - prefix.length());
        assertEquals("open-profile", resolver.resolve(exactly, null, null, "en").current().step().id());
        assertThrows(InvalidRequestException.class, () -> resolver.resolve(exactly + "a", null, null, "en"));
    }

    @Test
    void answersInTheLanguageAskedFor() {
        String url = "https://www.instagram.com/accounts/edit/";
        LocalizedStep en = resolver.resolve(url, null, null, "en").current().step();
        LocalizedStep fr = resolver.resolve(url, null, null, "fr").current().step();
        LocalizedStep de = resolver.resolve(url, null, null, "de").current().step();
        assertEquals("Open the Privacy Center", en.title());
        assertTrue(fr.title().contains("Espace confidentialité"), fr.title());
        assertTrue(de.title().contains("Datenschutzcenter"), de.title());
        assertEquals(en.targets(), fr.targets(), "locators carry every language whatever the guide's language");
    }

    @Test
    void givesPositionAndFormOfTheFlow() {
        CurrentStep answer = resolver.resolve("https://privacycenter.instagram.com/", null, null, "de").current();
        assertAll(
                () -> assertEquals(3, answer.index()),
                () -> assertEquals(6, answer.total()),
                () -> assertEquals("https://help.instagram.com/contact/767264225370182", answer.formUrl()),
                () -> assertEquals("de", answer.lang()),
                () -> assertNull(answer.candidates()));
    }

    @Test
    void offFlowPagesGetTheEntryStepUnmatched() {
        CurrentStep answer = resolver.resolve("https://www.facebook.com/policies/cookies/", null, null, "en").current();
        assertEquals(false, answer.matched());
        assertEquals(0, answer.index());
        assertEquals("open-profile", answer.step().id());
    }

    @Test
    void lookAlikeUsernamesAreProfilesButReservedPathsAreNot() {
        assertEquals("open-menu", resolver.resolve("https://www.instagram.com/explorer/", null, null, "en").current().step().id());
        assertNotEquals("open-menu", resolver.resolve("https://www.instagram.com/explore/", null, null, "en").current().step().id());
        assertEquals("open-menu", resolver.resolve("https://www.facebook.com/settingsfan", null, null, "en").current().step().id());
    }

    @Test
    void unknownFlowOrPlatformIsNotFound() {
        String url = "https://www.instagram.com/";
        assertEquals("flow", assertThrows(UnknownResourceException.class,
                () -> resolver.resolve(url, null, "everything", "en")).parameter());
        assertEquals("platform", assertThrows(UnknownResourceException.class,
                () -> resolver.resolve(url, "myspace", null, "en")).parameter());
    }

    @Test
    void normalisesPaths() {
        assertEquals("/", StepResolver.normalisePath(""));
        assertEquals("/", StepResolver.normalisePath("//"));
        assertEquals("/accounts/edit", StepResolver.normalisePath("//Accounts//Edit/"));
    }
}
