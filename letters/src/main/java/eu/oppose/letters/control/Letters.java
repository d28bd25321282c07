package eu.oppose.letters.control;

import eu.oppose.letters.entity.FieldTable;
import eu.oppose.letters.entity.RenderedLetter;
import eu.oppose.letters.entity.Violation;
import jakarta.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes GDPR objection letters to Meta as PDF/A-2a + PDF/UA-1 documents or as plain text. Construct it once:
 * it reads the field table, fonts and templates then, and is safe to share between threads. It logs nothing, and
 * what the person typed reaches no log through it: text the fonts cannot print is refused before iText sees it.
 */
public class Letters {
    /** "Today" for a letter dated by default: Central European time, the most common in the EU. */
    private static final ZoneId EUROPE = ZoneId.of("Europe/Brussels");

    private final FieldTable table;
    private final Templates templates;
    private final LetterValidator validator;
    private final PdfRenderer pdfRenderer;
    private final TextRenderer textRenderer = new TextRenderer();

    public Letters() {
        this(Clock.system(EUROPE));
    }

    /** @param clock gives "today", the default date and the latest allowed one */
    Letters(Clock clock) {
        this(FieldTables.load(), Templates::read, clock);
    }

    /** With another field table and its texts: for tests that the library follows the table. */
    Letters(FieldTable table, Function<String, String> resources, Clock clock) {
        Fonts fonts = new Fonts();
        this.table = table;
        this.templates = Templates.load(table, resources);
        this.validator = new LetterValidator(table, templates, new Printable(fonts), clock);
        this.pdfRenderer = new PdfRenderer(fonts);
    }

    /**
     * @param request the JSON body of {@code POST /api/v1/letters}, or a {@link PostedForm}'s letter; may be null
     * @return every problem with the request, each with its field; empty when a letter can be written
     */
    public List<Violation> validate(JsonObject request) {
        return validator.check(request).violations();
    }

    /** @throws InvalidLetterException listing every problem, when {@link #validate} finds any */
    public RenderedLetter pdf(JsonObject request) {
        Letter letter = letter(request);
        return new RenderedLetter(pdfRenderer.render(compose(letter)), "application/pdf", fileName(letter, "pdf"));
    }

    /** @throws InvalidLetterException listing every problem, when {@link #validate} finds any */
    public RenderedLetter text(JsonObject request) {
        Letter letter = letter(request);
        byte[] text = textRenderer.render(compose(letter)).getBytes(StandardCharsets.UTF_8);
        return new RenderedLetter(text, "text/plain; charset=UTF-8", fileName(letter, "txt"));
    }

    /**
     * A letter from a form's fields, named by JSON path.
     *
     * @throws InvalidLetterException for a row number no form offers (a forged request), in the form's language
     */
    public PostedForm readForm(Map<String, List<String>> fields) {
        try {
            return PostedForm.read(table, fields);
        } catch (PostedForm.RowOutOfRange e) {
            String language = fields.getOrDefault("language", List.of()).stream().findFirst().orElse(null);
            throw new InvalidLetterException(List.of(validator.tooManyRows(language, e.group(), e.row() + 1)));
        }
    }

    /** @return the language codes letters can be written in, e.g. {@code en}, in the order of the guides */
    public List<String> languages() {
        return table.languages();
    }

    /** @return the letter kinds, e.g. {@code third-party-data} */
    public List<String> kinds() {
        return table.kinds().stream().map(FieldTable.Kind::id).toList();
    }

    /** The field table: what forms show and the API takes. */
    public FieldTable form() {
        return table;
    }

    /**
     * A text of the letters in a language: a form's label or hint, a field's name, {@code language.name}.
     *
     * @param language one of {@link FieldTable#languages()}
     * @return the text as written, with its {@code {gaps}}
     * @throws IllegalStateException for a key no language has
     */
    public String text(String language, String key) {
        return templates.languages().get(language).messages().phrase(key).text();
    }

    private Letter letter(JsonObject request) {
        LetterValidator.Outcome outcome = validator.check(request);
        if (outcome.letter() == null) {
            throw new InvalidLetterException(outcome.violations());
        }
        return outcome.letter();
    }

    private LetterContent compose(Letter letter) {
        return letter.language().templates().get(letter.kind().id()).compose(letter, templates.recipient());
    }

    /** Kind ids and ISO dates are ASCII already, so the name needs no escaping. */
    private static String fileName(Letter letter, String extension) {
        return "objection-" + letter.kind().id() + "-" + letter.date() + "." + extension;
    }
}
