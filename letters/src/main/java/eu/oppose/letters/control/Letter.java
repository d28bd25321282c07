package eu.oppose.letters.control;

import java.time.LocalDate;
import java.util.List;

/**
 * A letter request that passed validation: every text checked and printable, line endings normalised to
 * {@code \n}, one-line fields stripped of surrounding blanks; the person's own prose exactly as typed.
 *
 * @param reference the number the person can quote later, derived from the content (see {@link References})
 */
record Letter(LetterKind kind, Language language, Sender sender, List<AccountOnService> accounts,
              List<Item> items, String grounds, String place, LocalDate date, String reference) {

    /** @param addressLines the postal address, one entry per line */
    record Sender(String name, List<String> addressLines, String email) {
    }

    record AccountOnService(MetaService service, String identifier) {
    }

    /**
     * @param prompt  empty when not given
     * @param shownOn null when not given
     */
    record Item(String location, String description, String prompt, LocalDate shownOn) {
    }
}
