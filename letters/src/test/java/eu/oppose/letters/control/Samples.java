package eu.oppose.letters.control;

import eu.oppose.letters.entity.Account;
import eu.oppose.letters.entity.DataItem;
import eu.oppose.letters.entity.LetterRequest;
import eu.oppose.letters.entity.Person;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Letter requests as a person would fill them in, and a clock fixed at a known day. */
final class Samples {
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

    static Person person() {
        return new Person(NAME, "12 rue des Lilas\n75011 Paris\nFrance", "zoe@example.org");
    }

    static LetterRequest thirdPartyData(String language) {
        return new LetterRequest("third-party-data", language, person(),
                List.of(new Account("instagram", "zoe.lukasiewicz")),
                List.of(new DataItem(LOCATION, DESCRIPTION, PROMPT, "2026-11-02"),
                        new DataItem(SECOND_LOCATION, SECOND_DESCRIPTION, null, null)),
                GROUNDS, "Paris", "2026-11-30");
    }

    static LetterRequest ownData(String language) {
        return new LetterRequest("own-data", language, person(),
                List.of(new Account("facebook", "https://www.facebook.com/zoe.lukasiewicz"),
                        new Account("instagram", "zoe@example.org")),
                List.of(), GROUNDS, "Paris", "2026-11-30");
    }

    static LetterRequest of(String kind, String language) {
        return kind.equals("own-data") ? ownData(language) : thirdPartyData(language);
    }
}
