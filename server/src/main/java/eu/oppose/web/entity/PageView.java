package eu.oppose.web.entity;

import java.util.List;
import java.util.Map;

/**
 * Everything the page template shows.
 *
 * @param lang      the page's language
 * @param t         the page's texts in that language, grouped by the dots of their keys ({@code t.page.title})
 * @param languages the language switch
 * @param platforms the guides, rendered from the guide data
 */
public record PageView(String lang, Map<String, Object> t, List<LanguageChoice> languages,
                       List<PlatformGuides> platforms, LetterFormView form) {

    /** A language of the switch, named in that language. */
    public record LanguageChoice(String code, String name, boolean current) {
    }
}
