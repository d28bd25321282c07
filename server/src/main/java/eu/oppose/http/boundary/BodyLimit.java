package eu.oppose.http.boundary;

import eu.oppose.http.entity.InvalidParameter;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** No request body over 64 KB is read, whatever its Content-Length says: a letter is far smaller. */
@Provider
public class BodyLimit implements ContainerRequestFilter {

    public static final int MAX_BYTES = 64 * 1024;
    /** A too-large body of known length up to this size is read and dropped; a larger one is refused unread. */
    private static final int MAX_DRAINED = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity()) {
            return;
        }
        if (request.getLength() > MAX_DRAINED) {
            request.abortWith(tooLarge());
            return;
        }
        try (InputStream in = request.getEntityStream()) {
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                // Read the rest (up to a bound) so the client, still sending, gets the answer instead of a stall.
                in.readNBytes(Math.clamp(request.getLength() - body.length, 0, MAX_DRAINED));
                request.abortWith(tooLarge());
                return;
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        }
    }

    /** After a refusal the connection is closed: part of the body may still be on its way. */
    private static Response tooLarge() {
        return Response.fromResponse(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too-large",
                        "The request body is larger than 64 KB. A letter takes far less: shorten the longest fields.",
                        List.of(new InvalidParameter("body", "at most 64 KB"))).toResponse())
                .header("Connection", "close")
                .build();
    }
}
