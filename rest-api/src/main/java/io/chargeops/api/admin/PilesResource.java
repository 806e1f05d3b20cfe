package io.chargeops.api.admin;

import io.chargeops.api.admin.OpsRequests.GroundLockCommand;
import io.chargeops.api.admin.OpsRequests.GunCommand;
import io.chargeops.api.admin.OpsRequests.GunRequest;
import io.chargeops.api.admin.OpsRequests.OnboardingRequest;
import io.chargeops.api.admin.OpsRequests.ParametersCommand;
import io.chargeops.api.admin.OpsRequests.PileRequest;
import io.chargeops.api.admin.OpsRequests.RebootCommand;
import io.chargeops.api.admin.OpsRequests.UpdateCommand;
import io.chargeops.core.pile.ConnectorType;
import io.chargeops.core.pile.NewPile;
import io.chargeops.core.pile.PileCommandLog;
import io.chargeops.core.pile.PileCommandOutcome;
import io.chargeops.core.pile.PileCommandView;
import io.chargeops.core.pile.PileOperations;
import io.chargeops.core.pile.PileRegistry;
import io.chargeops.core.pile.PileStatus;
import io.chargeops.core.pile.PileType;
import io.chargeops.core.pile.PileView;
import io.chargeops.core.tariff.TariffIssueView;
import io.chargeops.core.tariff.TariffIssues;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/admin/v1/piles}: register piles, onboard free piles (游离电桩), send pile operations and read the
 * command log. Commands answer 200 with the pile's answer; offline 409 {@code pile-offline}, silent 504
 * {@code pile-no-answer} — recorded in the command log either way.
 */
