package io.chargeops.api.app;

import io.chargeops.api.problem.Problem;
import io.chargeops.core.finder.FinderViews;
import io.chargeops.core.finder.StationFinder;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
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

/** {@code /api/app/v1/guns}: what the app shows after scanning a gun's QR code. Public. Translation only. */
@Path("app/v1/guns")
@Tag(name = "app")
@RequestScoped
public class GunResource {

    @EJB
    StationFinder finder;

    @GET
    @Path("{gunCode}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolve a scanned gun code: gun, station, price now and whether it can start",
            description = "State reflects the pile's latest heartbeat and real-time data (within a second of the frame). "
                    + "blockedReason OFFLINE, FAULT, IN_USE or NO_TARIFF means a start would be refused; advice "
                    + "NOT_PLUGGED_IN asks to plug in first.")
    @APIResponse(responseCode = "200", description = "The gun",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FinderViews.ScannedGun.class)))
    @APIResponse(responseCode = "400", description = "invalid-gun-code: not 16 digits (pile code + gun number 01..99)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "unknown-gun",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FinderViews.ScannedGun gun(@Parameter(description = "Gun code from the QR code", example = "3201060000000101")
                                      @PathParam("gunCode") String gunCode) {
        return finder.scan(gunCode);
    }
}
