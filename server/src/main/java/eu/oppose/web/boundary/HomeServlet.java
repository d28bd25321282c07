package eu.oppose.web.boundary;

import eu.oppose.http.boundary.Caching;
import eu.oppose.web.control.HomePage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Serves the page at the root (the empty pattern matches exactly {@code /}); the JAX-RS application lives under
 * {@code /api} and cannot. The language is chosen here, on the server, so the page needs no script to be right.
 */
@WebServlet(name = "home", urlPatterns = "")
public class HomeServlet extends HttpServlet {

    @Inject
    HomePage page;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lang = page.language(request.getParameter("lang"), request.getHeader("Accept-Language"));
        String html = page.render(lang, Map.of(), List.of());
        response.setContentType("text/html;charset=UTF-8");
        Caching.inLanguage(response, lang, Caching.revalidated());
        response.getWriter().write(html);
    }
}
