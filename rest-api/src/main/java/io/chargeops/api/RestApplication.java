package io.chargeops.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST application. Deliberately without {@code @ApplicationPath}: each runtime shape maps it in its own
 * {@code web.xml} so that the public paths are the same — {@code /*} in rest-api.war (context root {@code /api}
 * inside the EAR) and {@code /api/*} in the single Payara Micro WAR.
 */
@OpenAPIDefinition(
        info = @Info(
                title = "ChargeOps API",
                version = "1",
                description = "Driver apps (/api/app/v1), console and operations (/api/admin/v1), T/CEC 102 "
                        + "interconnection (/api/evcs/v1) and fleets (/api/fleet/v1). Errors are RFC 7807 "
                        + "application/problem+json.",
                contact = @Contact(name = "ChargeOps")),
        tags = {
            @Tag(name = "app", description = "Charging app and WeChat/Alipay mini-programs"),
            @Tag(name = "docs", description = "This API's own documentation")
        })
public class RestApplication extends Application {
}
