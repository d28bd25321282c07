package eu.oppose.web.control;

import eu.oppose.guide.control.Languages;
import eu.oppose.http.entity.InvalidRequestException;
import eu.oppose.letters.control.Letters;
import eu.oppose.letters.entity.Violation;
import eu.oppose.web.entity.PageView;
import eu.oppose.web.entity.PageView.LanguageChoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/** The web page at /: the guide and the letter form for everyone, without the extension. */
@ApplicationScoped
public class HomePage {

    /** The page's letter form writes the letter for data about the person that others published. */
    static final String LETTER_KIND = "third-party-data";

    @Inject
    Languages languages;

    @Inject
    PageTexts texts;

    @Inject
    GuideSections guides;

    @Inject
    PageTemplate template;

    @Inject
    Letters letters;

    /**
     * The page in a language {@link #language} chose, with what the person typed in the letter form and each
     * problem next to its field.
     */
    public String render(String language, Map<String, List<String>> typed, List<Violation> problems) {
        SequencedMap<String, String> ownNames = new LinkedHashMap<>();
        languages.supported().forEach(code -> ownNames.put(code, letters.text(code, "language.name")));
        return template.render(new PageView(language, texts.tree(language),
                ownNames.entrySet().stream().map(name -> new LanguageChoice(name.getKey(), name.getValue(),
                        name.getKey().equals(language))).toList(),
                guides.in(language),
                LetterFormLayout.build(letters.form(), LETTER_KIND, language, key -> letters.text(language, key),
                        ownNames, typed, problems)));
    }

    /** The page's language: {@code lang}, else the browser's, else English. A page always answers, so a malformed {@code lang} is ignored. */
    public String language(String lang, String acceptLanguage) {
        try {
            return languages.choose(lang, acceptLanguage);
        } catch (InvalidRequestException malformed) {
            return languages.choose(null, acceptLanguage);
        }
    }
}
