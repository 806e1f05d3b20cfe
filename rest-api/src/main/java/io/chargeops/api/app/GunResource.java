package io.chargeops.api.app;

import io.chargeops.api.problem.Problem;
import io.chargeops.core.pile.GunCode;
import io.chargeops.core.pile.GunDirectory;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/app/v1/guns}: what the app shows after scanning a gun's QR code. Translation only. */
@Path("app/v1/guns")
@Tag(name = "app")
@RequestScoped
public class GunResource {

    @EJB
    GunDirectory guns;

    @GET
    @Path("{gunCode}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A gun's station and live state",
            description = "State reflects the pile's latest heartbeat and real-time data (within a second of the frame).")
    @APIResponse(responseCode = "200", description = "The gun",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GunStatus.class)))
    @APIResponse(responseCode = "400", description = "Not a gun code (16 digits, gun number 01..99)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No registered gun has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GunStatus gun(@Parameter(description = "Gun code from the QR code", example = "3201060000000101")
                         @PathParam("gunCode") String gunCode) {
        GunCode code;
        try {
            code = GunCode.parse(gunCode);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return guns.gun(code).map(GunStatus::of)
                .orElseThrow(() -> new NotFoundException("No gun " + code));
    }
}
