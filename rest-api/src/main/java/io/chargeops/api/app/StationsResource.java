package io.chargeops.api.app;

import io.chargeops.api.problem.Problem;
import io.chargeops.core.finder.Favourites;
import io.chargeops.core.finder.FinderViews;
import io.chargeops.core.finder.StationFinder;
import io.chargeops.core.station.CoordinateSystem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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

/**
 * {@code /api/app/v1/stations}: finding stations — nearby (distance order, paging), by keyword, in a map box — and a
 * station's page with today's prices and its guns' live state. Public: the app shows the map before sign-in.
 */
@Path("app/v1/stations")
@Tag(name = "app")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StationsResource {

    @EJB
    StationFinder finder;

    @EJB
    Favourites favourites;

    @EJB
    io.chargeops.core.finder.StationExtras extras;

    @Inject
    AppCaller caller;

    @Schema(name = "StationPage")
    public record StationPage(List<FinderViews.StationSummary> items, int page, int size, long total) {
    }

    @GET
    @Path("nearby")
    @Operation(summary = "Stations near a point, nearest first",
            description = "Operating stations within radiusKm of (lng, lat), with distance, guns fast/slow/free, the price now, "
                    + "the strongest pile, the parking fee type and whether open now. Filters: fast, slow, freeOnly (live "
                    + "gun state), minPowerKw, stationType, parkingFeeType, openNow; they combine.")
    @APIResponse(responseCode = "200", description = "A page of stations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StationPage.class)))
    @APIResponse(responseCode = "400", description = "Missing or out-of-range coordinates, radius, page or size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StationPage nearby(
            @Parameter(description = "longitude", example = "118.7785", required = true) @QueryParam("lng") Double lng,
            @Parameter(description = "latitude", example = "32.0662", required = true) @QueryParam("lat") Double lat,
            @Parameter(description = "GCJ02 (AMap, Tencent, WeChat) or WGS84 (GPS); also for the answer")
            @QueryParam("coordinateSystem") @DefaultValue("GCJ02") String system,
            @Parameter(description = "0.1..50 km") @QueryParam("radiusKm") @DefaultValue("10") double radiusKm,
            @Parameter(description = "name or address contains") @QueryParam("keyword") String keyword,
            @Parameter(description = "6-digit city code, e.g. 320100") @QueryParam("cityCode") String cityCode,
            @Parameter(description = "only stations with DC (fast) guns") @QueryParam("fast") @DefaultValue("false") boolean fast,
            @Parameter(description = "only stations with a free gun now") @QueryParam("freeOnly") @DefaultValue("false") boolean freeOnly,
            @Parameter(description = "1-based") @QueryParam("page") @DefaultValue("1") int page,
            @Parameter(description = "1..50") @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "only stations with AC (slow) guns") @QueryParam("slow") @DefaultValue("false") boolean slow,
            @Parameter(description = "only stations with a pile of at least this rated power (kW), 1..1000", example = "60")
            @QueryParam("minPowerKw") Double minPowerKw,
            @Parameter(description = "PUBLIC, DEDICATED or PRIVATE") @QueryParam("stationType") String stationType,
            @Parameter(description = "FREE, LIMITED_FREE (free for a while) or PAID, as the station's parking note says")
            @QueryParam("parkingFeeType") String parkingFeeType,
            @Parameter(description = "leave out stations whose opening hours say closed now")
            @QueryParam("openNow") @DefaultValue("false") boolean openNow) {
        if (minPowerKw != null && (minPowerKw < 1 || minPowerKw > 1000)) {
            throw new BadRequestException("minPowerKw must be 1..1000");
        }
        String type = blankToNull(stationType);
        if (type != null && !type.matches("PUBLIC|DEDICATED|PRIVATE")) {
            throw new BadRequestException("stationType must be PUBLIC, DEDICATED or PRIVATE: " + stationType);
        }
        String parking = blankToNull(parkingFeeType);
        if (parking != null && !parking.matches("FREE|LIMITED_FREE|PAID")) {
            throw new BadRequestException("parkingFeeType must be FREE, LIMITED_FREE or PAID: " + parkingFeeType);
        }
        if (lng == null || lat == null || lng < -180 || lng > 180 || lat < -90 || lat > 90) {
            throw new BadRequestException("lng (-180..180) and lat (-90..90) are required");
        }
        if (radiusKm < 0.1 || radiusKm > 50 || page < 1 || size < 1 || size > 50) {
            throw new BadRequestException("radiusKm must be 0.1..50, page >= 1, size 1..50");
        }
        checkText(keyword, 50, "keyword");
        if (cityCode != null && !cityCode.isBlank() && !cityCode.matches("\\d{6}")) {
            throw new BadRequestException("cityCode must have 6 digits: " + cityCode);
        }
        FinderViews.Page<FinderViews.StationSummary> result = finder.nearby(new StationFinder.Query(lng, lat,
                system(system), radiusKm, keyword, cityCode, fast, freeOnly, page, size, slow,
                minPowerKw == null ? null : java.math.BigDecimal.valueOf(minPowerKw), type, parking, openNow));
        return new StationPage(result.items(), result.page(), result.size(), result.total());
    }

    @GET
    @Operation(summary = "Stations by keyword, or inside a map box",
            description = "Either keyword (name or address contains), or the box minLng,minLat,maxLng,maxLat (optionally with keyword).")
    @APIResponse(responseCode = "200", description = "Stations", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = FinderViews.StationSummary.class)))
    @APIResponse(responseCode = "400", description = "Neither keyword nor a complete box, or a box out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<FinderViews.StationSummary> search(
            @QueryParam("keyword") String keyword, @QueryParam("cityCode") String cityCode,
            @QueryParam("minLng") Double minLng, @QueryParam("minLat") Double minLat,
            @QueryParam("maxLng") Double maxLng, @QueryParam("maxLat") Double maxLat,
            @QueryParam("coordinateSystem") @DefaultValue("GCJ02") String system,
            @Parameter(description = "1..200") @QueryParam("limit") @DefaultValue("50") int limit) {
        checkText(keyword, 50, "keyword");
        if (limit < 1 || limit > 200) {
            throw new BadRequestException("limit must be 1..200");
        }
        boolean box = minLng != null || minLat != null || maxLng != null || maxLat != null;
        if (box) {
            if (minLng == null || minLat == null || maxLng == null || maxLat == null || minLng > maxLng || minLat > maxLat
                    || minLng < -180 || maxLng > 180 || minLat < -90 || maxLat > 90 || maxLng - minLng > 5 || maxLat - minLat > 5) {
                throw new BadRequestException("A box needs minLng <= maxLng and minLat <= maxLat, at most 5 degrees wide");
            }
            return finder.inBox(minLng, minLat, maxLng, maxLat, system(system), keyword, limit);
        }
        if (keyword == null || keyword.isBlank()) {
            throw new BadRequestException("Give a keyword or a box (minLng, minLat, maxLng, maxLat)");
        }
        return finder.byKeyword(keyword, cityCode, system(system), limit);
    }

    @GET
    @Path("{stationId}")
    @Operation(summary = "A station's page: address and position, hours, parking, today's price table, guns with live state")
    @APIResponse(responseCode = "200", description = "The station",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FinderViews.StationDetail.class)))
    @APIResponse(responseCode = "404", description = "unknown-station",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FinderViews.StationDetail station(@PathParam("stationId") long stationId,
            @QueryParam("coordinateSystem") @DefaultValue("GCJ02") String system) {
        return finder.detail(stationId, system(system));
    }

    @GET
    @Path("favourites")
    @AppSecured
    @SecurityRequirement(name = AuthResource.BEARER)
    @Operation(summary = "My favourite stations, latest first")
    @APIResponse(responseCode = "200", description = "Stations", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = FinderViews.StationSummary.class)))
    @APIResponse(responseCode = "401", description = "No or invalid access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<FinderViews.StationSummary> favourites(@QueryParam("coordinateSystem") @DefaultValue("GCJ02") String system) {
        return favourites.favourites(caller.userId(), system(system));
    }

    @GET
    @Path("frequent")
    @AppSecured
    @SecurityRequirement(name = AuthResource.BEARER)
    @Operation(summary = "Stations I charge at most (常用电站)")
    @APIResponse(responseCode = "200", description = "Stations", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = FinderViews.StationSummary.class)))
    public List<FinderViews.StationSummary> frequent(@QueryParam("coordinateSystem") @DefaultValue("GCJ02") String system) {
        return favourites.frequent(caller.userId(), system(system), 10);
    }

    @PUT
    @Path("{stationId}/favourite")
    @AppSecured
    @SecurityRequirement(name = AuthResource.BEARER)
    @Operation(summary = "Mark a station as favourite (idempotent)")
    @APIResponse(responseCode = "204", description = "Marked")
    @APIResponse(responseCode = "404", description = "unknown-station",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response favourite(@PathParam("stationId") long stationId) {
        favourites.add(caller.userId(), stationId);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{stationId}/favourite")
    @AppSecured
    @SecurityRequirement(name = AuthResource.BEARER)
    @Operation(summary = "Unmark a favourite station (idempotent)")
    @APIResponse(responseCode = "204", description = "Unmarked")
    public Response unfavourite(@PathParam("stationId") long stationId) {
        favourites.remove(caller.userId(), stationId);
        return Response.noContent().build();
    }

    @GET
    @Path("{stationId}/comments")
    @Operation(summary = "Drivers' comments on a station, newest first")
    @APIResponse(responseCode = "200", description = "Comments", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = FinderViews.Comment.class)))
    @APIResponse(responseCode = "400", description = "page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<FinderViews.Comment> comments(@PathParam("stationId") long stationId,
            @Parameter(description = "1-based") @QueryParam("page") @DefaultValue("1") int page,
            @Parameter(description = "1..50") @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 1 || size < 1 || size > 50) {
            throw new BadRequestException("page >= 1, size 1..50");
        }
        return extras.comments(stationId, (page - 1) * size, size);
    }

    @POST
    @Path("{stationId}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @AppSecured
    @SecurityRequirement(name = AuthResource.BEARER)
    @Operation(summary = "Comment on a station where one has charged: rating 1..5 and text")
    @APIResponse(responseCode = "201", description = "Comment added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FinderViews.Comment.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "unknown-station",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "comment-requires-charge (no settled order of one's own at the station)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response comment(@PathParam("stationId") long stationId,
                            @NotNull(message = "a JSON body is required") @Valid AppRequests.CommentRequest body) {
        return Response.status(Response.Status.CREATED)
                .entity(extras.comment(caller.userId(), stationId, body.rating, body.content)).build();
    }

    private static CoordinateSystem system(String s) {
        try {
            return CoordinateSystem.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadRequestException("coordinateSystem must be GCJ02 or WGS84: " + s);
        }
    }

    private static void checkText(String text, int max, String name) {
        if (text != null && text.length() > max) {
            throw new BadRequestException(name + " has at most " + max + " characters");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
