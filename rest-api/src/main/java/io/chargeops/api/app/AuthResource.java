package io.chargeops.api.app;

import io.chargeops.api.problem.Problem;
import io.chargeops.core.account.AccountService;
import io.chargeops.core.account.MiniProgramPlatform;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/app/v1/auth}: SMS code, sign-in (registers on first use), token refresh. Public. */
@Path("app/v1/auth")
@Tag(name = "app")
@SecurityScheme(securitySchemeName = AuthResource.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "Access token from POST /app/v1/auth/sessions (RS256 JWT, 15 min)")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    /** The security scheme app operations name in {@code @SecurityRequirement}. */
    public static final String BEARER = "appBearer";

    @EJB
    AccountService accounts;

    @Inject
    AppCaller caller;

    @POST
    @Path("sms-codes")
    @Operation(summary = "Send a sign-in code by SMS",
            description = "Rate-limited: one per phone per 60 s, 10 per phone per 24 h, 30 per address per hour (429 with "
                    + "Retry-After). With the embedded default provider `log` the code is written to the server log.")
    @APIResponse(responseCode = "202", description = "Code sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppViews.CodeSent.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed phone",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "sms-code-too-soon, sms-code-daily-limit, sms-code-address-limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response requestCode(@NotNull(message = "a JSON body is required") @Valid AppRequests.SmsCodeRequest body) {
        AccountService.CodeSent sent = accounts.requestCode(body.phone, caller.remoteAddress());
        return Response.accepted(new AppViews.CodeSent(sent.validity().toSeconds(), sent.resendAfter().toSeconds())).build();
    }

    @POST
    @Path("sessions")
    @Operation(summary = "Sign in with phone and SMS code (registers a new phone with its wallet)",
            description = "Returns an access token (Bearer, JWT RS256) and a refresh token. newUser tells a first sign-in.")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppViews.Tokens.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "account-disabled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "wrong-sms-code (wrong, expired, used, or 5 wrong tries)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AppViews.Tokens signIn(@NotNull(message = "a JSON body is required") @Valid AppRequests.SignInRequest body) {
        return AppViews.Tokens.of(accounts.signIn(body.phone, body.code, body.device));
    }

    @POST
    @Path("mini-program-sessions")
    @Operation(summary = "Sign in from a WeChat or Alipay mini-program (login code → openid)",
            description = "The code is exchanged with the platform (WeChat jscode2session, Alipay alipay.system.oauth.token; "
                    + "the embedded default uses a sandbox exchange). A linked openid (or WeChat unionid) signs its user in. "
                    + "The first time, the answer is 422 phone-verification-required unless phone and smsCode are given: "
                    + "the openid is then linked to that phone's account, which is registered if new. Tokens as for SMS sign-in.")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppViews.Tokens.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "account-disabled, mini-program-already-linked, mini-program-unavailable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "invalid-mini-program-code, phone-verification-required, wrong-sms-code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AppViews.Tokens miniProgramSignIn(
            @NotNull(message = "a JSON body is required") @Valid AppRequests.MiniProgramSignInRequest body) {
        return AppViews.Tokens.of(accounts.miniProgramSignIn(MiniProgramPlatform.valueOf(body.platform), body.code,
                body.phone, body.smsCode, body.device));
    }

    @POST
    @Path("tokens")
    @Operation(summary = "Refresh: a new token pair for a refresh token",
            description = "The refresh token is used up (rotation); using a used-up one again ends every session of the user.")
    @APIResponse(responseCode = "200", description = "New tokens",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppViews.Tokens.class)))
    @APIResponse(responseCode = "400", description = "Missing refresh token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "invalid-refresh-token: unknown, expired, revoked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AppViews.Tokens refresh(@NotNull(message = "a JSON body is required") @Valid AppRequests.RefreshRequest body) {
        return AppViews.Tokens.of(accounts.refresh(body.refreshToken, body.device));
    }
}
