package eu.oppose.guide.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** ETags follow the content: a client holding a copy learns of every change, and only of changes. */
class GuideCatalogTest {

    private static final GuideCatalog REAL = new GuideCatalog(TestGuides.GUIDES, TestGuides.JSON);

    @Test
    void aTextChangeChangesTheTagOfItsLanguageOnly(@TempDir Path copy) throws IOException {
        TestGuides.copyTo(copy);
        TestGuides.edit(copy.resolve("texts/fr.json"), "Ouvrez le formulaire des données de tiers", "Ouvrez le formulaire des tiers");
        GuideCatalog changed = new GuideCatalog(TestGuides.load(copy), TestGuides.JSON);
        assertAll(
                () -> assertNotEquals(etag(REAL, "fr"), etag(changed, "fr")),
                () -> assertEquals(etag(REAL, "en"), etag(changed, "en")),
                () -> assertEquals(etag(REAL, "de"), etag(changed, "de")));
    }

    @Test
    void aWordChangeChangesTheTagInEveryLanguage(@TempDir Path copy) throws IOException {
        TestGuides.copyTo(copy);
        TestGuides.edit(copy.resolve("words/de.json"), "\"Informationen\"", "\"Angaben\"");
        GuideCatalog changed = new GuideCatalog(TestGuides.load(copy), TestGuides.JSON);
        for (String lang : TestGuides.GUIDES.languages()) {
            assertNotEquals(etag(REAL, lang), etag(changed, lang), lang + ": the answer carries the words of every language");
        }
    }

    private static String etag(GuideCatalog catalog, String lang) {
        return catalog.guide("instagram", "third-party-data", lang).etag();
    }
}
