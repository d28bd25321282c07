package eu.oppose.guide.entity;

import java.util.List;
import java.util.Map;

/** A step as stored in a guide file, with its texts in every language. */
public record Step(String id, List<Page> pages, List<Locator> when, List<Locator> targets, String link, Done done,
                   Map<String, StepTexts> texts) {

    public boolean conditional() {
        return when != null && !when.isEmpty();
    }

    public LocalizedStep in(String lang) {
        StepTexts words = texts.get(lang);
        return new LocalizedStep(id, words.title(), words.instruction(), pages, when, targets, link, done);
    }
}
