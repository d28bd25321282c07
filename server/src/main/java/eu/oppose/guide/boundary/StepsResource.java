package eu.oppose.guide.boundary;

import eu.oppose.guide.control.Languages;
import eu.oppose.guide.control.StepResolver;
import eu.oppose.guide.entity.CurrentStep;
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
@Path("v1/steps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "guide")
public class StepsResource {

    @Inject
    StepResolver resolver;

    @Inject
    Languages languages;

    @GET
    @Path("current")
    @Operation(summary = "The step for the page the person is on",
            description = "Only the address's scheme, host and path are used; query and fragment are dropped first. "
                    + "Nothing about the request is kept or logged.")
    @APIResponse(responseCode = "200", description = "The step; matched=false means the page is off the flow and the "
            + "step is the flow's entry step", content = @Content(schema = @Schema(implementation = CurrentStep.class)))
    @APIResponse(responseCode = "400", ref = "#/components/responses/InvalidInput")
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    public Response current(
            @Parameter(description = "The page's address (at most 2,048 characters); scheme, host and path suffice",
                    required = true, example = "https://www.instagram.com/accounts/edit/") @QueryParam("url") String url,
            @Parameter(description = "Language ({languages}); else Accept-Language, else {fallbackLanguage}", example = "de")
            @QueryParam("lang") String lang,
            @Parameter(description = "own-data (default) or third-party-data", example = "own-data")
            @QueryParam("flow") String flow,
            @Parameter(description = "The guided session's platform; defaults to the platform of the address",
                    example = "instagram") @QueryParam("platform") String platform,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String chosen = languages.choose(lang, acceptLanguage);
        return Caching.inLanguage(Response.ok(resolver.resolve(url, platform, flow, chosen).json()), chosen,
                Caching.noStore()).build();
    }
}
