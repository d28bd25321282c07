package eu.oppose.guide.entity;

/** A step's words in one language. */
public record StepTexts(String title, String instruction) {
}