@Path("admin/v1/piles")
@Tag(name = "admin")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class PilesResource {

    static final String CODE = "\\d{14}";

    @EJB
    PileRegistry piles;

    @EJB
    PileOperations operations;

    @EJB
    PileCommandLog commandLog;

    @EJB
    TariffIssues tariffIssues;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List piles", description = "Optionally of one station and/or in one status (FREE, ACTIVE, DISABLED)")
    public List<PileView> list(@QueryParam("stationId") Long stationId,
                               @QueryParam("status") @Pattern(regexp = "FREE|ACTIVE|DISABLED") String status) {
        return piles.list(stationId, status == null ? null : PileStatus.valueOf(status));
    }

    @GET
    @Path("free")
    @Operation(summary = "Free piles (游离电桩)", description = "Unknown piles that logged in and wait for onboarding, newest login first")
    public List<PileView> free() {
        return piles.freePiles();
    }

    @GET
    @Path("{pileCode}")
    @Operation(summary = "One pile with its guns")
    public PileView get(@PathParam("pileCode") @Pattern(regexp = CODE) String pileCode) {
        return piles.pile(pileCode).orElseThrow(() -> new NotFoundException("No pile " + pileCode));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a pile at a station",
            description = "201 with Location; ACTIVE at once. 409 pile-exists / pile-is-free; 422 unknown-station, no-tariff, unknown-tariff, invalid-pile.")
    public Response create(@NotNull @Valid PileRequest body) {
        PileView created = piles.register(new NewPile(body.pileCode, body.stationId, PileType.valueOf(body.pileType),
                body.gunCount, body.ratedPowerKw, body.manufacturer, body.model, body.tariffTemplateId,
                guns(body.guns)), Operators.actor(http));
        return Response.created(uri.getAbsolutePathBuilder().path(created.pileCode()).build()).entity(created).build();
    }

    @POST
    @Path("{pileCode}/onboarding")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Onboard a free pile (上线)",
            description = "Binds it to a station and tariff, creates its guns, makes it ACTIVE: its next login is accepted. "
                    + "404 unknown-pile; 409 pile-not-free; 422 unknown-station, no-tariff, unknown-tariff, invalid-pile.")
    public PileView onboard(@PathParam("pileCode") @Pattern(regexp = CODE) String pileCode,
                            @NotNull @Valid OnboardingRequest body) {
        return piles.onboard(pileCode, new NewPile(pileCode, body.stationId, null, null, body.ratedPowerKw,
                body.manufacturer, body.model, body.tariffTemplateId, guns(body.guns)), Operators.actor(http));
    }

    @GET
    @Path("{pileCode}/commands")
    @Operation(summary = "The pile's command log (远程指令记录)", description = "Newest first: what was sent, by whom, what the pile answered")
    public List<PileCommandView> commands(@PathParam("pileCode") @Pattern(regexp = CODE) String pileCode,
                                          @QueryParam("limit") @DefaultValue("50") int limit) {
        // checked here, not with @Min/@Max: Payara's OpenAPI generator fails on those for non-path parameters
        if (limit < 1 || limit > 500) {
            throw new BadRequestException("limit must be 1..500: " + limit);
        }
        return commandLog.history(pileCode, limit);
    }

    @POST
    @Path("{pileCode}/commands/reboot")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remote reboot (0x92)")
    public PileCommandOutcome reboot(@PathParam("pileCode") @Pattern(regexp = CODE) String pileCode,
                                     @Valid RebootCommand body) {
        return operations.reboot(pileCode, body != null && "WHEN_IDLE".equals(body.execution), Operators.actor(http));
    }

    @POST
    @Path("{pileCode}/commands/update")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remote firmware update over FTP (0x94)",
            description = "Waits for the pile's outcome (up to the download timeout); the FTP password is not logged")
    public PileCommandOutcome update(@PathParam("pileCode") @Pattern(regexp = CODE) String pileCode,
                                     @NotNull @Valid UpdateCommand body) {
        return operations.update(pileCode, new PileOperations.UpdateOrder(body.powerKw, body.serverAddress,
                body.serverPort, body.username, body.password, body.filePath, "WHEN_IDLE".equals(body.execution),
                body.downloadTimeoutMinutes), Operators.actor(http));
    }

    @POST
    @Path("{pileCode}/commands/parameters")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Working parameters (0x52): allow or lock the pile, cap its output (30..100 %)")
    public PileCommandOutcome parameters(@PathParam("pileCode") @Pattern(regexp = CODE) String pileCode,
                                         @NotNull @Valid ParametersCommand body) {
        return operations.parameters(pileCode, "LOCKED".equals(body.permission), body.maxOutputPercent,
                Operators.actor(http));
    }

    @POST
    @Path("{pileCode}/commands/time-sync")
    @Operation(summary = "Time sync (0x56)", description = "Sets the pile's clock to the operator's local time; data = the pile's time after it")
    public PileCommandOutcome timeSync(@PathParam("pileCode") @Pattern(regexp = CODE) String pileCode) {
        return operations.timeSync(pileCode, Operators.actor(http));
    }

    @POST
    @Path("{pileCode}/commands/real-time-data")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a gun's real-time data (0x12 → 0x13)")
    public PileCommandOutcome realTimeData(@PathParam("pileCode") @Pattern(regexp = CODE) String pileCode,
                                           @NotNull @Valid GunCommand body) {
        return operations.realTimeData(pileCode, body.gunNo, Operators.actor(http));
    }

    @POST
    @Path("{pileCode}/commands/ground-lock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Raise or lower a gun's parking lock (0x62)")
    public PileCommandOutcome groundLock(@PathParam("pileCode") @Pattern(regexp = CODE) String pileCode,
                                         @NotNull @Valid GroundLockCommand body) {
        return operations.groundLock(pileCode, body.gunNo, "RAISE".equals(body.command), Operators.actor(http));
    }

    @POST
    @Path("{pileCode}/commands/tariff")
    @Operation(summary = "Send the pile its billing model in force (0x58)",
            description = "Recorded in the tariff's issue list (trigger MANUAL) and the command log; result ACCEPTED, REJECTED, OFFLINE or TIMEOUT")
    public TariffIssueView tariff(@PathParam("pileCode") @Pattern(regexp = CODE) String pileCode) {
        return tariffIssues.issueNow(pileCode, Operators.actor(http));
    }

    private static List<NewPile.NewGun> guns(List<GunRequest> guns) {
        return guns == null ? null : guns.stream()
                .map(g -> new NewPile.NewGun(g.gunNo, g.connectorType == null ? null : ConnectorType.valueOf(g.connectorType)))
                .toList();
    }
}
