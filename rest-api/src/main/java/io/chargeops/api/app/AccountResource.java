package io.chargeops.api.app;

import io.chargeops.api.problem.Problem;
import io.chargeops.core.account.AccountService;
import io.chargeops.core.account.FeedbackView;
import io.chargeops.core.account.Garage;
import io.chargeops.core.account.VehicleView;
import io.chargeops.core.invoice.InvoiceService;
import io.chargeops.core.invoice.InvoiceView;
import io.chargeops.core.account.Profile;
import io.chargeops.core.account.SessionView;
import io.chargeops.core.charging.ChargingService;
import io.chargeops.core.payment.PaymentService;
import io.chargeops.core.payment.RechargeView;
import io.chargeops.core.payment.RefundView;
import io.chargeops.core.wallet.LedgerLine;
import io.chargeops.core.wallet.WalletService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/app/v1/me}: the signed-in user's account, logout, personal-data export and account deletion. */
@Path("app/v1/me")
@Tag(name = "app")
@AppSecured
@SecurityRequirement(name = AuthResource.BEARER)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @EJB
    AccountService accounts;

    @EJB
    WalletService wallets;

    @EJB
    ChargingService charging;

    @EJB
    PaymentService payments;

    @EJB
    Garage garage;

    @EJB
    InvoiceService invoices;

    @Inject
    AppCaller caller;

    /** Everything the platform holds about the user (PIPL access/portability). */
    @Schema(name = "PersonalData")
    public record PersonalData(Instant exportedAt, Profile profile, AppViews.Wallet wallet, List<LedgerLine> ledger,
                               List<AppViews.Order> orders, List<RechargeView> recharges, List<RefundView> refunds,
                               List<SessionView> sessions, List<VehicleView> vehicles, List<FeedbackView> feedback,
                               List<InvoiceView> invoices) {
    }

    @GET
    @Operation(summary = "My profile")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Profile.class)))
    @APIResponse(responseCode = "401", description = "No or invalid access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Profile profile() {
        return accounts.profile(caller.userId());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my nickname")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Profile.class)))
    @APIResponse(responseCode = "400", description = "Missing or too long nickname",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Profile update(@NotNull(message = "a JSON body is required") @Valid AppRequests.ProfileUpdate body) {
        return accounts.rename(caller.userId(), body.nickname);
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign out: revoke this session's refresh token (or every session)")
    @APIResponse(responseCode = "204", description = "Signed out (also when the token was already revoked)")
    @APIResponse(responseCode = "401", description = "No or invalid access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response logout(@NotNull(message = "a JSON body is required") @Valid AppRequests.LogoutRequest body) {
        accounts.logout(caller.userId(), body.refreshToken, Boolean.TRUE.equals(body.everywhere));
        return Response.noContent().build();
    }

    @GET
    @Path("export")
    @Operation(summary = "Export my personal data",
            description = "Profile, wallet and ledger, charging orders, recharges, refund requests and sessions (PIPL).")
    @APIResponse(responseCode = "200", description = "The data",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonalData.class)))
    public Response export() {
        Long userId = caller.userId();
        Profile profile = accounts.profile(userId);
        Long walletId = wallets.personalWalletOf(userId).orElse(null);
        PersonalData data = new PersonalData(Instant.now(), profile,
                walletId == null ? null : AppViews.Wallet.of(wallets.view(walletId).orElseThrow(), payments.refundable(userId)),
                walletId == null ? List.of() : wallets.ledgerLines(walletId),
                charging.listForUser(userId, null, 10_000).stream().map(AppViews.Order::of).toList(),
                payments.recharges(userId, 10_000), payments.refunds(userId), accounts.sessions(userId),
                garage.vehicles(userId), garage.feedback(userId), invoices.invoices(userId));
        return Response.ok(data).header("Content-Disposition", "attachment; filename=\"chargeops-personal-data.json\"").build();
    }

    @DELETE
    @Operation(summary = "Delete my account",
            description = "PIPL erasure: phone and nickname are anonymised, SMS codes forgotten, every session ended; orders "
                    + "and ledger are kept for accounting under the anonymous id. Refused (409 account-deletion-blocked) "
                    + "while an order is in progress, principal is left (request a refund first) or money is frozen.")
    @APIResponse(responseCode = "204", description = "Deleted; the access token stops working")
    @APIResponse(responseCode = "409", description = "account-deletion-blocked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete() {
        accounts.delete(caller.userId());
        return Response.noContent().build();
    }
}
