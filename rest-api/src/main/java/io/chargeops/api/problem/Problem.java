package io.chargeops.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** An RFC 7807 problem document (JSON-B leaves null members out). {@code type} stays {@code about:blank} unless a problem has its own page. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance"})
public record Problem(URI type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);
    /** Problem types of ChargeOps' own refusals are this plus a stable slug, e.g. {@code .../gun-offline}. */
    public static final String TYPE_BASE = "https://chargeops.io/problems/";

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem(URI.create("about:blank"), status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}
