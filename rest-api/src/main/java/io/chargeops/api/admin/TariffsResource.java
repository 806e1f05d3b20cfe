package io.chargeops.api.admin;

import io.chargeops.api.admin.OpsRequests.AssignmentRequest;
import io.chargeops.api.admin.OpsRequests.RateRequest;
import io.chargeops.api.admin.OpsRequests.TariffRequest;
import io.chargeops.api.admin.OpsRequests.VersionRequest;
import io.chargeops.core.tariff.RateType;
import io.chargeops.core.tariff.TariffAssignmentView;
import io.chargeops.core.tariff.TariffIssueView;
import io.chargeops.core.tariff.TariffIssues;
import io.chargeops.core.tariff.TariffPrices;
import io.chargeops.core.tariff.TariffService;
import io.chargeops.core.tariff.TariffVersionView;
import io.chargeops.core.tariff.TariffView;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/admin/v1/tariffs}: TOU tariff templates (尖峰平谷 × electricity + service fee, 48 half-hour slots), their
 * versions, assignment to stations or piles, and each pile's result of the billing-model push (0x58).
 */
@Path("admin/v1/tariffs")
@Tag(name = "admin")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class TariffsResource {

    @EJB
    TariffService tariffs;

    @EJB
    TariffIssues issues;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List tariff templates with their versions")
    public List<TariffView> list(@QueryParam("merchantId") Long merchantId) {
        return tariffs.list(merchantId);
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One tariff template with its versions")
    public TariffView get(@PathParam("id") long id) {
        return tariffs.find(id).orElseThrow(() -> new NotFoundException("No tariff " + id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a tariff template with its first version (in force at once)",
            description = "201 with Location. 409 model-no-taken; 422 unknown-merchant, invalid-tariff.")
    public Response create(@NotNull @Valid TariffRequest body) {
        Long merchantId = Operators.merchant(http, body.merchantId);
        TariffView created = tariffs.create(merchantId, body.name, body.modelNo, prices(body.rates, body.slots),
                Operators.actor(http));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @POST
    @Path("{id: \\d+}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a version, effective now or at effectiveFrom",
            description = "When it takes effect every online pile on the template is sent the model (0x58); results at "
                    + "GET /tariffs/{id}/issues. 404 unknown-tariff; 409 tariff-archived; 422 effective-from-in-past, invalid-tariff.")
    public Response addVersion(@PathParam("id") long id, @NotNull @Valid VersionRequest body) {
        TariffVersionView version = tariffs.addVersion(id, instant(body.effectiveFrom), prices(body.rates, body.slots),
                Operators.actor(http));
        return Response.created(uri.getBaseUriBuilder().path("admin/v1/tariffs").path(String.valueOf(id)).build())
                .entity(version).build();
    }

    @POST
    @Path("{id: \\d+}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign the template to a station (all its piles) or to some of its piles",
            description = "The piles are sent the model (0x58) right after. 404 unknown-tariff, unknown-pile; 422 unknown-station, pile-not-at-station.")
    public TariffAssignmentView assign(@PathParam("id") long id, @NotNull @Valid AssignmentRequest body) {
        return tariffs.assign(id, body.stationId, body.pileCodes, Operators.actor(http));
    }

    @GET
    @Path("{id: \\d+}/issues")
    @Operation(summary = "Each pile's result of the billing-model pushes of this template, newest first")
    public List<TariffIssueView> issues(@PathParam("id") long id,
                                        @QueryParam("pileCode") @Pattern(regexp = "\\d{14}") String pileCode,
                                        @QueryParam("limit") @DefaultValue("100") int limit) {
        // checked here, not with @Min/@Max: Payara's OpenAPI generator fails on those for non-path parameters
        if (limit < 1 || limit > 1000) {
            throw new BadRequestException("limit must be 1..1000: " + limit);
        }
        tariffs.find(id).orElseThrow(() -> new NotFoundException("No tariff " + id));
        return issues.recent(id, pileCode, limit);
    }

    private static TariffPrices prices(List<RateRequest> rates, List<String> slots) {
        Map<RateType, TariffPrices.Rate> byType = new EnumMap<>(RateType.class);
        for (RateRequest rate : rates) {
            if (byType.put(RateType.valueOf(rate.rateType), new TariffPrices.Rate(rate.electricityFee, rate.serviceFee)) != null) {
                throw new BadRequestException("rates: " + rate.rateType + " given twice; give SHARP, PEAK, FLAT and VALLEY once each");
            }
        }
        return new TariffPrices(byType, slots.stream().map(RateType::valueOf).toList());
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException again) {
                throw new BadRequestException("effectiveFrom: not an ISO-8601 date-time with offset: " + text);
            }
        }
    }
}
