package eu.oppose.guide.entity;

import java.util.List;

/**
 * A locator as a guide file writes it: like {@link Locator}, but {@code name} and {@code text} name terms of the
 * glossary ({@code guides/words/<lang>.json}) instead of carrying words.
 */
public record TermLocator(String href, String role, List<String> name, List<String> text, String match, String css) {
}
