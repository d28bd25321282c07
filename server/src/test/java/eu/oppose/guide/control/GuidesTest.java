package eu.oppose.guide.control;

import eu.oppose.guide.entity.Guide;
import eu.oppose.guide.entity.LocalizedStep;
import eu.oppose.guide.entity.Platforms.Platform;
import eu.oppose.guide.entity.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuidesTest {

    private static final Guides GUIDES = TestGuides.GUIDES;

    private static Stream<Guide> allGuides() {
        return GUIDES.platforms().stream().flatMap(p -> p.flows().stream().map(f -> GUIDES.guide(p.id(), f).orElseThrow()));
    }

    @Test
    void loadsBothPlatformsWithBothFlowsInAtLeastThreeLanguages() {
        assertEquals(List.of("instagram", "facebook"), GUIDES.platforms().stream().map(Platform::id).toList());
        GUIDES.platforms().forEach(p -> assertEquals(List.of("own-data", "third-party-data"), p.flows()));
        assertTrue(GUIDES.languages().containsAll(List.of("en", "fr", "de")));
        assertEquals("en", GUIDES.fallbackLanguage());
    }

    @Test
    void everyStepHasEverySupportedLanguageWithDistinctWording() {
        allGuides().forEach(guide -> {
            for (int s = 0; s < guide.steps().size(); s++) {
                int index = s;
                List<LocalizedStep> inEachLanguage = GUIDES.languages().stream()
                        .map(lang -> GUIDES.localized(guide, lang).steps().get(index)).toList();
                inEachLanguage.forEach(step -> assertAll(
                        () -> assertFalse(step.title().isBlank(), step.id()),
                        () -> assertFalse(step.instruction().isBlank(), step.id())));
                assertEquals(GUIDES.languages().size(), inEachLanguage.stream().map(LocalizedStep::instruction).distinct().count(),
                        guide.steps().get(s).id() + ": each language has its own instruction, not a copy of English");
            }
        });
    }

    @Test
    void textsSharedByThePlatformsNameEachPlatform() {
        for (String lang : GUIDES.languages()) {
            String instagram = GUIDES.localized(GUIDES.guide("instagram", "third-party-data").orElseThrow(), lang).name();
            String facebook = GUIDES.localized(GUIDES.guide("facebook", "third-party-data").orElseThrow(), lang).name();
            assertAll(lang,
                    () -> assertTrue(instagram.contains("Instagram") && !instagram.contains("Facebook"), instagram),
                    () -> assertTrue(facebook.contains("Facebook") && !facebook.contains("Instagram"), facebook),
                    () -> assertFalse(instagram.contains(GuideTexts.PLATFORM_GAP), instagram));
        }
    }

    @Test
    void locatorsCarryTheWordsOfTheirTermsInEveryLanguage() {
        Guide guide = GUIDES.guide("facebook", "own-data").orElseThrow();
        assertEquals(List.of("settings-and-privacy", "settings-and-privacy-with-and", "privacy-center"),
                guide.steps().get(1).targets().get(1).name());
        assertEquals(Map.of(
                        "en", List.of("Settings & privacy", "Settings and privacy", "Privacy Center"),
                        "fr", List.of("Paramètres et confidentialité", "Espace confidentialité"),
                        "de", List.of("Einstellungen und Privatsphäre", "Datenschutzcenter")),
                GUIDES.localized(guide, "de").steps().get(1).targets().get(1).name(),
                "the terms' words in order, each once, whatever the language asked for");
    }

    @Test
    void ownDataFlowsHaveTheStepIdsClientsRelyOn() {
        List<String> ids = List.of("open-profile", "open-menu", "open-privacy-center", "object", "send-form", "done");
        for (String platform : List.of("instagram", "facebook")) {
            assertEquals(ids, GUIDES.guide(platform, "own-data").orElseThrow().steps().stream().map(Step::id).toList());
        }
    }

    @Test
    void eachFlowNamesItsOfficialFormAndDatedSources() {
        allGuides().forEach(guide -> assertAll(
                () -> assertTrue(guide.formUrl().startsWith("https://")),
                () -> assertFalse(guide.sources().isEmpty()),
                () -> guide.sources().forEach(source -> assertTrue(source.checkedOn().matches("\\d{4}-\\d{2}-\\d{2}")))));
        assertEquals("https://www.facebook.com/help/contact/510058597920541",
                GUIDES.guide("facebook", "third-party-data").orElseThrow().formUrl());
        assertEquals(List.of("https://www.facebook.com/help/contact/1266025207620918"),
                GUIDES.guide("facebook", "third-party-data").orElseThrow().earlierFormUrls());
    }

    @Test
    void locatorsNeverUseGeneratedClassNames() {
        allGuides().flatMap(g -> g.steps().stream()).flatMap(s -> s.targets().stream())
                .filter(l -> l.css() != null)
                .forEach(l -> assertFalse(l.css().matches(".*\\.(x[0-9a-z]{3,}|_[0-9a-z]{3,}).*"), l.css()));
    }

    /** A broken file stops loading with a message naming the file, the step and the field. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "invalid path pattern | \"host\": \"accountscenter.instagram.com\", \"path\": \"/.*\" | \"host\": \"accountscenter.instagram.com\", \"path\": \"/(.*\" | instagram/own-data.json | open-privacy-center | /steps/2/pages/1/path",
            "unknown locator kind | { \"css\": \"form:has(textarea) button[type='submit']\" } | { \"xpath\": \"//button\" } | instagram/own-data.json | send-form | /steps/4/targets/2",
            "generated class name | { \"css\": \"form:has(textarea) button[type='submit']\" } | { \"css\": \"div.x1i10hfl\" } | instagram/own-data.json | send-form | /steps/4/targets/2",
            "unknown term | \"name\": [ \"settings-and-privacy\", \"settings-and-privacy-with-and\", \"privacy-center\" ] | \"name\": [ \"settings-and-privacy\", \"settings-and-privacy-with-and\", \"privacy-centre\" ] | facebook/own-data.json | open-menu | /steps/1/targets/1/name/2",
            "unknown host | \"host\": \"privacycenter.instagram.com\", \"path\": \"/.*\" } | \"host\": \"privacy.instagram.com\", \"path\": \"/.*\" } | instagram/own-data.json | object | /steps/3/pages/0/host",
    })
    void brokenDataNamesFileStepAndField(String what, String original, String broken, String file, String step,
                                         String field, @TempDir Path copy) throws IOException {
        GuideDataException e = loadBroken(copy, file, original, broken);
        assertAll(
                () -> assertTrue(e.getMessage().contains("guides/" + file), e.getMessage()),
                () -> assertTrue(e.getMessage().contains("step \"" + step + "\""), e.getMessage()),
                () -> assertTrue(e.getMessage().contains(field), e.getMessage()));
    }

    /** A broken language file stops loading with a message naming the file and the key. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "text missing for one platform | \"facebook\": \"Öffne das Menü\" | \"facebok\": \"Öffne das Menü\" | texts/de.json | /flows/own-data/steps/open-menu/title: has no text for \"facebook\"",
            "text for a platform without it | \"facebook\": \"Öffne das Menü\" | \"facebok\": \"Öffne das Menü\" | texts/de.json | /flows/own-data/steps/open-menu/title/facebok",
            "empty text | \"title\": \"Ouvrez votre profil\" | \"title\": \" \" | texts/fr.json | /flows/own-data/steps/open-profile/title",
            "step without texts | \"send-form\": { | \"send-from\": { | texts/en.json | /flows/own-data/steps/send-form: missing",
            "texts of no step | \"send-form\": { | \"send-from\": { | texts/en.json | /flows/own-data/steps/send-from",
            "file of another language | \"language\": \"fr\" | \"language\": \"de\" | texts/fr.json | /language",
            "term the fallback lacks | \"options\": { | \"optiones\": { | words/fr.json | /terms/optiones",
            "quoted word not among the words | \"confirmed_words\": [ \"Senden\" ] | \"confirmed_words\": [ \"Sende\" ] | words/de.json | /terms/send/confirmed_words/0",
    })
    void brokenLanguageFilesNameFileAndKey(String what, String original, String broken, String file, String field,
                                           @TempDir Path copy) throws IOException {
        GuideDataException e = loadBroken(copy, file, original, broken);
        assertTrue(e.getMessage().contains("guides/" + file + ", field " + field), e.getMessage());
    }

    /** Loads a copy of the guide data in which one text of one file (whitespace collapsed) is replaced. */
    private static GuideDataException loadBroken(Path copy, String file, String original, String broken) throws IOException {
        TestGuides.copyTo(copy);
        Path target = copy.resolve(file);
        String compact = Files.readString(target).replaceAll("\\s+", " ");
        assertTrue(compact.contains(original), "fixture text present: " + original);
        Files.writeString(target, compact.replace(original, broken));
        return assertThrows(GuideDataException.class, () -> TestGuides.load(copy));
    }

    @Test
    void aTermWithoutWordsInTheFallbackLanguageIsNamedWhereLocatorsUseIt(@TempDir Path copy) throws IOException {
        TestGuides.copyTo(copy);
        TestGuides.edit(copy.resolve("words/en.json"), "\"See options\"", "");
        GuideDataException e = assertThrows(GuideDataException.class, () -> TestGuides.load(copy));
        assertTrue(e.getMessage().contains("guides/facebook/own-data.json, step \"open-menu\", field /steps/1/targets/2/name/3: "
                + "\"see-options\" has no words in guides/words/en.json"), e.getMessage());
    }

    /** The checklist "Adding a language" (docs/architecture.md): the language's texts and words files are required. */
    @Test
    void aLanguageClaimedWithoutItsFilesStopsLoadingNamingThem(@TempDir Path copy) throws IOException {
        TestGuides.copyTo(copy);
        TestGuides.edit(copy.resolve("platforms.json"), "\"de\"]", "\"de\", \"it\"]");
        GuideDataException noWords = assertThrows(GuideDataException.class, () -> TestGuides.load(copy));
        assertTrue(noWords.getMessage().contains("guides/words/it.json is missing"), noWords.getMessage());

        Files.writeString(copy.resolve("words/it.json"), "{ \"language\": \"it\", \"terms\": {} }");
        GuideDataException noTexts = assertThrows(GuideDataException.class, () -> TestGuides.load(copy));
        assertTrue(noTexts.getMessage().contains("guides/texts/it.json is missing"), noTexts.getMessage());

        Files.copy(copy.resolve("texts/en.json"), copy.resolve("texts/it.json"));
        TestGuides.edit(copy.resolve("texts/it.json"), "\"language\": \"en\"", "\"language\": \"it\"");
        assertTrue(TestGuides.load(copy).languages().contains("it"), "words may be lacking, texts may not");
    }

    /** The checklist "Adding a platform": texts that differ per platform need the new platform's text too. */
    @Test
    void aPlatformWithoutItsOwnTextsStopsLoadingNamingTheKey(@TempDir Path copy) throws IOException {
        TestGuides.copyTo(copy);
        TestGuides.edit(copy.resolve("platforms.json"), "\"platforms\": [", """
                "platforms": [ { "id": "threads", "name": "Threads", "hosts": [ { "host": "www.threads.net" } ],
                  "flows": ["own-data"] },""");
        GuideDataException noFlow = assertThrows(GuideDataException.class, () -> TestGuides.load(copy));
        assertTrue(noFlow.getMessage().contains("guides/threads/own-data.json is missing"), noFlow.getMessage());

        Files.createDirectories(copy.resolve("threads"));
        Files.copy(copy.resolve("instagram/own-data.json"), copy.resolve("threads/own-data.json"));
        TestGuides.edit(copy.resolve("threads/own-data.json"), "\"platform\": \"instagram\"", "\"platform\": \"threads\"");
        GuideDataException noTexts = assertThrows(GuideDataException.class, () -> TestGuides.load(copy));
        assertTrue(noTexts.getMessage().contains("guides/texts/en.json, field /flows/own-data/summary: has no text for \"threads\""),
                noTexts.getMessage());
    }

    @Test
    void aFallbackLanguageThatIsNotClaimedStopsLoading(@TempDir Path copy) throws IOException {
        TestGuides.copyTo(copy);
        TestGuides.edit(copy.resolve("platforms.json"), "\"fallbackLanguage\": \"en\"", "\"fallbackLanguage\": \"it\"");
        GuideDataException e = assertThrows(GuideDataException.class, () -> TestGuides.load(copy));
        assertTrue(e.getMessage().contains("/fallbackLanguage"), e.getMessage());
    }

    @Test
    void aMissingFlowFileIsNamed(@TempDir Path copy) throws IOException {
        TestGuides.copyTo(copy);
        Files.delete(copy.resolve("facebook/third-party-data.json"));
        GuideDataException e = assertThrows(GuideDataException.class, () -> TestGuides.load(copy));
        assertTrue(e.getMessage().contains("guides/facebook/third-party-data.json is missing"), e.getMessage());
    }
}
