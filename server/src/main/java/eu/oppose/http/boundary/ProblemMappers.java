package eu.oppose.http.boundary;

import eu.oppose.http.entity.InvalidParameter;
import eu.oppose.http.entity.InvalidRequestException;
import eu.oppose.http.entity.UnknownResourceException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into {@code application/problem+json}. Nothing the client sent is logged: an unexpected
 * failure is logged by its type and a reference the client also gets, never with its message or input.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    @Provider
    public static class InvalidRequest implements ExceptionMapper<InvalidRequestException> {
        @Override
        public Response toResponse(InvalidRequestException e) {
            return invalidInput(e.parameters());
        }
    }

    /** 400 naming every input at fault; the detail repeats the reason when there is only one. */
    public static Response invalidInput(List<InvalidParameter> parameters) {
        String detail = parameters.size() == 1 ? parameters.getFirst().reason()
                : parameters.size() + " fields need fixing: see invalid-params.";
        return Problem.of(Response.Status.BAD_REQUEST, "invalid-input", detail, parameters).toResponse();
    }

    /** A header the runtime cannot parse (If-None-Match, Accept …) is the client's mistake, not ours. */
    @Provider
    public static class MalformedHeader implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.of(Response.Status.BAD_REQUEST, "malformed-header",
                    "A header of the request is malformed (If-None-Match, Accept or Content-Type). Send it as RFC 9110 describes, or leave it out.",
                    null).toResponse();
        }
    }

    @Provider
    public static class UnknownResource implements ExceptionMapper<UnknownResourceException> {
        @Override
        public Response toResponse(UnknownResourceException e) {
            return Problem.of(Response.Status.NOT_FOUND, "not-found", e.getMessage(),
                    List.of(new InvalidParameter(e.parameter(), e.getMessage()))).toResponse();
        }
    }

    /** JAX-RS's own answers (unknown path, wrong method, unsupported media type, too large …) as problems. */
    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
                return unexpected(e);
            }
            Response.ResponseBuilder response = Response.fromResponse(
                    Problem.forStatus(status).toResponse());
            e.getResponse().getHeaders().forEach((name, values) -> {
                if (name.equalsIgnoreCase("Allow")) {
                    values.forEach(value -> response.header(name, value));
                }
            });
            return response.build();
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            return unexpected(e);
        }
    }

    static Response unexpected(Throwable e) {
        String reference = UUID.randomUUID().toString();
        // Type and code location only: an exception's message may quote what the client sent.
        LOG.log(Level.SEVERE, () -> "Unexpected " + e.getClass().getName() + " (reference " + reference + ") at "
                + Arrays.stream(e.getStackTrace()).limit(8).map(StackTraceElement::toString).toList());
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "unexpected",
                "Something went wrong on our side. Nothing was kept. Reference: " + reference + ".", null).toResponse();
    }
}
