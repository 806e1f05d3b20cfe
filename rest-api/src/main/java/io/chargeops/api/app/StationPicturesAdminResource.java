package io.chargeops.api.app;

import io.chargeops.core.finder.FinderViews;
import io.chargeops.core.finder.StationExtras;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/admin/v1/app-content/stations/{stationId}/pictures}: the pictures the app shows on a station's page, for
 * stations the console account's data scope sees (another merchant's station is 404).
 */
@Path("admin/v1/app-content/stations/{stationId: \\d+}/pictures")
@Tag(name = "admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StationPicturesAdminResource {

    @EJB
    StationExtras extras;

    @Schema(name = "StationPictureRequest")
    public static class PictureRequest {
        @Schema(required = true, example = "https://cdn.example.cn/stations/1/entrance.jpg") public String url;
        @Schema(example = "入口") public String caption;
        @Schema(description = "ascending display order, default 0") public Integer sortNo;
    }

    @GET
    @Operation(summary = "A station's pictures in display order")
    public List<FinderViews.Picture> list(@PathParam("stationId") long stationId) {
        return extras.pictures(stationId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a picture (an http(s) URL the app loads)")
    public Response add(@PathParam("stationId") long stationId,
                        @NotNull(message = "a JSON body is required") @Valid PictureRequest body) {
        return Response.status(Response.Status.CREATED).entity(extras.addPicture(stationId, body.url, body.caption,
                body.sortNo == null ? 0 : body.sortNo)).build();
    }

    @DELETE
    @Path("{pictureId: \\d+}")
    @Operation(summary = "Remove a picture")
    public Response remove(@PathParam("stationId") long stationId, @PathParam("pictureId") long pictureId) {
        extras.removePicture(stationId, pictureId);
        return Response.noContent().build();
    }
}
