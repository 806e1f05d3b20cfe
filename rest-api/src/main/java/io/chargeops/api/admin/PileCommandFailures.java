package io.chargeops.api.admin;

import io.chargeops.api.problem.Problem;
import io.chargeops.core.pile.PileCommandFailedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * A command that did not reach the pile or got no answer (already in the command log): offline → 409
 * {@code pile-offline}, no answer in time → 504 {@code pile-no-answer}, connector failure → 502
 * {@code pile-command-failed}.
 */
@Provider
public class PileCommandFailures implements ExceptionMapper<PileCommandFailedException> {

    @Override
    public Response toResponse(PileCommandFailedException e) {
        return switch (e.result()) {
            case OFFLINE -> problem(409, "Conflict", "pile-offline", e.getMessage());
            case TIMEOUT -> problem(504, "Gateway Timeout", "pile-no-answer", e.getMessage());
            default -> problem(502, "Bad Gateway", "pile-command-failed", e.getMessage());
        };
    }

    private static Response problem(int status, String title, String code, String detail) {
        return new Problem(URI.create(Problem.TYPE_BASE + code), title, status, detail, null).toResponse();
    }
}
