package eu.oppose.letters.control;

import eu.oppose.letters.entity.Violation;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static eu.oppose.letters.control.Samples.account;
import static eu.oppose.letters.control.Samples.item;
import static eu.oppose.letters.control.Samples.json;
import static eu.oppose.letters.control.Samples.letter;
import static eu.oppose.letters.control.Samples.person;
import static eu.oppose.letters.control.Samples.with;
import static eu.oppose.letters.control.Samples.withPerson;

/** What a person is told when the form is wrong: every problem at once, on its field, in their language. */
class LetterValidationTest {
    private static final Letters LETTERS = new Letters(Samples.CLOCK);

    @Test
    void acceptsTheSamplesAsTheyAre() {
        for (String language : LETTERS.languages()) {
            assertEquals(List.of(), LETTERS.validate(Samples.thirdPartyData(language)));
            assertEquals(List.of(), LETTERS.validate(Samples.ownData(language)));
        }
    }

    @Test
    void reportsEveryMissingFieldAtOnceWithItsPath() {
        JsonObject empty = letter(null, null, person(null, " ", ""),
                List.of(account(null, null)), List.of(item(null, "", null, null)), null, null, null);

        assertEquals(List.of("kind", "language", "person.name", "person.address", "person.email",
                        "accounts[0].service", "accounts[0].identifier", "items[0].location", "items[0].description",
                        "grounds", "place"),
                fields(LETTERS.validate(empty)));
    }

    @Test
    void aRequestWithNothingInItIsRefusedNotThrown() {
        assertEquals(List.of(""), fields(LETTERS.validate(null)));
        assertEquals(List.of("kind", "language", "person", "grounds", "place"), fields(LETTERS.validate(json("{}"))));
    }

    @Test
    void namesEveryValueOfTheWrongJsonTypeAlone() {
        List<Violation> violations = LETTERS.validate(json("""
                {"grounds": 42, "person": {"email": ["a"]}, "items": [{"location": "x"}, "x"], "accounts": {"service": "x"}}"""));

        assertEquals(List.of(new Violation("person.email", "must be text in quotes."),
                new Violation("accounts", "must be a list of objects, e.g. [{…}]."),
                new Violation("items[1]", "must be an object with location, description, prompt, shownOn."),
                new Violation("grounds", "must be text in quotes.")), violations);
    }

    @Test
    void pdfAndTextRefuseAnInvalidRequestListingAllProblemsButNoValue() {
        JsonObject request = withPerson(withPerson(Samples.thirdPartyData("en"), "name", "Secret Name\u0007"),
                "email", "not-an-address");

        InvalidLetterException pdf = assertThrows(InvalidLetterException.class, () -> LETTERS.pdf(request));
        InvalidLetterException text = assertThrows(InvalidLetterException.class, () -> LETTERS.text(request));

        assertEquals(List.of("person.name", "person.email"), fields(pdf.violations()));
        assertEquals(pdf.violations(), text.violations());
        assertFalse(pdf.getMessage().contains("Secret"), "the exception's message may reach a log");
    }

    @Test
    void namesTheItemAndTheAccountThatAreWrong() {
        List<JsonObject> items = new ArrayList<>(Collections.nCopies(3, item("https://example.org/page", "A photo", null, null)));
        items.set(2, item("https://exa mple.org", "A photo", "prompt", "2026-13-01"));
        items.set(1, null);
        JsonObject request = with(with(Samples.thirdPartyData("en"), "accounts",
                List.of(account("facebook", "me"), account("myspace", "me"))), "items", items);

        List<Violation> violations = LETTERS.validate(request);

        assertEquals(List.of("accounts[1].service", "items[1]", "items[2].location", "items[2].shownOn"),
                fields(violations));
        assertEquals("Account 2, service: please choose one of: instagram, facebook.", violations.get(0).message());
        assertEquals("Data item 2: this entry is empty. Please fill it in or remove it.", violations.get(1).message());
    }

