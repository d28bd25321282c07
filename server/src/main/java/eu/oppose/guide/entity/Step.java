package eu.oppose.guide.entity;

import java.util.List;

/** A step as stored in a guide file: where it applies and what to point at. Its texts are per language. */
public record Step(String id, List<Page> pages, List<TermLocator> when, List<TermLocator> targets, String link,
                   Done done) {

    public boolean conditional() {
        return when != null && !when.isEmpty();
    }
}
