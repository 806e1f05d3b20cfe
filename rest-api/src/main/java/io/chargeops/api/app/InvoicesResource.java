package io.chargeops.api.app;

import io.chargeops.api.problem.Problem;
import io.chargeops.core.invoice.InvoiceRequest;
import io.chargeops.core.invoice.InvoiceService;
import io.chargeops.core.invoice.InvoiceView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/app/v1/invoices}: invoice requests over settled orders and their history. */
@Path("app/v1/invoices")
@Tag(name = "app")
@AppSecured
@SecurityRequirement(name = AuthResource.BEARER)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InvoicesResource {

    @EJB
    InvoiceService invoices;

    @Inject
    AppCaller caller;

    @GET
    @Operation(summary = "My invoice requests and their status")
    @APIResponse(responseCode = "200", description = "Invoice requests", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = InvoiceView.class)))
    public List<InvoiceView> list() {
        return invoices.invoices(caller.userId());
    }

    @GET
    @Path("invoiceable-orders")
    @Operation(summary = "My settled, paid orders no invoice covers yet")
    @APIResponse(responseCode = "200", description = "Orders", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = AppViews.Order.class)))
    public List<AppViews.Order> invoiceable() {
        return invoices.invoiceable(caller.userId()).stream().map(AppViews.Order::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Request an invoice over some of my settled orders",
            description = "Amount = what was paid for the orders. Personal or company title (company: tax number); "
                    + "the invoice goes to the e-mail address once issued.")
    @APIResponse(responseCode = "201", description = "Requested",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvoiceView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "order-already-invoiced",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "order-not-invoiceable, invalid-invoice-title",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response request(@NotNull(message = "a JSON body is required") @Valid AppRequests.InvoiceRequestBody body) {
        return Response.status(Response.Status.CREATED).entity(invoices.request(caller.userId(), body.orderNos,
                InvoiceRequest.TitleType.valueOf(body.titleType), body.title, body.taxNo, body.email)).build();
    }
}
