package eu.oppose.letters.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Everything one language needs: its messages and one template per letter kind, by the kind's id. */
record Language(String code, Messages messages, Map<String, Template> templates, DateTimeFormatter dateFormat) {

    static Language of(String code, Messages messages, Map<String, Template> templates) {
        Locale locale = Locale.forLanguageTag(code);
        return new Language(code, messages, Map.copyOf(templates),
                DateTimeFormatter.ofPattern(messages.get("date-pattern"), locale));
    }

    String format(LocalDate date) {
        return dateFormat.format(date);
    }
}
