package eu.oppose.web.control;

import eu.oppose.letters.entity.FieldTable;
import eu.oppose.letters.entity.FieldTable.Control;
import eu.oppose.letters.entity.FieldTable.Field;
import eu.oppose.letters.entity.FieldTable.RowGroup;
import eu.oppose.letters.entity.FieldTable.Texts;
import eu.oppose.letters.entity.FieldTable.ValueType;
import eu.oppose.letters.entity.Violation;
import eu.oppose.web.entity.PageView;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page's letter form follows the letters' field table: a field added there shows here with nothing else changed. */
class LetterFormLayoutTest {

    private static final FieldTable TABLE = HomePageTest.LETTERS.form();

    @Test
    void offersTheTemplateOfANewRowWithItsIndexLeftOpen() {
        String html = render(TABLE, key -> HomePageTest.LETTERS.text("en", key), List.of());
        String template = html.substring(html.indexOf("<template data-new-row>", html.indexOf("id=\"f-items\"")),
                html.indexOf("</template>", html.indexOf("id=\"f-items\"")));
        assertAll(
                () -> assertTrue(template.contains("<legend>Data item <span class=\"number\"></span></legend>")),
                () -> assertTrue(template.contains("<input id=\"f-items-{row}-location\" name=\"items[{row}].location\" type=\"text\""),
                        template),
                () -> assertTrue(template.contains("aria-describedby=\"f-items-{row}-location-hint\"")),
                () -> assertFalse(template.contains(" required"), "a row the script adds is never needed"),
                () -> assertTrue(html.contains("<fieldset id=\"f-items\" class=\"rows\" data-group=\"items\" aria-describedby=\"f-items-hint\" data-max=\"20\">")));
    }

    @Test
    void aFieldAddedToTheTableIsRenderedInEveryRowAndTheNewRowsTemplate() {
        Field source = new Field("source", "source", ValueType.TEXT, null, false, 80, 1, 0, false, true, null, null,
                false, List.of(), new Control("input", "text", 0, null),
                new Texts("form.items.source.label", null, "field.items.source", null, "item.source", null, null, null,
                        null), null);
        List<FieldTable.Part> parts = new ArrayList<>(TABLE.parts());
        RowGroup items = TABLE.group("items").orElseThrow();
        List<Field> fields = new ArrayList<>(items.fields());
        fields.add(source);
        parts.set(parts.indexOf(items), new RowGroup(items.path(), items.kinds(), items.maxRows(), items.offeredRows(),
                items.line(), items.texts(), List.copyOf(fields)));
        FieldTable table = new FieldTable(TABLE.kinds(), TABLE.head(), List.copyOf(parts), TABLE.languages(),
                TABLE.fallbackLanguage(), TABLE.services());
        Function<String, String> texts = key -> key.equals("form.items.source.label") ? "Who published it"
                : HomePageTest.LETTERS.text("en", key);

        String html = render(table, texts, List.of(new Violation("items[1].source", "Data item 2, publisher: too long.")));

        assertAll(
                () -> assertTrue(html.contains("<label for=\"f-items-2-source\">Who published it <span class=\"marker\">(optional)</span></label>")),
                () -> assertTrue(html.contains("<input id=\"f-items-{row}-source\" name=\"items[{row}].source\" type=\"text\" value=\"\">")),
                () -> assertTrue(html.contains("<p class=\"error\" id=\"f-items-1-source-error\">Data item 2, publisher: too long.</p>")),
                () -> assertTrue(html.contains("<li><a href=\"#f-items-1-source\">Data item 2, publisher: too long.</a></li>")));
    }

    private static String render(FieldTable table, Function<String, String> texts, List<Violation> problems) {
        SequencedMap<String, String> languages = new LinkedHashMap<>();
        table.languages().forEach(code -> languages.put(code, code));
        return new PageTemplate().render(new PageView("en", HomePageTest.PAGE.texts.tree("en"), List.of(), List.of(),
                LetterFormLayout.build(table, HomePage.LETTER_KIND, "en", texts, languages, Map.of(), problems)));
    }
}
