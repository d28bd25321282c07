package eu.oppose.http.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The HTTP API lives under /api; the web page and the extension downloads are served at the root. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Oppose API", version = "1",
        description = "Steps to object to Meta's AI training on Facebook and Instagram, and GDPR objection letters. "
                + "The server keeps no record of what it is asked.",
        license = @License(name = "AGPL-3.0-or-later", url = "https://www.gnu.org/licenses/agpl-3.0.html")),
        components = @Components(responses = {
                @APIResponse(name = "InvalidInput", responseCode = "400",
                        description = "Some input is wrong: invalid-params names each field and how to fix it",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "NotFound", responseCode = "404",
                        description = "No such platform or flow",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "TooLarge", responseCode = "413",
                        description = "The body is larger than 64 KB",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        }))
public class OpposeApplication extends Application {
}
