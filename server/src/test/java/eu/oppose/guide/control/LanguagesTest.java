package eu.oppose.guide.control;

import eu.oppose.http.entity.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LanguagesTest {

    private final Languages languages = new Languages(TestGuides.GUIDES);

    @ParameterizedTest(name = "lang={0}, Accept-Language={1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "fr, de-DE, fr",
            "de-AT, null, de",
            "FR_be, null, fr",
            "es, 'de-CH,de;q=0.9,en;q=0.5', de",
            "es, null, en",
            "null, 'es-ES,es;q=0.9,fr;q=0.8', fr",
            "null, 'fr;q=0,de;q=0.5', de",
            "null, '*', en",
            "null, 'this is ;;; not a header', en",
            "null, null, en",
            "'', 'de', de",
    })
    void choosesAskedThenBrowserThenEnglish(String lang, String acceptLanguage, String expected) {
        assertEquals(expected, languages.choose(lang, acceptLanguage));
    }

    @Test
    void refusesAMalformedLangNamingIt() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> languages.choose("<script>", null));
        assertEquals("lang", e.parameters().getFirst().name());
    }
}
