package eu.oppose.letters.boundary;

import eu.oppose.letters.boundary.LetterForms.FormLetter;
import eu.oppose.letters.control.InvalidLetterException;
import eu.oppose.letters.control.Letters;
import eu.oppose.letters.entity.LetterRequest;
import eu.oppose.letters.entity.RenderedLetter;
import eu.oppose.letters.entity.Violation;
import eu.oppose.http.boundary.Caching;
import eu.oppose.http.boundary.Problem;
import eu.oppose.http.entity.InvalidParameter;
import eu.oppose.http.entity.InvalidRequestException;
import eu.oppose.web.boundary.HomePage;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Letters over HTTP: a JSON body or an HTML form in, a PDF or plain text out. Nothing is stored or logged:
 * the letter exists only in this request.
 */
@ApplicationScoped
@Path("v1/letters")
@Tag(name = "letters")
public class LettersResource {

    static final String PDF = "application/pdf";
    static final String TEXT = "text/plain; charset=UTF-8";

    @Inject
    Letters letters;

    @Inject
    HomePage homePage;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({PDF, TEXT})
    @Operation(summary = "A GDPR objection letter to Meta as PDF/A-2 + PDF/UA-1, or as plain text",
            description = "Accept: application/pdf (default) or text/plain. Every invalid field is reported at once.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LetterRequest.class),
            examples = @ExampleObject(name = "third-party-data", value = LetterExample.JSON)))
    @APIResponse(responseCode = "200", description = "The letter (an attachment for PDF)",
            content = {@Content(mediaType = PDF), @Content(mediaType = "text/plain")})
    @APIResponse(responseCode = "400", ref = "#/components/responses/InvalidInput")
    @APIResponse(responseCode = "413", description = "The body is larger than 64 KB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response fromJson(byte[] body, @Context HttpHeaders headers) {
        return letter(LetterJson.read(body), wantsText(headers));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({PDF, TEXT, MediaType.TEXT_HTML})
    @Operation(summary = "The same letter from an HTML form (fields named like the JSON paths: person.name, items[0].location …)",
            description = "For the web page without JavaScript. A field format=text asks for plain text. Errors come back "
                    + "as the page with the errors next to the fields when the browser accepts HTML, else as problem+json.")
    @APIResponse(responseCode = "200", description = "The letter",
            content = {@Content(mediaType = PDF), @Content(mediaType = "text/plain")})
    @APIResponse(responseCode = "400", ref = "#/components/responses/InvalidInput")
    public Response fromForm(MultivaluedMap<String, String> form, @Context HttpHeaders headers,
                             @QueryParam("lang") String pageLanguage,
                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        FormLetter letter = LetterForms.read(form);
        boolean text = "text".equals(form.getFirst("format")) || (form.getFirst("format") == null && wantsText(headers));
        try {
            return letter(letter.request(), text);
        } catch (InvalidLetterException e) {
            List<InvalidParameter> errors = e.violations().stream().map(letter::inFormTerms).map(LettersResource::parameter).toList();
            if (headers.getAcceptableMediaTypes().stream().noneMatch(type -> type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType())) {
                throw new InvalidRequestException(errors);
            }
            String lang = homePage.language(pageLanguage, acceptLanguage);
            return Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .language(lang)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                    .entity(homePage.render(lang, form, errors))
                    .cacheControl(Caching.noStore())
                    .build();
        }
    }

    private Response letter(LetterRequest request, boolean text) {
        RenderedLetter letter = text ? letters.text(request) : letters.pdf(request);
        return Response.ok(letter.content(), letter.mediaType())
                .header("Content-Disposition", (text ? "inline" : "attachment") + "; filename=\"" + letter.fileName() + "\"")
                .cacheControl(Caching.noStore())
                .build();
    }

    /** Plain text only when the client prefers it to PDF; anything else (including a browser's Accept) gets the PDF. */
    private static boolean wantsText(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.TEXT_PLAIN_TYPE) && !type.isWildcardType() && !type.isWildcardSubtype()) {
                return true;
            }
            if (type.getType().equals("application") && type.getSubtype().equals("pdf")) {
                return false;
            }
        }
        return false;
    }

    static InvalidParameter parameter(Violation violation) {
        return new InvalidParameter(violation.field(), violation.message());
    }
}
