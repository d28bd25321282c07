package eu.oppose.letters.control;

import eu.oppose.letters.entity.LetterRequest;
import eu.oppose.letters.entity.RenderedLetter;
import eu.oppose.letters.entity.Violation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes GDPR objection letters to Meta as PDF/A-2a + PDF/UA-1 documents or as plain text. Construct it once:
 * it reads fonts and templates then, and is safe to share between threads. It logs nothing, and what the person
 * typed reaches no log through it: text the fonts cannot print is refused before iText sees it.
 */
public class Letters {
    /** At most this many accounts in one letter. */
    public static final int MAX_ACCOUNTS = 10;
    /** At most this many data items in one letter. */
    public static final int MAX_ITEMS = 20;
    /** "Today" for a letter dated by default: Central European time, the most common in the EU. */
    private static final ZoneId EUROPE = ZoneId.of("Europe/Brussels");

    private final Templates templates;
    private final LetterValidator validator;
    private final PdfRenderer pdfRenderer;
    private final TextRenderer textRenderer = new TextRenderer();

    public Letters() {
        this(Clock.system(EUROPE));
    }

    /** @param clock gives "today", the default date and the latest allowed one */
    Letters(Clock clock) {
        Fonts fonts = new Fonts();
        this.templates = Templates.load();
        this.validator = new LetterValidator(templates, fonts, clock);
        this.pdfRenderer = new PdfRenderer(fonts);
    }

    /** @return every problem with the request, each with its field; empty when a letter can be written */
    public List<Violation> validate(LetterRequest request) {
        return validator.check(request).violations();
    }

    /** @throws InvalidLetterException listing every problem, when {@link #validate} finds any */
    public RenderedLetter pdf(LetterRequest request) {
        Letter letter = letter(request);
        return new RenderedLetter(pdfRenderer.render(compose(letter)), "application/pdf", fileName(letter, "pdf"));
    }

    /** @throws InvalidLetterException listing every problem, when {@link #validate} finds any */
    public RenderedLetter text(LetterRequest request) {
        Letter letter = letter(request);
        byte[] text = textRenderer.render(compose(letter)).getBytes(StandardCharsets.UTF_8);
        return new RenderedLetter(text, "text/plain; charset=UTF-8", fileName(letter, "txt"));
    }

    /** @return the language codes letters can be written in, e.g. {@code en} */
    public Set<String> languages() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(templates.languages().keySet()));
    }

    /** @return the letter kinds, e.g. {@code third-party-data} */
    public Set<String> kinds() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(
                Arrays.stream(LetterKind.values()).map(kind -> kind.id).toList()));
    }

    private Letter letter(LetterRequest request) {
        LetterValidator.Outcome outcome = validator.check(request);
        if (outcome.letter() == null) {
            throw new InvalidLetterException(outcome.violations());
        }
        return outcome.letter();
    }

    private LetterContent compose(Letter letter) {
        return letter.language().templates().get(letter.kind()).compose(letter, templates.recipient());
    }

    /** Kind ids and ISO dates are ASCII already, so the name needs no escaping. */
    private static String fileName(Letter letter, String extension) {
        return "objection-" + letter.kind().id + "-" + letter.date() + "." + extension;
    }
}
