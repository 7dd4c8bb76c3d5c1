package io.masthead.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.masthead.http.Problem.ProblemError;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.util.List;

/** Builds problem+json responses; the only place that knows the media type and the body shape. */
public final class ProblemResponses {
    public static final String MEDIA_TYPE = "application/problem+json";
    static final String ABOUT_BLANK = "about:blank";

    private ProblemResponses() {
    }

    public static Response of(ProblemType type, String detail, String instance, List<ProblemError> errors) {
        return build(new Problem(type.uri, type.title, type.status, detail, instance, emptyToNull(errors), null,
                RequestIds.current()));
    }

    /** A problem that the HTTP status describes completely, such as 405 or 406. */
    public static Response ofStatus(int status, String detail, String instance) {
        return build(new Problem(ABOUT_BLANK, Response.Status.fromStatusCode(status).getReasonPhrase(), status,
                detail, instance, null, null, RequestIds.current()));
    }

    static Response internalError(String instance, String errorId) {
        return build(new Problem(ABOUT_BLANK, "Internal Server Error", 500,
                "The server failed to handle this request. Quote the errorId when you report it.", instance, null,
                errorId, RequestIds.current()));
    }

    /** Answers with a problem from a Vert.x filter, below JAX-RS (rate limits, body size limits). */
    static void send(RoutingContext context, ObjectMapper mapper, ProblemType type, String detail) {
        send(context, mapper, type, context.request().path(), detail);
    }

    static void send(RoutingContext context, ObjectMapper mapper, ProblemType type, String instance, String detail) {
        Problem problem = new Problem(type.uri, type.title, type.status, detail, instance, null, null,
                RequestIds.of(context));
        try {
            context.response().setStatusCode(type.status)
                    .putHeader("Content-Type", MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response build(Problem problem) {
        return Response.status(problem.status()).type(MEDIA_TYPE).entity(problem).build();
    }

    private static List<ProblemError> emptyToNull(List<ProblemError> errors) {
        return errors == null || errors.isEmpty() ? null : errors;
    }
}
