package eu.oppose.platform.boundary;

import eu.oppose.platform.entity.InvalidParameter;
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

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
