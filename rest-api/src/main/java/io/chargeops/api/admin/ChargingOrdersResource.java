package io.chargeops.api.admin;

import io.chargeops.api.problem.Problem;
import io.chargeops.core.charging.ChargingOrderView;
import io.chargeops.core.charging.ChargingService;
import io.chargeops.core.charging.LiveChart;
import io.chargeops.core.charging.OrderEventView;
import io.chargeops.core.charging.OrderState;
import io.chargeops.core.charging.StartChannel;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/admin/v1/charging-orders}: operators start and stop charges for a user, follow them live, and settle
 * abnormal orders by hand. Translation only; the rules are in {@link ChargingService}.
 */
@Path("admin/v1/charging-orders")
@Tag(name = "admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChargingOrdersResource {

    @EJB
    ChargingService charging;

    @Context
    SecurityContext security;

    /**
     * Body of a start. A class with public fields, not a record: Payara 6.2025.10's OpenAPI generator fails on
     * constraint annotations of constructor parameters (see {@link OpsRequests}).
     */
    public static class StartBody {
        @NotBlank
        @Pattern(regexp = "\\d{11}", message = "must be an 11-digit mobile number")
        public String userPhone;

        @NotBlank
        @Pattern(regexp = "\\d{16}", message = "must be a 16-digit gun code")
        public String gunCode;

        @NotNull
        @DecimalMin(value = "0.01")
        @Digits(integer = 8, fraction = 2)
        public BigDecimal prepayAmount;
    }

    /** Body of a manual settlement. */
    public static class ManualSettlementBody {
        @NotBlank
        @Size(max = 200)
        public String reason;

        @DecimalMin(value = "0.00")
        @Digits(integer = 8, fraction = 2)
        public BigDecimal amount;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a charge for an app user",
            description = "Freezes the prepay in the user's wallet and sends the remote start (0x34). The order is "
                    + "STARTING until the pile confirms; FAILED (prepay released) if it refuses or does not answer in 90 s.")
    @APIResponse(responseCode = "201", description = "Order created",
            content = @Content(schema = @Schema(implementation = ChargingOrderView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "unknown-gun, unknown-user", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "gun-offline, gun-faulted, gun-busy, no-tariff", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "insufficient-balance", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response start(@NotNull(message = "a JSON body is required") @Valid StartBody body, @Context UriInfo uri) {
        ChargingOrderView order = charging.start(new ChargingService.StartRequest(body.userPhone, body.gunCode,
                body.prepayAmount, StartChannel.CONSOLE, actor()));
        return Response.created(uri.getAbsolutePathBuilder().path(order.orderNo()).build()).entity(order).build();
    }

    @GET
    @Operation(summary = "Charging orders, newest first")
    public List<ChargingOrderView> list(@QueryParam("state") String state, @QueryParam("gunCode") String gunCode,
            @QueryParam("userPhone") String userPhone,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 500) {
            throw new BadRequestException("limit must be 1..500: " + limit);
        }
        return charging.list(OrderState.parse(state), gunCode, userPhone, limit);
    }

    @GET
    @Path("{orderNo}")
    @Operation(summary = "One charging order with its live figures and, once settled, its bill per TOU period")
    public ChargingOrderView get(@PathParam("orderNo") String orderNo) {
        return charging.find(OrderState.checkedOrderNo(orderNo))
                .orElseThrow(() -> new NotFoundException("No charging order " + orderNo));
    }

    @GET
    @Path("{orderNo}/live")
    @Operation(summary = "Live charging page: latest figures and the bounded history behind the chart")
    public LiveChart live(@PathParam("orderNo") String orderNo) {
        return charging.live(OrderState.checkedOrderNo(orderNo))
                .orElseThrow(() -> new NotFoundException("No charging order " + orderNo));
    }

    @GET
    @Path("{orderNo}/events")
    @Operation(summary = "The order's trail: pile frames, commands, timeouts, settlement and who did what")
    public List<OrderEventView> events(@PathParam("orderNo") String orderNo) {
        return charging.trail(OrderState.checkedOrderNo(orderNo));
    }

    @POST
    @Path("{orderNo}/stop")
    @Operation(summary = "Stop a charge (0x36)", description = "The order is STOPPING until the pile's transaction record settles it.")
    @APIResponse(responseCode = "202", description = "Stop sent")
    @APIResponse(responseCode = "409", description = "order-not-stoppable", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response stop(@PathParam("orderNo") String orderNo) {
        return Response.accepted(charging.stop(OrderState.checkedOrderNo(orderNo), actor())).build();
    }

    @POST
    @Path("{orderNo}/manual-settlement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Settle an ABNORMAL order by hand",
            description = "Amount defaults to what the pile last reported live; the operator and reason go on the order's trail.")
    @APIResponse(responseCode = "409", description = "order-not-abnormal", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ChargingOrderView settleManually(@PathParam("orderNo") String orderNo,
            @NotNull(message = "a JSON body is required") @Valid ManualSettlementBody body) {
        return charging.settleManually(OrderState.checkedOrderNo(orderNo), body.amount, body.reason, actor());
    }

    private String actor() {
        return security.getUserPrincipal() != null ? "console:" + security.getUserPrincipal().getName() : "console";
    }
}
