package io.chargeops.api.admin;

import io.chargeops.api.admin.OpsRequests.StationEditRequest;
import io.chargeops.api.admin.OpsRequests.StationRequest;
import io.chargeops.api.problem.Problem;
import io.chargeops.core.RefusedException;
import io.chargeops.core.pile.GunQrCodes;
import io.chargeops.core.station.CoordinateSystem;
import io.chargeops.core.station.NewStation;
import io.chargeops.core.station.StationEdit;
import io.chargeops.core.station.StationService;
import io.chargeops.core.station.StationStatus;
import io.chargeops.core.station.StationType;
import io.chargeops.core.station.StationView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/admin/v1/stations}: open, list and edit stations, a station's gun QR codes. Translation only. */
@Path("admin/v1/stations")
@Tag(name = "admin", description = "Console and operations (HTTP Basic with a console account)")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class StationsResource {

    @EJB
    StationService stations;

    @EJB
    GunQrCodes qrCodes;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List stations", description = "All stations, or one merchant's")
    public List<StationView> list(@QueryParam("merchantId") Long merchantId) {
        return stations.list(merchantId);
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One station")
    @APIResponse(responseCode = "404", description = "No such station",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StationView get(@PathParam("id") long id) {
        return stations.find(id).orElseThrow(() -> new NotFoundException("No station " + id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a station",
            description = "201 with Location. 409 station-code-taken; 422 unknown-merchant, unknown-tariff.")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StationView.class)))
    public Response create(@NotNull @Valid StationRequest body) {
        Long merchantId = Operators.merchant(http, body.merchantId);
        StationView created = stations.create(new NewStation(merchantId, body.stationCode, body.name, body.address,
                body.provinceCode, body.cityCode, body.districtCode, body.longitude, body.latitude,
                CoordinateSystem.valueOf(body.coordinateSystem), StationType.valueOf(body.stationType),
                body.status == null ? null : StationStatus.valueOf(body.status), body.openingHours,
                body.servicePhone, body.parkingFeeNote, body.tariffTemplateId), Operators.actor(http));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a station",
            description = "Everything but its merchant and code; announced to partners as station info. 404 for a station "
                    + "outside the caller's data scope; 422 invalid-station.")
    public StationView update(@PathParam("id") long id, @NotNull @Valid StationEditRequest body) {
        return stations.update(id, new StationEdit(body.name, body.address, body.provinceCode, body.cityCode,
                body.districtCode, body.longitude, body.latitude, CoordinateSystem.valueOf(body.coordinateSystem),
                StationType.valueOf(body.stationType), StationStatus.valueOf(body.status), body.openingHours,
                body.servicePhone, body.parkingFeeNote, body.parkingSpaces, body.siteGuide), Operators.actor(http));
    }

    @GET
    @Path("{id: \\d+}/gun-qr-codes")
    @Produces("application/zip")
    @Operation(summary = "QR codes of every gun of the station",
            description = "A ZIP of <gunCode>.png; 404 no-guns when the caller's data scope sees no gun there")
    public Response gunQrCodes(@PathParam("id") long id) {
        if (qrCodes.gunCodesOf(id).isEmpty()) {
            throw new RefusedException(RefusedException.Kind.NOT_FOUND, "no-guns", "No guns you can see at station " + id);
        }
        StreamingOutput zip = out -> qrCodes.zip(id, out);
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"gun-qr-station-" + id + ".zip\"").build();
    }
}
