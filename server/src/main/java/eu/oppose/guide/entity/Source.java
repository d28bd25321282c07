package eu.oppose.guide.entity;

/** Where a fact of a guide comes from, and when a person last checked it. */
public record Source(String fact, String source, String url, String checkedOn) {
}
