package io.chargeops.api.admin;

import io.chargeops.core.charging.ChargingCredential;
import io.chargeops.core.charging.ChargingService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/admin/v1/charging-credentials}: cards and vehicles (VIN) that may start a charge at the pile (0x31). */
@Path("admin/v1/charging-credentials")
@Tag(name = "admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChargingCredentialsResource {

    @EJB
    ChargingService charging;

    @Context
    HttpServletRequest request;

    /** {@code kind} CARD (16 hex digits, the physical card number) or VIN (17 characters); see {@link OpsRequests} on classes. */
    public static class CredentialBody {
        @NotBlank
        @Pattern(regexp = "(?i)CARD|VIN")
        public String kind;

        @NotBlank
        @Pattern(regexp = "[0-9A-Fa-f]{16}|[A-HJ-NPR-Z0-9]{17}", message = "must be a 16-hex-digit card number or a 17-character VIN")
        public String credential;

        @NotBlank
        @Pattern(regexp = "\\d{11}")
        public String userPhone;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bind a charging card or a vehicle to an app user's wallet")
    public Response bind(@NotNull(message = "a JSON body is required") @Valid CredentialBody body) {
        // a card bound to a driver's platform wallet charges that wallet at any pile: not a merchant's to do
        Operators.platformOnly(request, "Charging credentials");
        ChargingCredential.Kind kind = ChargingCredential.Kind.valueOf(body.kind.toUpperCase(Locale.ROOT));
        boolean card = body.credential.length() == 16;
        if (card != (kind == ChargingCredential.Kind.CARD)) {
            throw new BadRequestException("A CARD has a 16-hex-digit number, a VIN 17 characters");
        }
        String value = card ? body.credential.toUpperCase(Locale.ROOT) : body.credential;
        Long id = charging.bindCredential(kind, value, body.userPhone);
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("id", id, "kind", kind.name(), "credential", value, "userPhone", body.userPhone)).build();
    }
}
