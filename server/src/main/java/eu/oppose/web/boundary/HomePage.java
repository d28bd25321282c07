package eu.oppose.web.boundary;

import eu.oppose.guide.control.GuideCatalog;
import eu.oppose.guide.control.Languages;
import eu.oppose.guide.entity.PlatformSummary.PlatformEntry;
import eu.oppose.http.entity.InvalidParameter;
import eu.oppose.http.entity.InvalidRequestException;
import eu.oppose.web.control.GuideSections;
import eu.oppose.web.control.LetterFormModel;
import eu.oppose.web.control.PageTemplate;
import eu.oppose.web.control.PageTexts;
import eu.oppose.web.entity.PageView;
import eu.oppose.web.entity.PageView.LanguageChoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The web page at /: the guide and the letter form for everyone, without the extension. */
@ApplicationScoped
public class HomePage {

    @Inject
    Languages languages;

    @Inject
    PageTexts texts;

    @Inject
    GuideSections guides;

    @Inject
    GuideCatalog catalog;

    @Inject
    PageTemplate template;

    /**
     * The page in a language {@link #language} chose, with what the person typed in the letter form and each
     * error next to its field.
     */
    public String render(String language, Map<String, List<String>> typed, List<InvalidParameter> errors) {
        List<String> supported = languages.supported();
        Map<String, String> ownNames = new LinkedHashMap<>();
        supported.forEach(code -> ownNames.put(code, texts.text(code, "language.name")));
        Map<String, String> services = new LinkedHashMap<>();
        catalog.platforms(language).platforms().forEach(platform -> services.put(platform.id(), platform.name()));
        return template.render(new PageView(language, texts.tree(language),
                supported.stream().map(code -> new LanguageChoice(code, ownNames.get(code), code.equals(language))).toList(),
                guides.in(language),
                LetterFormModel.build(language, texts.all(language), ownNames, services, typed, errors)));
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
