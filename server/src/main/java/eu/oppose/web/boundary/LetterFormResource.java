package eu.oppose.web.boundary;

import eu.oppose.http.boundary.Caching;
import eu.oppose.http.boundary.Downloads;
import eu.oppose.letters.control.InvalidLetterException;
import eu.oppose.letters.control.Letters;
import eu.oppose.letters.control.PostedForm;
import eu.oppose.letters.entity.RenderedLetter;
import eu.oppose.letters.entity.Violation;
import eu.oppose.web.control.HomePage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The web page's letter form, which works without JavaScript: posted to the letter API's address, told apart by its
 * Content-Type (JAX-RS merges the two resources of one path). A letter comes back as the API's would; problems
 * come back as the page with each next to its field when the browser takes HTML, else as problem+json.
 */
@ApplicationScoped
@Path("v1/letters")
@Tag(name = "letters")
public class LetterFormResource {

    @Inject
    Letters letters;

    @Inject
    HomePage page;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({Downloads.PDF, Downloads.PLAIN_TEXT, MediaType.TEXT_HTML})
    // Documented in /openapi by http.boundary.ApiDescription, together with the JSON API of the same path.
    public Response fromForm(MultivaluedMap<String, String> form, @Context HttpHeaders headers,
                             @Parameter(description = "The web page's language ({languages}), for the page sent back "
                                     + "with the problems; else Accept-Language") @QueryParam("lang") String pageLanguage,
                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        PostedForm posted = letters.readForm(form);
        String format = form.getFirst("format");
        boolean text = "text".equals(format) || format == null && Downloads.prefersPlainText(headers);
        try {
            RenderedLetter letter = text ? letters.text(posted.letter()) : letters.pdf(posted.letter());
            return Downloads.file(letter.content(), letter.mediaType(), letter.fileName(), text);
        } catch (InvalidLetterException e) {
            List<Violation> problems = e.violations().stream().map(posted::inFormTerms).toList();
            if (headers.getAcceptableMediaTypes().stream()
                    .noneMatch(type -> type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType())) {
                throw new InvalidLetterException(problems);
            }
            String lang = page.language(pageLanguage, acceptLanguage);
            return Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .language(lang)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                    .entity(page.render(lang, form, problems))
                    .cacheControl(Caching.noStore())
                    .build();
        }
    }
}
