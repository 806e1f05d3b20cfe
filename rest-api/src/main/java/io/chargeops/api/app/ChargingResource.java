package io.chargeops.api.app;

import io.chargeops.api.problem.Problem;
import io.chargeops.core.account.DriverCharging;
import io.chargeops.core.charging.ChargingOrderView;
import io.chargeops.core.charging.OrderState;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/app/v1/charging-orders}: the signed-in user's charges — start, live page, stop, in-progress and past
 * orders with their bill per TOU period. Another user's order is answered as unknown (404).
 */
@Path("app/v1/charging-orders")
@Tag(name = "app")
@AppSecured
@SecurityRequirement(name = AuthResource.BEARER)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChargingResource {

    @EJB
    DriverCharging charging;

    @Inject
    AppCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start charging on a gun",
            description = "Freezes the prepay (default: the whole available balance) and sends the remote start. The order "
                    + "is STARTING until the pile confirms (CHARGING), FAILED if it refuses or does not answer in 90 s.")
    @APIResponse(responseCode = "201", description = "Order created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppViews.Order.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "unknown-gun",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "gun-offline, gun-faulted, gun-busy, no-tariff",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "insufficient-balance, invalid-prepay",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(@NotNull(message = "a JSON body is required") @Valid AppRequests.StartRequest body,
                          @Context UriInfo uri) {
        ChargingOrderView order = charging.start(caller.userId(), body.gunCode, body.prepayAmount);
        return Response.created(uri.getAbsolutePathBuilder().path(order.orderNo()).build())
                .entity(AppViews.Order.of(order)).build();
    }

    @GET
    @Operation(summary = "My charging orders, newest first",
            description = "inProgress=true: only orders holding a gun (STARTING, CHARGING, STOPPING); several may run at once.")
    @APIResponse(responseCode = "200", description = "Orders", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = AppViews.Order.class)))
    @APIResponse(responseCode = "400", description = "Unknown state or limit outside 1..200",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AppViews.Order> list(
            @Parameter(description = "STARTING, CHARGING, STOPPING, SETTLED, FAILED, ABNORMAL") @QueryParam("state") String state,
            @Parameter(description = "only orders in progress") @QueryParam("inProgress") @DefaultValue("false") boolean inProgress,
            @Parameter(description = "1..200") @QueryParam("limit") @DefaultValue("20") int limit) {
        if (limit < 1 || limit > 200) {
            throw new BadRequestException("limit must be 1..200: " + limit);
        }
        return charging.orders(caller.userId(), OrderState.parse(state), inProgress, limit).stream().map(AppViews.Order::of).toList();
    }

    @GET
    @Path("{orderNo}")
    @Operation(summary = "One of my orders, with its bill per TOU period once settled")
    @APIResponse(responseCode = "200", description = "The order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppViews.Order.class)))
    @APIResponse(responseCode = "400", description = "Not a 32-digit order number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "unknown-order (also another user's)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AppViews.Order get(@PathParam("orderNo") String orderNo) {
        return AppViews.Order.of(charging.order(caller.userId(), OrderState.checkedOrderNo(orderNo)));
    }

    @GET
    @Path("{orderNo}/live")
    @Operation(summary = "Live charging page: SOC, power, kWh, amount, time and the chart's history")
    @APIResponse(responseCode = "200", description = "Live data",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppViews.Live.class)))
    @APIResponse(responseCode = "404", description = "unknown-order (also another user's)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AppViews.Live live(@PathParam("orderNo") String orderNo) {
        return AppViews.Live.of(charging.live(caller.userId(), OrderState.checkedOrderNo(orderNo)));
    }

    @POST
    @Path("{orderNo}/continuation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Continue charging (继续充电) after a finished order, on the same gun",
            description = "A new order for the same user on the gun of this SETTLED order, allowed while the car is still "
                    + "plugged in (the gun reports OCCUPIED) and nobody has started on the gun since. Body as for a start "
                    + "without gunCode: an optional prepayAmount (default the whole available balance).")
    @APIResponse(responseCode = "201", description = "New order created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppViews.Order.class)))
    @APIResponse(responseCode = "400", description = "Malformed order number or prepay",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "unknown-order (also another user's)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "order-not-continuable, gun-not-plugged, gun-offline, gun-faulted, gun-busy, no-tariff",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "insufficient-balance, invalid-prepay",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response continueCharging(@PathParam("orderNo") String orderNo, @Valid AppRequests.ContinueRequest body,
                                     @Context UriInfo uri) {
        ChargingOrderView order = charging.continueCharging(caller.userId(), OrderState.checkedOrderNo(orderNo),
                body == null ? null : body.prepayAmount);
        return Response.created(uri.getBaseUriBuilder().path(ChargingResource.class).path(order.orderNo()).build())
                .entity(AppViews.Order.of(order)).build();
    }

    @POST
    @Path("{orderNo}/stop")
    @Operation(summary = "Stop charging", description = "The order is STOPPING until the pile's transaction record settles it.")
    @APIResponse(responseCode = "202", description = "Stop sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppViews.Order.class)))
    @APIResponse(responseCode = "404", description = "unknown-order (also another user's)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "order-not-stoppable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response stop(@PathParam("orderNo") String orderNo) {
        return Response.accepted(AppViews.Order.of(charging.stop(caller.userId(), OrderState.checkedOrderNo(orderNo)))).build();
    }
}
