package io.masthead.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The longest request target (path and query) the APIs accept: {@link Limits#MAX_REQUEST_TARGET_LENGTH}. The HTTP
 * layer's own limit on the request line is set far above it ({@code quarkus.http.limits.max-initial-line-length}),
 * because the HTTP layer refuses a longer line before any route runs, with an empty 414; this limit answers with a
 * problem body that says what the limit is.
 */
@ApplicationScoped
public class RequestTargetLimit {
    /** How much of an over-long path the problem names as its instance. */
    private static final int INSTANCE_LENGTH = 200;

    private final ObjectMapper mapper;

    RequestTargetLimit(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 1800);
    }

    private void handle(RoutingContext context) {
        String target = context.request().uri();
        if (target.length() <= Limits.MAX_REQUEST_TARGET_LENGTH) {
            context.next();
            return;
        }
        ProblemResponses.send(context, mapper, ProblemType.URI_TOO_LONG, shortened(context.request().path()),
                "The request target (path and query) may be at most " + Limits.MAX_REQUEST_TARGET_LENGTH
                        + " characters long; this one has " + target.length() + ".");
    }

    /** The start of the path, cut before any percent-escape that the cut would break. */
    private static String shortened(String path) {
        if (path.length() <= INSTANCE_LENGTH) {
            return path;
        }
        String start = path.substring(0, INSTANCE_LENGTH);
        int escape = start.lastIndexOf('%');
        return escape >= start.length() - 2 ? start.substring(0, escape) : start;
    }
}
