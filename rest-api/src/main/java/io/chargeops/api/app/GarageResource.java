package io.chargeops.api.app;

import io.chargeops.api.problem.Problem;
import io.chargeops.core.account.Feedback;
import io.chargeops.core.account.FeedbackView;
import io.chargeops.core.account.Garage;
import io.chargeops.core.account.VehicleView;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/app/v1/vehicles} and {@code /api/app/v1/feedback}: the user's vehicles, feedback and appeals. */
@Path("app/v1")
@Tag(name = "app")
@AppSecured
@SecurityRequirement(name = AuthResource.BEARER)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GarageResource {

    @EJB
    Garage garage;

    @Inject
    AppCaller caller;

    @GET
    @Path("vehicles")
    @Operation(summary = "My vehicles")
    @APIResponse(responseCode = "200", description = "Vehicles", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = VehicleView.class)))
    public List<VehicleView> vehicles() {
        return garage.vehicles(caller.userId());
    }

    @POST
    @Path("vehicles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a vehicle (the first becomes the default)")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VehicleView.class)))
    @APIResponse(responseCode = "400", description = "Missing or too long fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "vehicle-exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "invalid-vehicle (plate or VIN), too-many-vehicles",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addVehicle(@NotNull(message = "a JSON body is required") @Valid AppRequests.VehicleRequest body) {
        return Response.status(Response.Status.CREATED).entity(garage.addVehicle(caller.userId(), body.plateNo, body.vin,
                body.model, Boolean.TRUE.equals(body.isDefault))).build();
    }

    @PUT
    @Path("vehicles/{vehicleId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a vehicle")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VehicleView.class)))
    @APIResponse(responseCode = "404", description = "unknown-vehicle (also another user's)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VehicleView updateVehicle(@PathParam("vehicleId") long vehicleId,
            @NotNull(message = "a JSON body is required") @Valid AppRequests.VehicleRequest body) {
        return garage.updateVehicle(caller.userId(), vehicleId, body.plateNo, body.vin, body.model,
                Boolean.TRUE.equals(body.isDefault));
    }

    @DELETE
    @Path("vehicles/{vehicleId}")
    @Operation(summary = "Remove a vehicle")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "unknown-vehicle (also another user's)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response removeVehicle(@PathParam("vehicleId") long vehicleId) {
        garage.removeVehicle(caller.userId(), vehicleId);
        return Response.noContent().build();
    }

    @GET
    @Path("feedback")
    @Operation(summary = "My feedback and appeals with their status and replies")
    @APIResponse(responseCode = "200", description = "Feedback", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = FeedbackView.class)))
    public List<FeedbackView> feedback() {
        return garage.feedback(caller.userId());
    }

    @POST
    @Path("feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send feedback, or appeal an occupancy fee or ask for a parking reduction on an order")
    @APIResponse(responseCode = "201", description = "Recorded (OPEN)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "order-required, unknown-order",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@NotNull(message = "a JSON body is required") @Valid AppRequests.FeedbackRequest body) {
        return Response.status(Response.Status.CREATED).entity(garage.submit(caller.userId(),
                Feedback.Category.valueOf(body.category), body.orderNo, body.content, body.contact)).build();
    }
}
