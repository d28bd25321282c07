package eu.oppose.letters.control;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The printed letter: the address shows in a window envelope, and even the longest input loses nothing. */
class EnvelopeLayoutTest {
    private static final Letters LETTERS = new Letters(Samples.CLOCK);

    @Test
    void recipientSitsInTheWindowOfADinLongEnvelope() {
        byte[] pdf = LETTERS.pdf(Samples.thirdPartyData("en")).content();

        float[] firstLine = PdfChecks.placeOnFirstPage(pdf, "Meta Platforms Ireland Limited").orElseThrow();
        float[] lastLine = PdfChecks.placeOnFirstPage(pdf, "Ireland").orElseThrow();
        float[] senderEmail = PdfChecks.placeOnFirstPage(pdf, "zoe@example.org").orElseThrow();
        float[] subject = PdfChecks.placeOnFirstPage(pdf, "Objection under").orElseThrow();

        // DIN 5008 form B: address field 20-105 mm from the left, 45-90 mm from the top, its first 17.7 mm for notes.
        assertAll(
                () -> assertTrue(firstLine[0] >= 20 && firstLine[0] <= 30, "left " + firstLine[0]),
                () -> assertTrue(firstLine[1] > 45 + 17.7 && lastLine[1] < 90, firstLine[1] + " to " + lastLine[1]),
                () -> assertTrue(senderEmail[1] < 45, "sender above the address field: " + senderEmail[1]),
                () -> assertTrue(subject[1] > 90, "subject below the address field: " + subject[1]));
    }

    @Test
    void theLongestAllowedInputIsPrintedWholeAndStillConforms() {
        String wide = "WШ";
        JsonObject longest = Samples.letter("third-party-data", "de",
                Samples.person(wide.repeat(50), String.join("\n", Collections.nCopies(6, wide.repeat(24) + "W")),
                        "w".repeat(64) + "@" + "w".repeat(63) + "." + "w".repeat(63) + "." + "w".repeat(57) + ".com"),
                Collections.nCopies(10, Samples.account("instagram", "https://www.instagram.com/" + "w".repeat(228))),
                IntStream.range(0, 20).mapToObj(i -> Samples.item(
                        "https://example.org/" + Integer.toString(i).repeat(1980 / String.valueOf(i).length()),
                        (wide.repeat(24) + " \n").repeat(19) + "Ende " + i,
                        "Wer ist " + wide.repeat(200) + "?", "2026-11-0" + (1 + i % 9))).toList(),
                (wide + "W ").repeat(999) + "!", "W".repeat(60), "2026-11-30");
        assertEquals(List.of(), LETTERS.validate(longest));

        byte[] pdf = LETTERS.pdf(longest).content();
        String text = PdfChecks.compact(PdfChecks.text(pdf));
        int pages = PdfChecks.pages(pdf);

        List<String> values = new ArrayList<>(Stream.of("person.name", "person.email", "grounds", "place")
                .map(path -> Samples.text(longest, path)).toList());
        Samples.text(longest, "person.address").lines().forEach(values::add);
        Samples.rows(longest, "accounts").forEach(account -> values.add(account.get(1)));
        Samples.rows(longest, "items").forEach(item -> values.addAll(item.subList(0, 3)));
        assertAll(values.stream().map(value -> () ->
                assertTrue(text.contains(PdfChecks.compact(value)), "missing " + value.substring(0, 20) + "…")));
        assertTrue(PdfChecks.textWithArtifacts(pdf).contains("Seite " + pages + " von " + pages), "page numbers");
        assertEquals(List.of(), PdfChecks.failedRules(pdf));
    }
}
