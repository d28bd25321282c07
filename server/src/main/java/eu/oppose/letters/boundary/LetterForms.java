package eu.oppose.letters.boundary;

import eu.oppose.letters.entity.Account;
import eu.oppose.letters.entity.DataItem;
import eu.oppose.letters.entity.LetterRequest;
import eu.oppose.letters.entity.Person;
import eu.oppose.letters.entity.Violation;
import eu.oppose.http.entity.InvalidRequestException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a letter from an HTML form ({@code person.name}, {@code items[2].location} …: the JSON paths as field
 * names). Rows left empty are dropped, and problems found later are named by the form's own row numbers, so
 * each error lands next to the field the person typed in.
 */
final class LetterForms {

    /** More rows than any form offers: a higher index is a forged request. */
    private static final int MAX_ROWS = 50;
    private static final Pattern ROW_FIELD = Pattern.compile("(accounts|items)\\[(\\d{1,3})]\\.(\\w+)");
    private static final Pattern ROW_PATH = Pattern.compile("^(accounts|items)\\[(\\d+)]");

    /** A letter read from a form, and for each kept row the form's row number. */
    record FormLetter(LetterRequest request, List<Integer> accountRows, List<Integer> itemRows) {

        /** A problem's field as the form names it. */
        Violation inFormTerms(Violation violation) {
            Matcher m = ROW_PATH.matcher(violation.field());
            if (!m.find()) {
                return violation;
            }
            List<Integer> rows = m.group(1).equals("accounts") ? accountRows : itemRows;
            int index = Integer.parseInt(m.group(2));
            String field = index < rows.size()
                    ? m.group(1) + "[" + rows.get(index) + "]" + violation.field().substring(m.end())
                    : violation.field();
            return new Violation(field, violation.message());
        }
    }

    private LetterForms() {
    }

    static FormLetter read(Map<String, List<String>> form) {
        Map<Integer, Map<String, String>> accounts = new TreeMap<>();
        Map<Integer, Map<String, String>> items = new TreeMap<>();
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            Matcher m = ROW_FIELD.matcher(field.getKey());
            if (m.matches()) {
                int row = Integer.parseInt(m.group(2));
                if (row >= MAX_ROWS) {
                    throw new InvalidRequestException(field.getKey(), "The form has at most " + MAX_ROWS + " rows.");
                }
                (m.group(1).equals("accounts") ? accounts : items)
                        .computeIfAbsent(row, r -> new TreeMap<>()).put(m.group(3), first(field.getValue()));
            }
        }
        List<Integer> accountRows = filledRows(accounts);
        List<Integer> itemRows = filledRows(items);
        Function<String, String> value = name -> first(form.get(name));
        Person person = new Person(value.apply("person.name"), value.apply("person.address"), value.apply("person.email"));
        LetterRequest request = new LetterRequest(value.apply("kind"), value.apply("language"), person,
                accountRows.stream().map(accounts::get).map(a -> new Account(a.get("service"), a.get("identifier"))).toList(),
                itemRows.stream().map(items::get)
                        .map(i -> new DataItem(i.get("location"), i.get("description"), i.get("prompt"), i.get("shownOn")))
                        .toList(),
                value.apply("grounds"), value.apply("place"), value.apply("date"));
        return new FormLetter(request, accountRows, itemRows);
    }

    /** Rows in which something was typed; a row with only a choice made for it (a service) but no text counts as empty. */
    private static List<Integer> filledRows(Map<Integer, Map<String, String>> rows) {
        List<Integer> filled = new ArrayList<>();
        rows.forEach((row, fields) -> {
            boolean typed = fields.entrySet().stream()
                    .anyMatch(f -> !f.getKey().equals("service") && f.getValue() != null && !f.getValue().isBlank());
            if (typed) {
                filled.add(row);
            }
        });
        return filled;
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
