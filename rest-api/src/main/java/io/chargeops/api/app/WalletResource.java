package io.chargeops.api.app;

import io.chargeops.api.problem.Problem;
import io.chargeops.core.payment.PaymentProviders;
import io.chargeops.core.payment.PaymentService;
import io.chargeops.core.payment.RechargeView;
import io.chargeops.core.payment.RefundView;
import io.chargeops.core.wallet.LedgerEntryType;
import io.chargeops.core.wallet.LedgerLine;
import io.chargeops.core.wallet.WalletService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/app/v1/wallet}: balance, ledger (账单), recharges and refund requests of the signed-in user. */
@Path("app/v1/wallet")
@Tag(name = "app")
@AppSecured
@SecurityRequirement(name = AuthResource.BEARER)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WalletResource {

    @EJB
    WalletService wallets;

    @EJB
    PaymentService payments;

    @Inject
    PaymentProviders providers;

    @Inject
    AppCaller caller;

    @GET
    @Operation(summary = "My wallet: balance, principal, gift, frozen, available, refundable")
    @APIResponse(responseCode = "200", description = "The wallet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppViews.Wallet.class)))
    @APIResponse(responseCode = "401", description = "No or invalid access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AppViews.Wallet wallet() {
        Long userId = caller.userId();
        return AppViews.Wallet.of(wallets.view(walletId(userId)).orElseThrow(), payments.refundable(userId));
    }

    @GET
    @Path("ledger")
    @Operation(summary = "My ledger (账单), newest first, with filters and paging")
    @APIResponse(responseCode = "200", description = "A page of entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppViews.LedgerPage.class)))
    @APIResponse(responseCode = "400", description = "Unknown type, bad time, page/size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AppViews.LedgerPage ledger(
            @Parameter(description = "TOP_UP, CHARGE_DEBIT, REFUND, ADJUSTMENT, FREEZE, UNFREEZE") @QueryParam("type") String type,
            @Parameter(description = "ISO-8601 instant, inclusive", example = "2026-01-01T00:00:00Z") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant, exclusive") @QueryParam("to") String to,
            @Parameter(description = "1-based") @QueryParam("page") @DefaultValue("1") int page,
            @Parameter(description = "1..100") @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 1 || size < 1 || size > 100) {
            throw new BadRequestException("page must be >= 1 and size 1..100");
        }
        LedgerEntryType t = null;
        if (type != null && !type.isBlank()) {
            try {
                t = LedgerEntryType.valueOf(type.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("Unknown entry type " + type + "; one of " + List.of(LedgerEntryType.values()));
            }
        }
        Instant f = instant(from, "from");
        Instant u = instant(to, "to");
        LedgerEntryType wanted = t;
        List<LedgerLine> lines = wallets.ledgerLines(walletId(caller.userId())).stream()
                .filter(l -> wanted == null || l.type() == wanted)
                .filter(l -> f == null || !l.at().isBefore(f))
                .filter(l -> u == null || l.at().isBefore(u))
                .sorted(Comparator.comparing(LedgerLine::id).reversed())
                .toList();
        int start = Math.min((page - 1) * size, lines.size());
        return new AppViews.LedgerPage(lines.subList(start, Math.min(start + size, lines.size())), page, size, lines.size());
    }

    @GET
    @Path("recharge-options")
    @Operation(summary = "Quick amounts, limits and the payment providers I may use")
    @APIResponse(responseCode = "200", description = "Options",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppViews.RechargeOptions.class)))
    public AppViews.RechargeOptions rechargeOptions() {
        return new AppViews.RechargeOptions(PaymentService.QUICK_AMOUNTS, new BigDecimal("0.01"), new BigDecimal("50000.00"),
                providers.enabledNames());
    }

    @POST
    @Path("recharges")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recharge (my wallet or another user's)",
            description = "Creates the recharge and opens the payment with the provider; `payment` holds what the app hands "
                    + "the provider's SDK. The wallet is credited when the provider's verified callback arrives, once.")
    @APIResponse(responseCode = "201", description = "Recharge created, waiting for payment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RechargeView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "invalid-recharge-amount, unknown-payment-provider, unknown-beneficiary",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recharge(@NotNull(message = "a JSON body is required") @Valid AppRequests.RechargeRequest body) {
        RechargeView created = payments.createRecharge(caller.userId(), body.amount, body.provider, body.beneficiaryPhone,
                caller.remoteAddress(), body.payerOpenId);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("recharges")
    @Operation(summary = "My recharges, newest first")
    @APIResponse(responseCode = "200", description = "Recharges", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = RechargeView.class)))
    public List<RechargeView> recharges() {
        return payments.recharges(caller.userId(), 100);
    }

    @GET
    @Path("recharges/{orderNo}")
    @Operation(summary = "One of my recharges (to follow its payment)")
    @APIResponse(responseCode = "200", description = "The recharge",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RechargeView.class)))
    @APIResponse(responseCode = "404", description = "unknown-recharge (also another user's)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RechargeView recharge(@PathParam("orderNo") String orderNo) {
        return payments.recharge(caller.userId(), orderNo);
    }

    @POST
    @Path("refund-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for online-recharged principal back",
            description = "The amount (default: all refundable) is frozen until an operator approves or rejects it. Gift "
                    + "money and recharges made by a merchant or another user are not refundable by the user.")
    @APIResponse(responseCode = "201", description = "Request recorded (PENDING)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RefundView.class)))
    @APIResponse(responseCode = "400", description = "Malformed amount",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "refund-exceeds-refundable, invalid-refund-amount",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response requestRefund(@NotNull(message = "a JSON body is required") @Valid AppRequests.RefundRequestBody body) {
        return Response.status(Response.Status.CREATED)
                .entity(payments.requestRefund(caller.userId(), body.amount, body.reason)).build();
    }

    @GET
    @Path("refund-requests")
    @Operation(summary = "My refund requests and their status")
    @APIResponse(responseCode = "200", description = "Requests", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = RefundView.class)))
    public List<RefundView> refunds() {
        return payments.refunds(caller.userId());
    }

    private Long walletId(Long userId) {
        return wallets.personalWalletOf(userId).orElseThrow(() -> new NotFoundException("No wallet"));
    }

    private static Instant instant(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be an ISO-8601 instant, e.g. 2026-01-01T00:00:00Z: " + text);
        }
    }
}
