package eu.oppose.letters.entity;

/**
 * One piece of personal data the objection names.
 *
 * @param location    where it appears: a URL, or a description of the place
 * @param description what the data is
 * @param prompt      optional: the Meta AI prompt whose answer showed it
 * @param shownOn     optional: ISO date {@code yyyy-MM-dd} of that answer
 */
public record DataItem(String location, String description, String prompt, String shownOn) {
}
