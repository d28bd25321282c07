package eu.oppose.guide.boundary;

import eu.oppose.guide.control.GuideCatalog;
import eu.oppose.guide.control.Languages;
import eu.oppose.guide.entity.PlatformSummary;
import eu.oppose.http.boundary.Caching;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("v1/platforms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "guide")
public class PlatformsResource {

    @Inject
    GuideCatalog catalog;

    @Inject
    Languages languages;

    @GET
    @Operation(summary = "The platforms, their hosts and flows, and the supported languages")
    @APIResponse(responseCode = "200", description = "Platforms and flows; flow names in the chosen language",
            content = @Content(schema = @Schema(implementation = PlatformSummary.class)))
    @APIResponse(responseCode = "400", ref = "#/components/responses/InvalidInput")
    public Response platforms(
            @Parameter(description = "Language of the flow names ({languages}); else Accept-Language, else {fallbackLanguage}")
            @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String chosen = languages.choose(lang, acceptLanguage);
        return Caching.inLanguage(Response.ok(catalog.platforms(chosen)), chosen, Caching.guideData()).build();
    }
}
