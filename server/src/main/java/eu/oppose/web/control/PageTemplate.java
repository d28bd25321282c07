package eu.oppose.web.control;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.SafeMustacheFactory;
import eu.oppose.web.entity.PageView;
import jakarta.inject.Singleton;

import java.io.StringWriter;
import java.util.Set;

/**
 * The page's Mustache templates, compiled once. The safe factory refuses unescaped output ({@code {{{…}}}},
 * {@code {{&…}}}) when compiling, so every value — guide data, the person's input, error messages — is HTML-escaped.
 */
@Singleton
public class PageTemplate {

    private static final String PAGE = "page.mustache";
    private final Mustache page;

    public PageTemplate() {
        page = new SafeMustacheFactory(Set.of(PAGE, "field.mustache", "row.mustache"), "eu/oppose/web").compile(PAGE);
    }

    public String render(PageView view) {
        StringWriter html = new StringWriter(64 * 1024);
        page.execute(html, view);
        return html.toString();
    }
}
