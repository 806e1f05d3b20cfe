package io.chargeops.api.admin;

import io.chargeops.core.pile.GunCode;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/admin/v1/guns}: a gun with its connector and live state. */
@Path("admin/v1/guns")
@Tag(name = "admin")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class GunsResource {

    @EJB
    PileRegistry piles;

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
}
