package io.chargeops.api.docs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/docs/}: Swagger UI pointed at {@code /openapi}. */
@Path("docs")
@Tag(name = "docs")
public class ApiDocsResource {

    /** Only these files of the webjar are served; anything else is a 404, never a path into the class path. */
    private static final Map<String, String> ASSETS = Map.of(
            "swagger-ui.css", "text/css",
            "index.css", "text/css",
            "swagger-ui-bundle.js", "application/javascript",
            "swagger-ui-standalone-preset.js", "application/javascript",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");

    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";

    @Context
    UriInfo uriInfo;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Swagger UI page for this API")
    public Response page() {
        String path = uriInfo.getAbsolutePath().getPath();
        if (!path.endsWith("/")) {
            // relative asset links below need the trailing slash
            return Response.seeOther(URI.create(path + "/")).build();
        }
        String html = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="UTF-8">
                  <title>ChargeOps API</title>
                  <link rel="stylesheet" href="swagger-ui.css">
                  <link rel="icon" type="image/png" href="favicon-32x32.png" sizes="32x32">
                </head>
                <body>
                  <div id="swagger-ui"></div>
                  <script src="swagger-ui-bundle.js"></script>
                  <script src="swagger-ui-standalone-preset.js"></script>
                  <script>
                    window.ui = SwaggerUIBundle({
                      url: "/openapi", dom_id: "#swagger-ui", deepLinking: true,
                      presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
                      layout: "StandaloneLayout"
                    });
                  </script>
                </body>
                </html>
                """;
        return Response.ok(html).build();
    }

    /** The webjar names its folder by version; its own pom.properties says which, so no version is written twice. */
    private static String webjarVersion() {
        try (InputStream in = ApiDocsResource.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("swagger-ui webjar missing from the application");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("{asset}")
    @Operation(hidden = true)
    public Response asset() {
        // read from the URI rather than a @PathParam: Payara's OpenAPI processor logs a SEVERE line for a parameter
        // of a hidden operation
        String asset = uriInfo.getPathParameters().getFirst("asset");
        String type = ASSETS.get(asset);
        InputStream content = type == null ? null : getClass().getClassLoader().getResourceAsStream(WEBJAR + asset);
        if (content == null) {
            throw new NotFoundException("No documentation asset named " + asset);
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86400);
        return Response.ok(content, type).cacheControl(cache).build();
    }
}
