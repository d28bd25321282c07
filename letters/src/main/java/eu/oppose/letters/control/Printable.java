package eu.oppose.letters.control;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a text can go into a letter: no control or invisible formatting characters, no broken UTF-16, nothing the
 * fonts cannot print, and line breaks only where the field has several lines. Refusing these before iText sees the
 * text keeps iText from logging about it.
 */
final class Printable {
    /** Enough for the person to find them; a text full of emoji need not be listed whole. */
    private static final int MAX_CHARACTERS_NAMED = 5;

    private final Fonts fonts;

    Printable(Fonts fonts) {
        this.fonts = fonts;
    }

    /**
     * What is wrong with a text, if anything.
     *
     * @param key    the message key of the first kind of trouble found
     * @param values its gaps: {@code characters}, up to five of the characters concerned
     */
    record Trouble(String key, Map<String, String> values) {
    }

    Optional<Trouble> check(String text, boolean multiLine) {
        String trouble = null;
        Set<String> named = new LinkedHashSet<>();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            String kind = trouble(codePoint, multiLine);
            if (kind == null || trouble != null && !trouble.equals(kind)) {
                continue;
            }
            trouble = kind;
            if (kind.equals("one-line") || kind.equals("broken-character")) {
                break;
            }
            named.add(name(codePoint, kind.equals("unprintable-character")));
            if (named.size() == MAX_CHARACTERS_NAMED) {
                break;
            }
        }
        return trouble == null ? Optional.empty()
                : Optional.of(new Trouble(trouble, Map.of("characters", String.join(", ", named))));
    }

    /** @return the message key for a character that cannot go into the letter, or null when it can */
    private String trouble(int codePoint, boolean multiLine) {
        if (codePoint == '\n') {
            return multiLine ? null : "one-line";
        }
        if (codePoint == '\t' && multiLine) {
            return null;
        }
        if (Character.isSurrogate((char) codePoint) && Character.isBmpCodePoint(codePoint)) {
            return "broken-character";
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL -> "control-character";
            case Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> "invisible-character";
            default -> fonts.canPrint(codePoint) ? null : "unprintable-character";
        };
    }

    /** A visible character is shown with its code, an invisible one by its code alone. */
    private static String name(int codePoint, boolean visible) {
        String code = String.format(Locale.ROOT, "U+%04X", codePoint);
        return visible ? Character.toString(codePoint) + " (" + code + ")" : code;
    }
}
