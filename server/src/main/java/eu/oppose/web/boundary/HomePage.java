package eu.oppose.web.boundary;

import eu.oppose.platform.entity.InvalidParameter;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

/** The web page at /: the guide and the letter form for everyone, without the extension. */
@ApplicationScoped
public class HomePage {

    /**
     * The page in the language asked for (else the browser's), with what the person typed in the letter form
     * and each error next to its field.
     */
    public String render(String lang, String acceptLanguage, Map<String, List<String>> typed, List<InvalidParameter> errors) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Oppose</title></head><body><ul>");
        errors.forEach(error -> page.append("<li>").append(escape(error.name())).append(": ").append(escape(error.reason())).append("</li>"));
        return page.append("</ul></body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
