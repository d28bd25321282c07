package eu.oppose.letters.control;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** One {@link Letters} serves many requests at once, as in the server, and each gets its own letter. */
class ConcurrencyTest {
    private static final Letters LETTERS = new Letters(Samples.CLOCK);

    @Test
    void lettersWrittenAtTheSameTimeDoNotMix() throws Exception {
        List<String> names = List.of("Ана Петрова", "Γιώργος Νικολάου", "Zoë Ørsted", "Jürgen Weiß", "Ştefan Ţurcanu",
                "Łucja Żak");
        try (ExecutorService pool = Executors.newFixedThreadPool(names.size())) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                for (String name : names) {
                    results.add(pool.submit(() -> {
                        JsonObject request = Samples.withPerson(Samples.thirdPartyData(round(name)), "name", name);
                        String text = PdfChecks.compact(PdfChecks.text(LETTERS.pdf(request).content()));
                        return text.contains(PdfChecks.compact(name)) && names.stream()
                                .filter(other -> !other.equals(name))
                                .noneMatch(other -> text.contains(PdfChecks.compact(other)));
                    }));
                }
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get(), "a letter with someone else's name, or without its own");
            }
        }
    }

    private static String round(String name) {
        return List.of("en", "fr", "de").get(Math.floorMod(name.hashCode(), 3));
    }
}
