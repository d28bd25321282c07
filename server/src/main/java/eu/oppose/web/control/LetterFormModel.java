package eu.oppose.web.control;

import eu.oppose.letters.control.Letters;
import eu.oppose.http.entity.InvalidParameter;
import eu.oppose.web.entity.ErrorLink;
import eu.oppose.web.entity.Field;
import eu.oppose.web.entity.Field.Control;
import eu.oppose.web.entity.Field.Option;
import eu.oppose.web.entity.FieldRow;
import eu.oppose.web.entity.LetterForm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out the letter form: the fields of the letter API, named by their JSON paths, with what the person typed
 * and each problem next to its field. Rows left over from an earlier post are kept, so no typed value is lost.
 */
public final class LetterFormModel {

    /** Rows offered without JavaScript; with it, the page adds more on demand. */
    static final int ACCOUNT_ROWS = 2;
    static final int ITEM_ROWS = 3;
    /** The letters library's limits; the page stops offering rows there (the server checks them anyway). */
    static final int MAX_ACCOUNTS = Letters.MAX_ACCOUNTS;
    static final int MAX_ITEMS = Letters.MAX_ITEMS;
    /** The form reader's limit: a higher row is refused before the page is ever shown again. */
    private static final int MAX_ROWS = 50;
    private static final Pattern ROW = Pattern.compile("(accounts|items)\\[(\\d{1,2})]\\..+");

    private final Map<String, String> texts;
    private final Map<String, List<String>> typed;
    private final Map<String, String> errors = new LinkedHashMap<>();
    /** The control each field's problem links to in the error summary. */
    private final Map<String, String> targets = new LinkedHashMap<>();

    private LetterFormModel(Map<String, String> texts, Map<String, List<String>> typed, List<InvalidParameter> problems) {
        this.texts = texts;
        this.typed = typed;
        problems.forEach(problem -> errors.merge(problem.name(), problem.reason(), (a, b) -> a + " " + b));
    }

    /**
     * @param lang      the page's language: the form posts with it and the letter defaults to it
     * @param texts     the page's texts in that language
     * @param languages the letter languages, each named in its own language
     * @param services  Meta's services an account can be on, by id, with their names
     */
    public static LetterForm build(String lang, Map<String, String> texts, Map<String, String> languages,
                                   Map<String, String> services, Map<String, List<String>> typed,
                                   List<InvalidParameter> problems) {
        return new LetterFormModel(texts, typed, problems).form(lang, languages, services, problems);
    }

    private LetterForm form(String lang, Map<String, String> languages, Map<String, String> services,
                            List<InvalidParameter> problems) {
        Field language = select("language", "letter.language.label", "letter.language.hint", languages, lang);
        List<Field> person = List.of(
                input("person.name", "letter.name.label", null, "text", true, "name"),
                textarea("person.address", "letter.address.label", "letter.address.hint", 4, true),
                input("person.email", "letter.email.label", "letter.email.hint", "email", true, "email"));
        List<FieldRow> accounts = rows("accounts", ACCOUNT_ROWS, row -> List.of(
                select("accounts[" + row + "].service", "letter.account.service", null, services, services.keySet().iterator().next()),
                input("accounts[" + row + "].identifier", "letter.account.identifier", null, "text", false, null)));
        List<FieldRow> items = rows("items", ITEM_ROWS, row -> List.of(
                input("items[" + row + "].location", "letter.item.location", "letter.item.locationHint", "text", row == 0, null),
                textarea("items[" + row + "].description", "letter.item.description", "letter.item.descriptionHint", 2, row == 0),
                textarea("items[" + row + "].prompt", "letter.item.prompt", "letter.item.promptHint", 2, false),
                input("items[" + row + "].shownOn", "letter.item.shownOn", null, "date", false, null)));
        Field grounds = textarea("grounds", "letter.grounds.label", "letter.grounds.hint", 8, true);
        Field place = input("place", "letter.place.label", "letter.place.hint", "text", true, "address-level2");
        Field date = input("date", "letter.date.label", "letter.date.hint", "date", false, null);
        // A problem with a whole group of rows points at the group's first field.
        targets.put("accounts", accounts.getFirst().fields().getFirst().id());
        targets.put("items", items.getFirst().fields().getFirst().id());
        List<ErrorLink> summary = problems.stream()
                .map(problem -> new ErrorLink(targets.getOrDefault(problem.name(), "letter-form"), problem.reason()))
                .toList();
        return new LetterForm("/api/v1/letters?lang=" + lang + "#letter-errors", language, person, accounts, MAX_ACCOUNTS,
                errors.get("accounts"), items, MAX_ITEMS, errors.get("items"), grounds, place, date, summary);
    }

    /** As many rows as offered, or as the person had filled in (with JavaScript they may have added some). */
    private List<FieldRow> rows(String group, int offered, IntFunction<List<Field>> fields) {
        int count = offered;
        for (String name : typed.keySet()) {
            Matcher m = ROW.matcher(name);
            if (m.matches() && m.group(1).equals(group)) {
                count = Math.max(count, Math.min(Integer.parseInt(m.group(2)) + 1, MAX_ROWS));
            }
        }
        List<FieldRow> rows = new ArrayList<>();
        for (int row = 0; row < count; row++) {
            rows.add(new FieldRow(row + 1, fields.apply(row)));
        }
        return rows;
    }

    private Field input(String name, String label, String hint, String type, boolean required, String autocomplete) {
        return field(name, label, hint, Control.INPUT, type, 0, required, autocomplete, List.of());
    }

    private Field textarea(String name, String label, String hint, int rows, boolean required) {
        return field(name, label, hint, Control.TEXTAREA, null, rows, required, null, List.of());
    }

    /** A choice among {@code choices} (value → label); what was typed, else {@code preset}, is selected. */
    private Field select(String name, String label, String hint, Map<String, String> choices, String preset) {
        String chosen = choices.containsKey(value(name)) ? value(name) : preset;
        List<Option> options = choices.entrySet().stream()
                .map(choice -> new Option(choice.getKey(), choice.getValue(), choice.getKey().equals(chosen)))
                .toList();
        return field(name, label, hint, Control.SELECT, null, 0, false, null, options);
    }

    private Field field(String name, String label, String hint, Control control, String type, int rows, boolean required,
                        String autocomplete, List<Option> options) {
        String id = id(name);
        targets.put(name, id);
        return new Field(name, id, text(label), hint == null ? null : text(hint), control, type, rows, required,
                autocomplete, value(name), options, errors.get(name));
    }

    private String text(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no web page text " + key);
        }
        return text;
    }

    private String value(String name) {
        List<String> values = typed.get(name);
        return values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst();
    }

    /** {@code items[2].location} → {@code f-items-2-location}: the same rule as the page's script. */
    static String id(String name) {
        return "f-" + name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }
}
