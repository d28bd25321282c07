package eu.oppose.letters.control;

import eu.oppose.letters.entity.FieldTable.Kind;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A letter request that passed validation: every text checked and printable, line endings normalised to
 * {@code \n}, one-line fields stripped of surrounding blanks; the person's own prose exactly as typed. Values are
 * held by the field table's paths, so a new field reaches the letter without a change here.
 *
 * @param values    the top-level values by path ({@code person.name}); an optional field left empty is absent
 * @param rows      each row group's rows by group path, each row's values by field key
 * @param date      the letter's date: the one given, else today
 * @param reference the number the person can quote later, derived from the content (see {@link References})
 */
record Letter(Kind kind, Language language, Map<String, Value> values, Map<String, List<Map<String, Value>>> rows,
              LocalDate date, String reference) {

    /** A checked value. */
    sealed interface Value {
    }

    record Text(String text) implements Value {
    }

    record Day(LocalDate date) implements Value {
    }

    /** @param name how the letter names it: a service's brand name, else the id */
    record Choice(String id, String name) implements Value {
    }

    /** A value as the letter prints it: dates in the letter's language, choices by name. */
    String shown(Value value) {
        return switch (value) {
            case Text text -> text.text();
            case Day day -> language.format(day.date());
            case Choice choice -> choice.name();
        };
    }

    /** A top-level value as printed; empty when absent. */
    String shown(String path) {
        Value value = values.get(path);
        return value == null ? "" : shown(value);
    }
}
