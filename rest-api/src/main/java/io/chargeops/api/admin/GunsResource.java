package io.chargeops.api.admin;

import io.chargeops.core.pile.GunCode;
import io.chargeops.core.pile.GunQrCodes;
import io.chargeops.core.pile.GunView;
import io.chargeops.core.pile.PileRegistry;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/admin/v1/guns}: a gun with its connector and live state, and its QR code. */
@Path("admin/v1/guns")
@Tag(name = "admin")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class GunsResource {

    @EJB
    PileRegistry piles;

    @EJB
    GunQrCodes qrCodes;

    @GET
    @Path("{gunCode}")
    @Operation(summary = "One gun", description = "400 for a malformed code, 404 for an unknown one")
    public GunView get(@PathParam("gunCode") String gunCode) {
        GunCode code;
        try {
            code = GunCode.parse(gunCode);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return piles.gun(code).orElseThrow(() -> new NotFoundException("No gun " + code));
    }

    @GET
    @Path("{gunCode}/qr-code")
    @Produces("image/png")
    @Operation(summary = "The gun's QR code as PNG",
            description = "Encodes chargeops.gun-qr.url-template with the gun code; 404 unknown-gun for a gun outside the caller's data scope")
    public Response qrCode(@PathParam("gunCode") String gunCode) {
        byte[] png = qrCodes.png(gunCode);
        return Response.ok(png, "image/png")
                .header("Content-Disposition", "attachment; filename=\"" + gunCode + ".png\"").build();
    }
}
