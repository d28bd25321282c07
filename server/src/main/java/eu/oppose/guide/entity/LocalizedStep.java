package eu.oppose.guide.entity;

import java.util.List;

/** A step with its texts in the language a client asked for. */
public record LocalizedStep(String id, String title, String instruction, List<Page> pages, List<Locator> when,
                            List<Locator> targets, String link, Done done) {
}
