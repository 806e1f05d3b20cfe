package io.chargeops.api.admin;

import io.chargeops.core.identity.AppUsers;
import io.chargeops.core.wallet.LedgerLine;
import io.chargeops.core.wallet.WalletDrift;
import io.chargeops.core.wallet.WalletService;
import io.chargeops.core.wallet.WalletView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/admin/v1/wallets}: a user's wallet, its ledger, and the reconciliation of all wallets. Platform accounts
 * only: a wallet's ledger names orders at every merchant's stations.
 */
@Path("admin/v1/wallets")
@Tag(name = "admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WalletsResource {

    @EJB
    WalletService wallets;

    @EJB
    AppUsers users;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "The platform wallet of the app user with this phone number")
    public WalletView byUser(@QueryParam("userPhone") String userPhone) {
        Operators.platformOnly(request, "Wallets");
        if (userPhone == null || userPhone.isBlank()) {
            throw new BadRequestException("userPhone is required");
        }
        Long userId = users.activeUserId(userPhone).orElseThrow(() -> new NotFoundException("No app user " + userPhone));
        return wallets.personalWalletOf(userId).flatMap(wallets::view)
                .orElseThrow(() -> new NotFoundException("App user " + userPhone + " has no wallet"));
    }

    @GET
    @Path("{walletId: \\d+}")
    @Operation(summary = "One wallet")
    public WalletView get(@PathParam("walletId") long walletId) {
        Operators.platformOnly(request, "Wallets");
        return wallets.view(walletId).orElseThrow(() -> new NotFoundException("No wallet " + walletId));
    }

    @GET
    @Path("{walletId: \\d+}/ledger")
    @Operation(summary = "The wallet's ledger (every balance change), oldest first")
    public List<LedgerLine> ledger(@PathParam("walletId") long walletId) {
        Operators.platformOnly(request, "Wallets");
        if (wallets.view(walletId).isEmpty()) {
            throw new NotFoundException("No wallet " + walletId);
        }
        return wallets.ledgerLines(walletId);
    }

    @GET
    @Path("drifts")
    @Operation(summary = "Reconciliation: wallets whose balances differ from the sum of their ledger (expected: none)")
    public List<WalletDrift> drifts() {
        Operators.platformOnly(request, "Wallets");
        return wallets.drifts();
    }
}
