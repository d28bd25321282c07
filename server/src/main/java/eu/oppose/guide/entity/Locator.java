package eu.oppose.guide.entity;

import java.util.List;
import java.util.Map;

/**
 * One way to find an element on Meta's page, as answers carry it: one of {@code href}, {@code role} with
 * {@code name}, {@code text}, or {@code css} is set. Words are given in every language that has them, because
 * Meta's interface may be in another language than the guide.
 */
public record Locator(String href, String role, Map<String, List<String>> name, Map<String, List<String>> text,
                      String match, String css) {
}
