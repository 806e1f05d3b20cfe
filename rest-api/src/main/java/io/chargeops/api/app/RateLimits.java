package io.chargeops.api.app;

import io.chargeops.api.problem.Problem;
import io.chargeops.core.account.RateLimitedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/** Rate-limited requests (SMS codes): 429 problem+json with {@code Retry-After} in seconds. */
@Provider
public class RateLimits implements ExceptionMapper<RateLimitedException> {

    @Override
    public Response toResponse(RateLimitedException e) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        return Response.fromResponse(new Problem(URI.create(Problem.TYPE_BASE + e.code()), "Too Many Requests", 429,
                e.getMessage(), null).toResponse()).header("Retry-After", seconds).build();
    }
}
