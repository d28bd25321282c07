package eu.oppose.guide.control;

import eu.oppose.guide.entity.Guide;
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
            for (Step step : guide.steps()) {
                for (String lang : GUIDES.languages()) {
                    assertTrue(step.texts().containsKey(lang), guide.platform() + "/" + guide.flow() + " " + step.id() + " " + lang);
                    assertFalse(step.texts().get(lang).instruction().isBlank());
                }
                assertEquals(GUIDES.languages().size(), step.texts().values().stream().map(t -> t.instruction()).distinct().count(),
                        step.id() + ": each language has its own instruction, not a copy of English");
            }
        });
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
            "missing language | \"de\": { \"title\": \"Öffne das Menü\" | \"xx\": { \"title\": \"Öffne das Menü\" | facebook/own-data.json | open-menu | /steps/1/texts",
            "unknown host | \"host\": \"privacycenter.instagram.com\", \"path\": \"/.*\" } | \"host\": \"privacy.instagram.com\", \"path\": \"/.*\" } | instagram/own-data.json | object | /steps/3/pages/0/host",
    })
    void brokenDataNamesFileStepAndField(String what, String original, String broken, String file, String step,
                                         String field, @TempDir Path copy) throws IOException {
        copyGuides(copy);
        Path target = copy.resolve(file);
        String compact = Files.readString(target).replaceAll("\\s+", " ");
        assertTrue(compact.contains(original), "fixture text present: " + original);
        Files.writeString(target, compact.replace(original, broken));
        GuideDataException e = assertThrows(GuideDataException.class, () -> Guides.load(GuideFiles.folder(copy)));
        assertAll(
                () -> assertTrue(e.getMessage().contains("guides/" + file), e.getMessage()),
                () -> assertTrue(e.getMessage().contains("step \"" + step + "\""), e.getMessage()),
                () -> assertTrue(e.getMessage().contains(field), e.getMessage()));
    }

    @Test
    void aFallbackLanguageThatIsNotClaimedStopsLoading(@TempDir Path copy) throws IOException {
        copyGuides(copy);
        Path platforms = copy.resolve("platforms.json");
        Files.writeString(platforms, Files.readString(platforms).replace("\"fallbackLanguage\": \"en\"",
                "\"fallbackLanguage\": \"it\""));
        GuideDataException e = assertThrows(GuideDataException.class, () -> Guides.load(GuideFiles.folder(copy)));
        assertTrue(e.getMessage().contains("/fallbackLanguage"), e.getMessage());
    }

    @Test
    void aMissingFlowFileIsNamed(@TempDir Path copy) throws IOException {
        copyGuides(copy);
        Files.delete(copy.resolve("facebook/third-party-data.json"));
        GuideDataException e = assertThrows(GuideDataException.class, () -> Guides.load(GuideFiles.folder(copy)));
        assertTrue(e.getMessage().contains("guides/facebook/third-party-data.json is missing"), e.getMessage());
    }

    private static void copyGuides(Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(TestGuides.ROOT)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(TestGuides.ROOT.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
