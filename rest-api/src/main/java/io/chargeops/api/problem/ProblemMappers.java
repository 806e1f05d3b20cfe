package io.chargeops.api.problem;

import io.chargeops.core.RefusedException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Maps every exception that escapes a resource to a problem document. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** JAX-RS's own errors (404 for unknown paths, 405, 415, ...) and those resources throw on purpose. */
    @Provider
    public static class WebApplicationErrors implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
                return UnexpectedErrors.logged(e);
            }
            return Problem.of(status, e.getMessage()).toResponse();
        }
    }

    /** Business refusals from the services: 400/404/409/422 (503 when busy) with a stable {@code type} per refusal. */
    @Provider
    public static class Refusals implements ExceptionMapper<RefusedException> {
        @Override
        public Response toResponse(RefusedException e) {
            Response.Status status = Response.Status.fromStatusCode(e.kind().httpStatus());
            String title = status != null ? status.getReasonPhrase() : "Unprocessable Content";
            Response response = new Problem(URI.create(Problem.TYPE_BASE + e.code()), title, e.kind().httpStatus(),
                    e.getMessage(), null).toResponse();
            if (e.kind() == RefusedException.Kind.BUSY) {
                response.getHeaders().putSingle("Retry-After", "1"); // contention clears within a second or two
            }
            return response;
        }
    }

    /** Bean Validation failures on parameters and bodies: 400 with every violated field named. */
    @Provider
    public static class ValidationErrors implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            String detail = e.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; "));
            return Problem.of(Response.Status.BAD_REQUEST, detail).toResponse();
        }
    }

    /**
     * A body the JSON binding cannot read (malformed JSON, a string where a number belongs, an unknown enum name):
     * the client's mistake, 400. Jersey reports it as a ProcessingException around JSON-B's exception.
     */
    @Provider
    public static class UnreadableBodies implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof JsonbException || t instanceof JsonException) {
                    Throwable innermost = t;
                    while (innermost.getCause() != null) {
                        innermost = innermost.getCause();
                    }
                    return Problem.of(Response.Status.BAD_REQUEST, "The request body is not the JSON this operation takes: "
                            + innermost.getMessage()).toResponse();
                }
            }
            return UnexpectedErrors.logged(e);
        }
    }

    /** A fault of ours: the client gets an id to quote, the log gets the stack trace under the same id. */
    @Provider
    public static class UnexpectedErrors implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            return logged(e);
        }

        static Response logged(Exception e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "Unexpected error; incident " + incident).toResponse();
        }
    }
}