    @Test
    void speaksTheRequestsLanguageAndFallsBackToEnglish() {
        assertEquals("Vos motifs\u00A0: ce champ est obligatoire. Veuillez le remplir.",
                LETTERS.validate(with(Samples.thirdPartyData("fr"), "grounds", "")).getFirst().message());
        assertEquals("Ihre Gründe: Diese Angabe fehlt. Bitte füllen Sie das Feld aus.",
                LETTERS.validate(with(Samples.thirdPartyData("de"), "grounds", "")).getFirst().message());
        assertEquals("Your grounds: this is required. Please fill it in.",
                LETTERS.validate(with(Samples.thirdPartyData("en"), "grounds", "")).getFirst().message());
        List<Violation> spanish = LETTERS.validate(Samples.thirdPartyData("es"));
        assertEquals(List.of(new Violation("language", "Language: please choose one of: en, fr, de.")), spanish);
    }

    @Test
    void acceptsLanguageKindAndServiceCodesInAnyCase() {
        JsonObject request = with(with(Samples.ownData("FR"), "kind", " Own-Data "), "accounts",
                List.of(account("Instagram", "zoe")));

        assertEquals(List.of(), LETTERS.validate(request));
    }

    @Test
    void limitsTheGroundsTo4000CharactersAndAsksForRealReasons() {
        assertEquals(List.of(), LETTERS.validate(withGrounds("x".repeat(4000))));
        assertEquals(List.of(new Violation("grounds",
                        "Your grounds: 4001 characters is too long. Please shorten it to at most 4000.")),
                LETTERS.validate(withGrounds("x".repeat(4001))));
        assertEquals(List.of(), LETTERS.validate(withGrounds("é".repeat(4000))), "characters, not bytes, count");
        List<Violation> tooShort = LETTERS.validate(withGrounds("I object."));
        assertEquals(List.of("grounds"), fields(tooShort));
        assertTrue(tooShort.getFirst().message().contains("particular situation"), tooShort.getFirst().message());
    }

    @Test
    void limitsItemsTo20AndAsksThirdPartyLettersForOne() {
        JsonObject item = item("A forum", "My photo", null, null);
        assertEquals(List.of(), LETTERS.validate(withItems(Collections.nCopies(20, item))));
        assertEquals(List.of(new Violation("items", "Data concerned: 21 entries are too many. Please keep at most 20.")),
                LETTERS.validate(withItems(Collections.nCopies(21, item))));
        assertEquals(List.of("items"), fields(LETTERS.validate(withItems(List.of()))));
        assertEquals(List.of("items"), fields(LETTERS.validate(withItems(null))));
    }

