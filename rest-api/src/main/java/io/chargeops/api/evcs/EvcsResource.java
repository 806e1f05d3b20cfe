package io.chargeops.api.evcs;

import io.chargeops.core.interconnect.EvcsServer;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/evcs/v1/{interface}}: T/CEC 102 (中电联互联互通). The body is read raw, since the signature covers
 * the exact {@code Data} text; the answer is always HTTP 200 with {@code {Ret, Msg, Data, Sig}} (4001 signature,
 * 4002 token, 4003 envelope, 4004 business parameters, 500 fault, -1 busy). An interface we do not serve is 404.
 */
@Path("evcs/v1")
@Tag(name = "evcs", description = "T/CEC 102 interconnect (partner platforms; signed and encrypted envelopes)")
@RequestScoped
public class EvcsResource {

    static final String JSON_UTF8 = "application/json;charset=utf-8";

    @EJB
    EvcsServer server;

    @POST
    @Path("{interface}")
    @Consumes(MediaType.WILDCARD)
    @Produces(JSON_UTF8)
    @Operation(summary = "One T/CEC 102 interface call (query_token, query_stations_info, query_station_status, "
            + "query_station_stats, query_equip_business_policy, query_equip_auth, query_start_charge, "
            + "query_equip_charge_status, query_stop_charge, check_charge_orders)")
    public Response call(@PathParam("interface") String iface, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         String body) {
        if (!EvcsServer.INTERFACES.contains(iface)) {
            return Response.status(Response.Status.NOT_FOUND).type(JSON_UTF8)
                    .entity("{\"Ret\":4003,\"Msg\":\"接口不存在\",\"Data\":\"\",\"Sig\":\"\"}").build();
        }
        return Response.ok(server.handle(iface, body, authorization), JSON_UTF8).build();
    }
}
