package io.chargeops.api.evcs;

import io.chargeops.api.admin.Operators;
import io.chargeops.core.RefusedException;
import io.chargeops.core.interconnect.PartnerCharges;
import io.chargeops.core.interconnect.PartnerPull;
import io.chargeops.core.interconnect.PartnerView;
import io.chargeops.core.interconnect.Partners;
import io.chargeops.core.interconnect.PulledData;
import io.chargeops.core.interconnect.PulledStationView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/admin/v1/interconnect/partners}: partner platforms (secrets never shown), their shared stations, push
 * switches and variants, and the push outbox with a retry button. HTTP Basic like every {@code admin/…} path;
 * platform accounts only (partners are not a merchant's).
 */
@Path("admin/v1/interconnect/partners")
@Tag(name = "admin", description = "Console and operations (HTTP Basic with a console account)")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class PartnersResource {

    @EJB
    Partners partners;

    @EJB
    PartnerCharges charges;

    @EJB
    PartnerPull pull;

    @EJB
    PulledData pulled;

    @EJB
    io.chargeops.core.interconnect.CallLog calls;

    @Context
    HttpServletRequest request;

    @GET
    public List<PartnerView.Summary> list() {
        platformOnly();
        return partners.list().stream().map(PartnerView::summary).toList();
    }

    /**
     * Creates a partner from its OperatorID, name, role, optional base URL and its secrets ({@code in}: what it calls
     * us with, required; {@code out}: what it issued us, optional). Answers the summary: secrets are never shown back.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Partners.NewPartner partner) {
        platformOnly();
        PartnerView.Summary created = partners.create(partner, Instant.now()).summary();
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** Rotates the secrets of one or both directions; a new inbound set revokes the partner's issued tokens. */
    @POST
    @Path("{operatorId}/secrets")
    @Consumes(MediaType.APPLICATION_JSON)
    public PartnerView.Summary rotate(@PathParam("operatorId") String operatorId, Partners.Rotation rotation) {
        platformOnly();
        return partners.rotate(operatorId, rotation, Instant.now()).summary();
    }

    @GET
    @Path("{operatorId}")
    public PartnerView.Summary get(@PathParam("operatorId") String operatorId) {
        platformOnly();
        return partner(operatorId).summary();
    }

    /** Changes what is given (null fields stay): base URL, pushes, variants, station scope and list, TTLs, status. */
    @PUT
    @Path("{operatorId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PartnerView.Summary change(@PathParam("operatorId") String operatorId, Partners.Change change) {
        platformOnly();
        if (change == null) {
            throw new RefusedException(RefusedException.Kind.INVALID, "invalid-partner", "A JSON body is required");
        }
        return partners.change(operatorId, change).summary();
    }

    /** The push outbox of a partner, newest first; {@code status} PENDING, DELIVERED or FAILED. */
    @GET
    @Path("{operatorId}/pushes")
    public List<PartnerCharges.PushView> pushes(@PathParam("operatorId") String operatorId,
                                                @QueryParam("status") String status, @QueryParam("limit") Integer limit) {
        platformOnly();
        if (status != null && !Set.of("PENDING", "DELIVERED", "FAILED").contains(status)) {
            throw new RefusedException(RefusedException.Kind.INVALID, "invalid-status", "status is PENDING, DELIVERED or FAILED");
        }
        int n = limit == null ? 100 : limit;
        if (n < 1 || n > 1000) {
            throw new RefusedException(RefusedException.Kind.INVALID, "invalid-limit", "limit is 1..1000");
        }
        return charges.pushes(partner(operatorId).id(), status, n);
    }

    /**
     * The interface call log of a partner, newest first: inbound /api/evcs calls and outbound pushes/pulls with
     * interface, direction (IN/OUT), Ret (null when no envelope was read), a short note, duration and time.
     */
    @GET
    @Path("{operatorId}/calls")
    public List<io.chargeops.core.interconnect.CallLog.CallView> calls(@PathParam("operatorId") String operatorId,
                                                                       @QueryParam("limit") Integer limit) {
        platformOnly();
        int n = limit == null ? 100 : limit;
        if (n < 1 || n > 1000) {
            throw new RefusedException(RefusedException.Kind.INVALID, "invalid-limit", "limit is 1..1000");
        }
        return calls.of(partner(operatorId).id(), n);
    }

    /**
     * Pulls the partner's stations (every page), connector statuses and each connector's business policy now, as
     * the user platform of a third-party operator; replaces what an earlier pull stored. 422 pull-failed when the
     * operator cannot be read (unreachable, refusing, wrong signature).
     */
    @POST
    @Path("{operatorId}/pull")
    public PartnerPull.Result pull(@PathParam("operatorId") String operatorId) {
        platformOnly();
        return pull.pull(operatorId);
    }

    /** What was pulled from the partner: its stations with their equipment, connectors (last status) and prices. */
    @GET
    @Path("{operatorId}/pulled-stations")
    public List<PulledStationView> pulledStations(@PathParam("operatorId") String operatorId) {
        platformOnly();
        return pulled.stations(partner(operatorId).id());
    }

    /** Retries a pending or failed push now. */
    @POST
    @Path("{operatorId}/pushes/{id}/retry")
    public PartnerCharges.PushView retry(@PathParam("operatorId") String operatorId, @PathParam("id") long id) {
        platformOnly();
        return charges.retryNow(partner(operatorId).id(), id, Instant.now())
                .orElseThrow(() -> new RefusedException(RefusedException.Kind.NOT_FOUND, "unknown-push",
                        "No pending or failed push " + id + " of partner " + operatorId));
    }

    private PartnerView partner(String operatorId) {
        return partners.byOperatorId(operatorId).orElseThrow(() -> new RefusedException(RefusedException.Kind.NOT_FOUND,
                "unknown-partner", "No partner " + operatorId));
    }

    private void platformOnly() {
        Operators.platformOnly(request, "Interconnect partners");
    }
}
