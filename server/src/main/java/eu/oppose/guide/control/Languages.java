package eu.oppose.guide.control;

import eu.oppose.http.entity.InvalidRequestException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Picks the language of an answer: the {@code lang} asked for, else the browser's preference, else the fallback. */
@Singleton
public class Languages {

    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*");
    private static final int MAX_HEADER = 512;

    private final Guides guides;

    @Inject
    public Languages(Guides guides) {
        this.guides = guides;
    }

    public List<String> supported() {
        return guides.languages();
    }

    public String choose(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            if (lang.length() > 35 || !TAG.matcher(lang).matches()) {
                throw new InvalidRequestException("lang", "The lang parameter must be a language code such as "
                        + String.join(", ", supported()) + ".");
            }
            String primary = primary(lang);
            if (supported().contains(primary)) {
                return primary;
            }
        }
        return fromHeader(acceptLanguage);
    }

    private String fromHeader(String acceptLanguage) {
        if (acceptLanguage != null && !acceptLanguage.isBlank() && acceptLanguage.length() <= MAX_HEADER) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String primary = primary(range.getRange());
                    if (range.getWeight() > 0 && supported().contains(primary)) {
                        return primary;
                    }
                }
            } catch (IllegalArgumentException malformedHeader) {
                // A broken header is the browser's doing, not the person's: fall back quietly.
            }
        }
        return guides.fallbackLanguage();
    }

    private static String primary(String tag) {
        return tag.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    }
}
