package eu.oppose.letters.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A text with named gaps such as {@code {name}}, split once when the resources load. Filling it inserts the
 * values without scanning them again, so a value that itself contains {@code {reference}} stays as typed.
 */
record Phrase(List<Part> parts) {

    sealed interface Part {
    }

    record Literal(String text) implements Part {
    }

    record Gap(String name) implements Part {
    }

    static Phrase parse(String text) {
        List<Part> parts = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int open = text.indexOf('{', start);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            if (open < 0 || close < 0) {
                parts.add(new Literal(text.substring(start)));
                break;
            }
            if (open > start) {
                parts.add(new Literal(text.substring(start, open)));
            }
            parts.add(new Gap(text.substring(open + 1, close)));
            start = close + 1;
        }
        return new Phrase(List.copyOf(parts));
    }

    /** The names of its gaps, e.g. {@code reference}. */
    Set<String> gaps() {
        Set<String> gaps = new LinkedHashSet<>();
        parts.forEach(part -> {
            if (part instanceof Gap gap) {
                gaps.add(gap.name());
            }
        });
        return gaps;
    }

    /** The text as written, gaps in braces. */
    String text() {
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            switch (part) {
                case Literal literal -> text.append(literal.text());
                case Gap gap -> text.append('{').append(gap.name()).append('}');
            }
        }
        return text.toString();
    }

    /** @throws IllegalStateException if a gap has no value: a mistake in a resource file, not in the request */
    String fill(Function<String, String> values) {
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            switch (part) {
                case Literal literal -> text.append(literal.text());
                case Gap gap -> {
                    String value = values.apply(gap.name());
                    if (value == null) {
                        throw new IllegalStateException("No value for {" + gap.name() + "}");
                    }
                    text.append(value);
                }
            }
        }
        return text.toString();
    }

    String fill(Map<String, String> values) {
        return fill(values::get);
    }
}
