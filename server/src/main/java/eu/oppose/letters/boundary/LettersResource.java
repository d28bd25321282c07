package eu.oppose.letters.boundary;

import eu.oppose.http.boundary.Downloads;
import eu.oppose.http.boundary.Problem;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @Operation(summary = "A GDPR objection letter to Meta as PDF/A-2 + PDF/UA-1, or as plain text",
            description = "Accept: application/pdf (default) or text/plain. Every invalid field is reported at once.")
    @RequestBody(required = true, description = "The letter's fields as JSON, or form-encoded fields named by their "
            + "JSON paths (the web page's form); each with its schema and example.")
    @APIResponse(responseCode = "200", description = "The letter (an attachment for PDF)",
            content = {@Content(mediaType = Downloads.PDF), @Content(mediaType = "text/plain")})
    @APIResponse(responseCode = "400", ref = "#/components/responses/InvalidInput")
    @APIResponse(responseCode = "413", description = "The body is larger than 64 KB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response fromJson(byte[] body, @Context HttpHeaders headers) {
        JsonObject request = LetterJson.read(body, letters.form());
        boolean text = Downloads.prefersPlainText(headers);
        RenderedLetter letter = text ? letters.text(request) : letters.pdf(request);
        return Downloads.file(letter.content(), letter.mediaType(), letter.fileName(), text);
    }
}
