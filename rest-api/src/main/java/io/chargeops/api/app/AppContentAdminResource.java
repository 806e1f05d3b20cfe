package io.chargeops.api.app;

import io.chargeops.api.admin.Operators;
import io.chargeops.core.RefusedException;
import io.chargeops.core.appcontent.AppContent;
import io.chargeops.core.appcontent.AppContentDraft;
import io.chargeops.core.appcontent.AppContentView;
import io.chargeops.core.appcontent.ContentKind;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/admin/v1/app-content}: FAQ, notices and banners the app shows, written by platform accounts (HTTP Basic
 * like every ops path; merchant accounts get 403).
 */
@Path("admin/v1/app-content")
@Tag(name = "admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AppContentAdminResource {

    @EJB
    AppContent content;

    @Context
    HttpServletRequest request;

    @Schema(name = "AppContentRequest", description = "A FAQ entry, notice or banner")
    public static class ContentRequest {
        @Schema(enumeration = {"FAQ", "NOTICE", "BANNER"}, required = true, example = "NOTICE")
        public String kind;
        @Schema(required = true, example = "春节期间充电服务正常") public String title;
        public String body;
        @Schema(example = "https://cdn.example.cn/banner.png") public String imageUrl;
        public String linkUrl;
        @Schema(description = "ascending display order, default 0") public Integer sortNo;
        @Schema(description = "default true") public Boolean published;
        public Instant visibleFrom;
        public Instant visibleUntil;

        AppContentDraft draft() {
            return new AppContentDraft(kind, title, body, imageUrl, linkUrl, sortNo, published, visibleFrom, visibleUntil);
        }
    }

    @GET
    @Operation(summary = "All FAQ entries, notices and banners (kind: one kind only), published or not")
    public List<AppContentView> list(@QueryParam("kind") String kind) {
        String operator = platformOnly();
        if (kind == null || kind.isBlank()) {
            return content.all(null);
        }
        try {
            return content.all(ContentKind.valueOf(kind.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new RefusedException(RefusedException.Kind.INVALID, "invalid-app-content",
                    "kind must be FAQ, NOTICE or BANNER: " + kind + " (" + operator + ")");
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a FAQ entry, notice or banner")
    public Response create(@NotNull(message = "a JSON body is required") @Valid ContentRequest body) {
        AppContentView created = content.create(body.draft(), platformOnly());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an item's text, links, order, publication and window (not its kind)")
    public AppContentView update(@PathParam("id") long id, @NotNull(message = "a JSON body is required") @Valid ContentRequest body) {
        return content.update(id, body.draft(), platformOnly());
    }

    @DELETE
    @Path("{id: \\d+}")
    @Operation(summary = "Delete an item")
    public Response delete(@PathParam("id") long id) {
        content.delete(id, platformOnly());
        return Response.noContent().build();
    }

    private String platformOnly() {
        return Operators.platformOnly(request, "App contents").loginPhone();
    }
}
