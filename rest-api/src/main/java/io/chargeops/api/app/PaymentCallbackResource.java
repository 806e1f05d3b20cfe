package io.chargeops.api.app;

import io.chargeops.api.problem.Problem;
import io.chargeops.core.payment.PaymentProvider;
import io.chargeops.core.payment.PaymentService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/app/v1/payments/callbacks/{provider}}: payment providers' notifications (WeChat Pay v3 JSON, Alipay
 * form, sandbox JSON). Public, trusted only after the provider's signature verifies; the raw body is what is verified.
 */
@Path("app/v1/payments/callbacks")
@Tag(name = "app")
@RequestScoped
public class PaymentCallbackResource {

    @EJB
    PaymentService payments;

    @POST
    @Path("{provider}")
    @Operation(summary = "Payment provider callback (server to server)",
            description = "Verified with the provider's signature; a paid recharge credits the wallet once, a repeated "
                    + "callback is acknowledged and changes nothing. Answers in the form the provider expects.")
    @APIResponse(responseCode = "200", description = "Processed (or already processed)")
    @APIResponse(responseCode = "400", description = "invalid-callback-signature",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "unknown-payment-provider, unknown-recharge",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "callback-amount-mismatch",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response callback(@PathParam("provider") String provider, @Context HttpHeaders headers, String body) {
        Map<String, String> flat = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                flat.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        if (headers.getMediaType() != null) {
            flat.put("content-type", headers.getMediaType().toString());
        }
        PaymentProvider.Acknowledgement ack = payments.callback(provider, new PaymentProvider.Callback(flat, body));
        return Response.status(ack.status()).type(ack.contentType()).entity(ack.body()).build();
    }
}
