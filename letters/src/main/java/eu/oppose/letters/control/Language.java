package eu.oppose.letters.control;

import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/** Everything one language needs: its messages and one template per letter kind. */
record Language(String code, Messages messages, Map<LetterKind, Template> templates, DateTimeFormatter dateFormat) {

    static Language of(String code, Messages messages, Map<LetterKind, Template> templates) {
        DateTimeFormatter dateFormat = DateTimeFormatter.ofPattern(messages.get("date-pattern"), Locale.forLanguageTag(code));
        return new Language(code, messages, Map.copyOf(templates), dateFormat);
    }

    String format(LocalDate date) {
        return dateFormat.format(date);
    }
}
