package eu.oppose.letters.boundary;

import eu.oppose.http.boundary.Downloads;
import eu.oppose.letters.control.Letters;
import eu.oppose.letters.entity.RenderedLetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The letter API: a JSON body in, a PDF or plain text out. Nothing is stored or logged: the letter exists only in
 * this request. (The web page's form posts to the same address; {@code web.boundary.LetterFormResource} takes it.)
 */
@ApplicationScoped
@Path("v1/letters")
@Tag(name = "letters")
public class LettersResource {

    @Inject
    Letters letters;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({Downloads.PDF, Downloads.PLAIN_TEXT})
    // Documented in /openapi by http.boundary.ApiDescription, together with the form post of the same path.
    public Response fromJson(byte[] body, @Context HttpHeaders headers) {
        JsonObject request = LetterJson.read(body, letters.form());
        boolean text = Downloads.prefersPlainText(headers);
        RenderedLetter letter = text ? letters.text(request) : letters.pdf(request);
        return Downloads.file(letter.content(), letter.mediaType(), letter.fileName(), text);
    }
}
