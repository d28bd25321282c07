package eu.oppose.http.boundary;

import eu.oppose.http.entity.InvalidParameter;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** An RFC 9457 problem detail; {@code invalid-params} names each input at fault and how to fix it. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "invalidParams"})
public record Problem(String type, String title, int status, String detail,
                      @JsonbProperty("invalid-params") List<InvalidParameter> invalidParams) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPES = "https://oppose.eu/problems/";

    public static Problem of(Response.StatusType status, String type, String detail, List<InvalidParameter> invalidParams) {
        return new Problem(TYPES + type, status.getReasonPhrase(), status.getStatusCode(), detail,
                invalidParams == null || invalidParams.isEmpty() ? null : invalidParams);
    }

    /** An answer of HTTP itself (unknown address, wrong method, unreadable request …), worded for people. */
    public static Problem forStatus(Response.StatusType status) {
        String detail = switch (status.getStatusCode()) {
            case 400 -> "The request could not be read: check its headers (Accept, Content-Type) and its encoding.";
            case 404 -> "There is nothing at this address. The guide is at /, the API is described at /openapi.";
            case 405 -> "This address does not accept that method. The API is described at /openapi.";
            case 406 -> "This address cannot answer in the media type asked for in Accept.";
            case 413 -> "The request body is too large.";
            case 415 -> "This address does not accept that Content-Type. Send JSON (application/json).";
            default -> "The request could not be handled as sent.";
        };
        return of(status, "http-" + status.getStatusCode(), detail, null);
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
