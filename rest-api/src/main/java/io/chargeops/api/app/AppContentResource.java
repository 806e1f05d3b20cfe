package io.chargeops.api.app;

import io.chargeops.api.problem.Problem;
import io.chargeops.core.appcontent.AppContent;
import io.chargeops.core.appcontent.AppContentView;
import io.chargeops.core.appcontent.AppVersions;
import io.chargeops.core.appcontent.ContentKind;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/app/v1}: FAQ, notices, banners (published by platform accounts through
 * {@code /api/admin/v1/app-content}) and the version check. Public, read-only.
 */
@Path("app/v1")
@Tag(name = "app")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AppContentResource {

    @EJB
    AppContent content;

    @Inject
    AppVersions versions;

    @GET
    @Path("faq")
    @Operation(summary = "FAQ entries (常见问题), in display order")
    @APIResponse(responseCode = "200", description = "FAQ", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = AppContentView.class)))
    public List<AppContentView> faq() {
        return content.shown(ContentKind.FAQ);
    }

    @GET
    @Path("notices")
    @Operation(summary = "Notices (公告) shown now, in display order")
    @APIResponse(responseCode = "200", description = "Notices", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = AppContentView.class)))
    public List<AppContentView> notices() {
        return content.shown(ContentKind.NOTICE);
    }

    @GET
    @Path("banners")
    @Operation(summary = "Home-page banners (轮播图) shown now: image, link, in display order")
    @APIResponse(responseCode = "200", description = "Banners", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = AppContentView.class)))
    public List<AppContentView> banners() {
        return content.shown(ContentKind.BANNER);
    }

    @GET
    @Path("app-versions/{platform}")
    @Operation(summary = "Version check: latest and oldest supported version of the app on a platform",
            description = "updateRequired: the current version is older than the oldest supported one (block the app until "
                    + "updated); updateAvailable: a newer one exists.")
    @APIResponse(responseCode = "200", description = "Versions", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AppVersions.VersionCheck.class)))
    @APIResponse(responseCode = "400", description = "invalid-platform, invalid-version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AppVersions.VersionCheck version(
            @Parameter(description = "android, ios, wechat or alipay", example = "android") @PathParam("platform") String platform,
            @Parameter(description = "the version the app runs", example = "1.0.0") @QueryParam("currentVersion") String current) {
        return versions.check(platform, current);
    }
}
