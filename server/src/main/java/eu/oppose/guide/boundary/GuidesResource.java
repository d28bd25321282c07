package eu.oppose.guide.boundary;

import eu.oppose.guide.control.GuideCatalog;
import eu.oppose.guide.control.GuideCatalog.TaggedGuide;
import eu.oppose.guide.control.Languages;
import eu.oppose.guide.entity.LocalizedGuide;
import eu.oppose.http.boundary.Caching;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("v1/guides")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "guide")
public class GuidesResource {

    @Inject
    GuideCatalog catalog;

    @Inject
    Languages languages;

    @GET
    @Path("{platform}/{flow}")
    @Operation(summary = "A whole flow in one language: steps, locators, texts and the official form's address",
            description = "Cacheable: answers 304 to If-None-Match with the current ETag.")
    @APIResponse(responseCode = "200", description = "The flow",
            content = @Content(schema = @Schema(implementation = LocalizedGuide.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", ref = "#/components/responses/InvalidInput")
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    public Response guide(
            @Parameter(description = "instagram or facebook", required = true, example = "instagram") @PathParam("platform") String platform,
            @Parameter(description = "own-data or third-party-data", required = true, example = "own-data") @PathParam("flow") String flow,
            @Parameter(description = "Language ({languages}); else Accept-Language, else {fallbackLanguage}", example = "fr")
            @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context Request request) {
        String chosen = languages.choose(lang, acceptLanguage);
        TaggedGuide guide = catalog.guide(platform, flow, chosen);
        EntityTag etag = new EntityTag(guide.etag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        Response.ResponseBuilder response = notModified != null ? notModified : Response.ok(guide.json());
        return Caching.inLanguage(response.tag(etag), chosen, Caching.guideData()).build();
    }
}