    @Test
    void ownDataLettersNeedAnAccountButNoItems() {
        JsonObject noAccounts = with(with(Samples.ownData("en"), "accounts", List.of()), "items", null);

        assertEquals(List.of(new Violation("accounts",
                        "Your accounts: please give at least one Facebook or Instagram account.")),
                LETTERS.validate(noAccounts));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zoe@example.org", "first.last+tag@sub.example.co.uk", "élodie@exemple.fr",
            "иван@пример.рф"})
    void acceptsEmailAddresses(String email) {
        assertEquals(List.of(), LETTERS.validate(withEmail(email)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zoe", "zoe@", "@example.org", "zoe@example", "zoe@@example.org", "zoe@example..org",
            "zoe @example.org", ".zoe@example.org", "zoe@-example.org", "zoe@example.c"})
    void refusesWhatIsNoEmailAddress(String email) {
        List<Violation> violations = LETTERS.validate(withEmail(email));

        assertEquals(List.of("person.email"), fields(violations));
        assertTrue(violations.getFirst().message().contains("not a valid e-mail address"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.facebook.com/photo/?fbid=1&set=a.2", "http://example.org",
            "HTTPS://Example.org:8443/a#b", "https://bücher.example/über", "A post in the village group"})
    void acceptsWebAddressesAndDescriptionsAsLocations(String location) {
        assertEquals(List.of(), LETTERS.validate(withItems(List.of(item(location, "My photo", null, null)))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://", "https://example", "http://exa mple.org", "https://example.org:99999/",
            "https://user@example.org/", "https://-example.org/", "http://192.168.0.1/"})
    void refusesBrokenWebAddresses(String location) {
        List<Violation> violations = LETTERS.validate(withItems(List.of(item(location, "My photo", null, null))));

        assertEquals(List.of("items[0].location"), fields(violations));
        assertTrue(violations.getFirst().message().contains("web address is not valid"));
    }

    @Test
    void refusesControlCharactersButKeepsTabsAndNewLinesInProse() {
        assertEquals(List.of(), LETTERS.validate(withGrounds("Line one\tindented\r\nline two\rline three, long enough")));
        List<Violation> violations = LETTERS.validate(with(with(with(Samples.thirdPartyData("en"),
                        "person", person("Zoë\u0000", "Street\u001B 1", "zoe@example.org")),
                "grounds", "Reasons with a bell \u0007 in them."), "place", "Paris\nFrance"));

        assertEquals(List.of(
                new Violation("person.name", "Your name: contains the invisible control character U+0000. Please remove it."),
                new Violation("person.address", "Your postal address: contains the invisible control character U+001B. Please remove it."),
                new Violation("grounds", "Your grounds: contains the invisible control character U+0007. Please remove it."),
                new Violation("place", "Place: please write this on a single line.")), violations);
    }

    @Test
    void refusesInvisibleFormattingAndBrokenCharacters() {
        List<Violation> violations = LETTERS.validate(with(with(withPerson(Samples.thirdPartyData("en"),
                "name", "Zoë\u200B"), "grounds", "Broken \uD83D surrogate in these reasons."), "place", "Par\u2028is"));

        assertEquals(List.of("person.name", "grounds", "place"), fields(violations));
        assertTrue(violations.get(0).message().contains("U+200B"));
        assertTrue(violations.get(1).message().contains("broken character"));
    }

    @Test
    void limitsTheAddressToSixLines() {
        assertEquals(List.of("person.address"),
                fields(LETTERS.validate(withPerson(Samples.thirdPartyData("en"), "address", "1\n2\n3\n4\n5\n6\n7"))));
    }

    @Test
    void checksDatesAndTheirRange() {
        assertEquals(List.of(), LETTERS.validate(withDate(null)), "no date: today");
        assertEquals(List.of("date"), fields(LETTERS.validate(withDate("30/11/2026"))));
        assertEquals(List.of("date"), fields(LETTERS.validate(withDate("2026-02-30"))));
        assertEquals(List.of(new Violation("date", "Date: please give a date from 2025-01-01 to 2026-12-31.")),
                LETTERS.validate(withDate("2027-01-01")));
        assertEquals(List.of("items[0].shownOn"), fields(LETTERS.validate(withItems(
                List.of(item("A forum", "My photo", null, "2026-12-01"))))), "an answer after the letter");
    }

    @Test
    void derivesTheSameReferenceFromTheSameContentInAnyLanguage() {
        String english = reference(Samples.thirdPartyData("en"));

        assertEquals(english, reference(Samples.thirdPartyData("en")));
        assertEquals(english, reference(Samples.thirdPartyData("de")));
        assertNotEquals(english, reference(withGrounds(Samples.GROUNDS + " And more.")));
        assertTrue(english.matches("OPP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), english);
    }

    @Test
    void datesLettersTodayWhenNoDateIsGiven() {
        assertEquals("objection-third-party-data-2026-11-30.txt", LETTERS.text(withDate(" ")).fileName());
    }

    @Test
    void listsSupportedLanguagesAndKinds() {
        assertAll(
                () -> assertEquals(List.of("en", "fr", "de"), List.copyOf(LETTERS.languages())),
                () -> assertEquals(List.of("third-party-data", "own-data"), List.copyOf(LETTERS.kinds())));
    }

    private static String reference(JsonObject request) {
        String text = new String(LETTERS.text(request).content(), java.nio.charset.StandardCharsets.UTF_8);
        return text.substring(text.indexOf("OPP-"), text.indexOf("OPP-") + 13);
    }

    static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    static JsonObject withGrounds(String grounds) {
        return with(Samples.thirdPartyData("en"), "grounds", grounds);
    }

    static JsonObject withItems(List<JsonObject> items) {
        return with(Samples.thirdPartyData("en"), "items", items);
    }

    static JsonObject withEmail(String email) {
        return withPerson(Samples.thirdPartyData("en"), "email", email);
    }

    static JsonObject withDate(String date) {
        return with(Samples.thirdPartyData("en"), "date", date);
    }
}
